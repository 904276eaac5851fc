import type { Evidence } from '../classify/types.js'
import type { TagResult } from '../result.js'

/** At most this many pieces of evidence are shown per tag; the JSON result has them all. */
const MAX_EVIDENCE = 3

/**
 * A result as a person reads it on a terminal: a heading line, then the chosen tags best first, each with its
 * score and the evidence that chose it. `--json` (and any stdout that is not a terminal) gets the JSON instead.
 * @example formatReadable(result) // 'demo: 1 tag (local)\n  1. cli  4.2  cli (description), …'
 */
export function formatReadable(result: TagResult): string {
  const name = result.repository ?? result.id ?? 'README'
  const by = result.model ? `${result.provider}, ${result.model}` : result.provider
  const usage = result.usage ? `\n  model usage: ${result.usage.total_tokens} tokens` : ''
  if (result.error !== undefined) return `${name}: not tagged (${by}): ${result.error}`
  if (result.skipped !== undefined) return `${name}: skipped: ${result.skipped}`
  if (result.scores.length === 0)
    return `${name}: no tag chosen (${by}): nothing in the README or description supported one strongly enough.${usage}`
  const width = Math.max(...result.scores.map(score => score.name.length))
  const scores = result.scores.map(score => formatScore(score.score))
  const scoreWidth = Math.max(...scores.map(text => text.length))
  const lines = result.scores.map(
    (score, i) =>
      `  ${i + 1}. ${score.name.padEnd(width)}  ${scores[i]!.padStart(scoreWidth)}  ${formatEvidence(score.evidence)}`
  )
  const count = `${result.scores.length} tag${result.scores.length === 1 ? '' : 's'}`
  return `${name}: ${count} (${by})\n${lines.join('\n')}${usage}`
}

function formatScore(score: number): string {
  return score >= 10 ? score.toFixed(1) : score.toFixed(2)
}

function formatEvidence(evidence: readonly Evidence[]): string {
  const shown = evidence.slice(0, MAX_EVIDENCE).map(e => `"${e.text}" (${e.where}${e.from ? `, ${e.from}` : ''})`)
  const more = evidence.length > MAX_EVIDENCE ? `, +${evidence.length - MAX_EVIDENCE} more` : ''
  return `${shown.join(', ')}${more}`
}
