import { entriesByName } from '../../tags/by-name.js'
import type { TagList } from '../../tags/types.js'
import type { ClassifyInput, RankingClassifier } from '../types.js'

export type { RankingClassifier } from '../types.js'

/**
 * The `k` entries the offline classifier ranks highest for this input, best first, so that a long list
 * reaches the model as a short one. Uses the classifier's `rank` when it has one; otherwise its `classify`
 * with no score floor and no relative cut. May hold fewer than `k` entries (only tags with some evidence).
 */
export async function shortlist(
  offline: RankingClassifier,
  input: ClassifyInput,
  tags: TagList,
  k: number
): Promise<TagList> {
  const ranked = offline.rank
    ? await offline.rank(input, k)
    : (await offline.classify(input, { maxTags: k, minScore: 0, relativeCut: 0, looseFallback: false })).tags
  const byName = entriesByName(tags)
  const picked: TagList[number][] = []
  for (const score of ranked) {
    const entry = byName.get(score.name)
    if (entry && !picked.includes(entry)) picked.push(entry)
    if (picked.length === k) break
  }
  return picked
}
