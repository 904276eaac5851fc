import type { BenchItem } from './corpus.js'

/** What one classifier returned for one item (normal forms, best first). */
export interface ItemOutcome {
  readonly item: BenchItem
  readonly tags: readonly string[]
  readonly detail: string
  readonly promptTokens: number | null
  /** What answered ('local', 'openai', 'local (openai failed: …)', 'error'). */
  readonly provider: string
}

export interface RunMetrics {
  hit1: number
  hit3: number
  precision: number
  tagsPerItem: number
  /** Per gold tag: items it is gold for, and of those how many got it among the returned tags. */
  perTag: Map<string, { found: number; total: number }>
  /** Items with no gold tag returned, worst (no correct tag at all) first. */
  misses: ItemOutcome[]
  /** Returned tags that were neither gold nor acceptable, by how often. */
  wrong: Map<string, number>
}

/** hit@1, hit@3, precision and tags per item as ../shared/eval/README.md defines them. */
export function computeMetrics(outcomes: readonly ItemOutcome[]): RunMetrics {
  let hit1 = 0
  let hit3 = 0
  let returned = 0
  let correct = 0
  const perTag = new Map<string, { found: number; total: number }>()
  const misses: ItemOutcome[] = []
  const wrong = new Map<string, number>()
  for (const outcome of outcomes) {
    const { item, tags } = outcome
    const top3 = tags.slice(0, 3)
    if (top3[0] !== undefined && item.gold.includes(top3[0])) hit1++
    const hit = top3.some(tag => item.gold.includes(tag))
    if (hit) hit3++
    else misses.push(outcome)
    returned += top3.length
    for (const tag of top3) {
      if (item.gold.includes(tag) || item.acceptable.includes(tag)) correct++
      else wrong.set(tag, (wrong.get(tag) ?? 0) + 1)
    }
    for (const gold of item.gold) {
      const row = perTag.get(gold) ?? { found: 0, total: 0 }
      row.total++
      if (top3.includes(gold)) row.found++
      perTag.set(gold, row)
    }
  }
  const n = Math.max(outcomes.length, 1)
  const wrongCount = (o: ItemOutcome): number => o.tags.filter(t => !o.item.acceptable.includes(t)).length
  misses.sort((a, b) => wrongCount(b) - wrongCount(a) || a.item.id.localeCompare(b.item.id))
  return {
    hit1: hit1 / n,
    hit3: hit3 / n,
    precision: returned ? correct / returned : 0,
    tagsPerItem: returned / n,
    perTag,
    misses,
    wrong
  }
}
