import type { SelectionOptions, TagScore } from '../types.js'

/**
 * Minimum score of any chosen tag. One strong phrase in the opening scores 4.5 and one clear phrase in the
 * "X is a …" sentence 6, while a passing mention in the body stays under 3 and a generic tag's strong
 * opening phrase at 2.25. On the dev corpus (`npx tsx bench/sweep.ts`) 4 is the knee: README-only
 * precision rises about 0.017 over 3 at no cost in hits, while 5 starts losing hits (and would refuse a
 * README whose only evidence is one strong phrase in its opening).
 */
export const DEFAULT_MIN_SCORE = 4
/** A second or third tag needs this share of the first tag's score. */
export const DEFAULT_RELATIVE_CUT = 0.5

/**
 * Picks at most maxTags from scores sorted best first: each at least minScore, and each after the first
 * at least relativeCut × the first one's score. Fewer (or none) when the evidence is weak.
 */
export function selectTags(scored: readonly TagScore[], options: SelectionOptions): TagScore[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE
  const cut = options.relativeCut ?? DEFAULT_RELATIVE_CUT
  const top = scored[0]?.score ?? 0
  const chosen: TagScore[] = []
  for (const tag of scored) {
    if (chosen.length >= options.maxTags || tag.score < minScore || tag.score < top * cut) break
    chosen.push(tag)
  }
  return chosen
}
