/**
 * How example evidence and the zero-shot reading are combined. Every constant is here, so that they can be
 * re-tuned in one place (bench: `npm run bench -- --folds 2`).
 *
 * For a tag with n examples and cosine similarity s of the README to the tag's profile:
 *   weight   w = MAX_WEIGHT · n / (n + HALF_WEIGHT_EXAMPLES)
 *   evidence e = min(1, (s − BACKGROUND_SHARE · background s) / FULL_MARGIN) · (s / best s) ^ SHARPNESS
 *   score      = max(base, (1 − w) · base + w · e)
 * where base is the zero-shot score as a 0–1 confidence (baseConfidence) and background s the similarity
 * to all examples together. A tag without examples has w = 0: it is scored as the base scores it. Examples
 * only raise a tag (a tag whose few examples differ from this README may still be right); a raised tag
 * demotes the others through the relative cut. One example weighs MAX_WEIGHT / (1 + HALF_WEIGHT_EXAMPLES)
 * = 0.27, under the default minimum (6 → 0.3): alone it cannot make a tag, nor outvote clear evidence.
 *
 * Measured with today's offline classifier (bench --folds 2, README only): on explore-dev, where today's
 * zero-shot reading is weak, hit@1 0.135 → 0.649 and precision 0.224 → 0.550; on dev (about one example
 * per tag) answers stay as they were (hit@3 0.936, precision 0.941 → 0.940). Subtracting the full
 * background similarity, or letting examples also lower a tag, lost 5–10 points of hit@1 on dev: with one
 * or two examples a tag's profile is too narrow to rule a README out.
 */
export const COMBINATION = {
  /** The examples' share when a tag has very many examples; the README's own words keep the rest. */
  MAX_WEIGHT: 0.8,
  /** Examples at which a tag's examples get half of MAX_WEIGHT. */
  HALF_WEIGHT_EXAMPLES: 2,
  /** A similarity this far above the background similarity is full evidence; below, it falls off linearly. */
  FULL_MARGIN: 0.05,
  /** The share of the background similarity a tag's similarity must pass to count at all. */
  BACKGROUND_SHARE: 0.5,
  /** Sharpens the contrast between the best-matching profile and the others. */
  SHARPNESS: 2,
  /** Today's offline score that counts as full confidence (see baseConfidence). */
  LEGACY_FULL_SCORE: 20
} as const

/**
 * The zero-shot classifier's score as a confidence: the one place that knows the base's scale. Today's
 * offline scores are unbounded (about 0–50; 6 is the default minimum), so they are divided by
 * LEGACY_FULL_SCORE but not capped: a cap at 1 makes strong tags tie and the relative cut stops telling
 * them apart (dev precision 0.94 → 0.88). Above 1, a tag is beyond what examples can change (see combine).
 * The offline rewrite makes its scores a 0–1 confidence: then this becomes `Math.min(1, Math.max(0, score))`.
 */
export function baseConfidence(score: number): number {
  return Math.max(0, score / COMBINATION.LEGACY_FULL_SCORE)
}

/** The examples' share of a tag's score, from how many examples it has. */
export function exampleWeight(examples: number): number {
  if (examples <= 0) return 0
  return (COMBINATION.MAX_WEIGHT * examples) / (examples + COMBINATION.HALF_WEIGHT_EXAMPLES)
}

/**
 * Example evidence (0–1) from a tag's similarity, the best similarity of any tag, and the similarity to all
 * examples together (background): only what a README shares with one tag's examples more than with
 * examples in general counts.
 */
export function exampleEvidence(similarity: number, best: number, background: number): number {
  const margin = similarity - COMBINATION.BACKGROUND_SHARE * background
  if (margin <= 0 || best <= 0) return 0
  const absolute = Math.min(1, margin / COMBINATION.FULL_MARGIN)
  return absolute * (similarity / best) ** COMBINATION.SHARPNESS
}

/** A tag's combined score: the examples' evidence weighted by exampleWeight, the base confidence the rest. */
export function combine(base: number, examples: number, evidence: number): { score: number; byExamples: boolean } {
  const weight = exampleWeight(examples)
  const fromExamples = weight * evidence
  const fromBase = (1 - weight) * base
  // Examples only raise a tag: one a README is unlike may still be right (its examples are few, or other).
  const score = Math.max(base, fromBase + fromExamples)
  return { score, byExamples: score > base && fromExamples > fromBase }
}
