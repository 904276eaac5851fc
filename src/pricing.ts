import type { Usage } from './classify/types.js'

/** US dollars per million tokens: input, output. Public list prices when written (2026); they change. */
const PRICES: Readonly<Record<string, readonly [number, number]>> = {
  'gpt-4.1': [2.0, 8.0],
  'gpt-4.1-mini': [0.4, 1.6],
  'gpt-4.1-nano': [0.1, 0.4],
  'gpt-4o': [2.5, 10.0],
  'gpt-4o-mini': [0.15, 0.6],
  'gpt-5': [1.25, 10.0],
  'gpt-5-mini': [0.25, 2.0],
  'gpt-5-nano': [0.05, 0.4],
  'o4-mini': [1.1, 4.4],
  'o3-mini': [1.1, 4.4]
}

/** The price entry for a model name, also when it carries a date suffix (`gpt-4.1-mini-2025-04-14`) or a vendor prefix (`openai/`). */
function pricesFor(model: string): readonly [number, number] | undefined {
  const name = model.toLowerCase().replace(/^openai\//, '')
  return PRICES[name] ?? PRICES[name.replace(/-\d{4}-\d{2}-\d{2}$/, '')]
}

/**
 * Estimated cost in US dollars of `usage` on `model`, or null when the model's price is not known (local
 * servers, other vendors): the summary then shows tokens only.
 * @example estimateCost('gpt-4.1-mini', { prompt_tokens: 1_000_000, completion_tokens: 0, total_tokens: 1_000_000 }) // 0.4
 */
export function estimateCost(model: string | null, usage: Usage | null): number | null {
  if (!model || !usage) return null
  const prices = pricesFor(model)
  if (!prices) return null
  return (usage.prompt_tokens * prices[0] + usage.completion_tokens * prices[1]) / 1_000_000
}

/** Tokens and estimated cost over many results, for the job summary and the CLI's closing line. */
export interface UsageTotals {
  /** Results that made a model call (had usage). */
  calls: number
  prompt_tokens: number
  completion_tokens: number
  total_tokens: number
  /** null when some call's model has no known price. */
  cost: number | null
}

/** Zero usage, to add results to one by one with addUsage. */
export function emptyUsage(): UsageTotals {
  return { calls: 0, prompt_tokens: 0, completion_tokens: 0, total_tokens: 0, cost: 0 }
}

/** Add one result (`{model, usage}`) to `totals`; results without usage (offline, cached) add nothing. */
export function addUsage(totals: UsageTotals, { model, usage }: { model: string | null; usage: Usage | null }): void {
  if (!usage) return
  totals.calls++
  totals.prompt_tokens += usage.prompt_tokens
  totals.completion_tokens += usage.completion_tokens
  totals.total_tokens += usage.total_tokens
  const cost = estimateCost(model, usage)
  totals.cost = cost === null || totals.cost === null ? null : totals.cost + cost
}

/** Add up the usage of many results. */
export function totalUsage(results: Iterable<{ model: string | null; usage: Usage | null }>): UsageTotals {
  const totals = emptyUsage()
  for (const result of results) addUsage(totals, result)
  return totals
}

/**
 * One line for a summary: tokens, calls and the estimated cost when known.
 * @example formatUsage({ calls: 2, prompt_tokens: 1500, completion_tokens: 20, total_tokens: 1520, cost: 0.000632 })
 *   // '2 model calls, 1,520 tokens (1,500 prompt + 20 completion), estimated cost $0.0006'
 */
export function formatUsage(totals: UsageTotals): string {
  const n = (value: number) => value.toLocaleString('en-US')
  const calls = `${n(totals.calls)} model call${totals.calls === 1 ? '' : 's'}`
  const tokens = `${n(totals.total_tokens)} tokens (${n(totals.prompt_tokens)} prompt + ${n(totals.completion_tokens)} completion)`
  const cost = totals.cost === null ? 'cost unknown for this model' : `estimated cost $${formatDollars(totals.cost)}`
  return `${calls}, ${tokens}, ${cost}`
}

function formatDollars(value: number): string {
  if (value === 0) return '0'
  if (value >= 1) return value.toFixed(2)
  return value.toPrecision(1).replace(/^(\d\.\d*?)0+$/, '$1')
}
