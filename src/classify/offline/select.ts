import type { SelectionOptions, TagScore } from '../types.js'
import { evidenceOf } from './score.js'

/**
 * Minimum confidence of any chosen tag. 0.4 is about one clear phrase in the "X is a …" sentence or
 * tagline, or a strong one in the opening; passing mentions in the body are not enough. Chosen on both
 * dev sets together (`npx tsx bench/sweep.ts`), never per list: 0.4 and 0.45 give the same figures on both
 * (explore-dev 0.770 / 0.784 / 0.894, against 0.757 / 0.770 / 0.921 at 0.5), and of the two the lower
 * keeps more right answers on lists no default was tuned on, where a name's evidence runs weaker.
 */
export const DEFAULT_MIN_SCORE = 0.4
/**
 * A second or third tag needs this share of the first tag's evidence. The sweep over both dev sets, README
 * only, ranks 0.7 first (0.6 kept the same hits for precision 0.947 → 0.911 on dev, 0.875 → 0.862 on explore-dev).
 */
export const DEFAULT_RELATIVE_CUT = 0.7

/**
 * Picks at most maxTags from scores sorted best first: each with at least minScore confidence, and each
 * after the first with at least relativeCut × the first one's evidence (the raw sum behind a confidence,
 * so that "half as much evidence" means the same at any confidence). Fewer, or none, when the evidence is weak.
 */
export function selectTags(scored: readonly TagScore[], options: SelectionOptions): TagScore[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE
  const cut = options.relativeCut ?? DEFAULT_RELATIVE_CUT
  const top = scored[0] ? evidenceOf(scored[0].score) : 0
  const chosen: TagScore[] = []
  for (const tag of scored) {
    if (chosen.length >= options.maxTags || tag.score < minScore || evidenceOf(tag.score) < top * cut) break
    chosen.push(tag)
  }
  return chosen
}
