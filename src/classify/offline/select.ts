import type { SelectionOptions, TagScore } from '../types.js'

/**
 * Minimum score of any chosen tag: one clear phrase in the "X is a …" sentence or tagline (2 × 3 = 6) is
 * enough, and so is a generic tag's strong phrase there (3 × 3 × 0.75); one strong phrase further down the
 * opening (4.5) or passing mentions in the body (under 5 in all) are not, unless more evidence adds up. On
 * the dev corpus (`npx tsx bench/sweep.ts`) 6 is the knee: README-only precision 0.945 against 0.937 at
 * 4, with the same hit@1 and hit@3; at 8 hits start to fall.
 */
export const DEFAULT_MIN_SCORE = 6
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
