import { confidence, evidenceOf } from '../offline/score.js'

/**
 * How example evidence and the zero-shot reading are combined. Every constant is here, so that they can be
 * re-tuned in one place (bench: `npm run bench -- --folds 2`).
 *
 * For a tag with n examples and cosine similarity s of the README to the tag's profile, examples of
 * reliability r (how well they predicted each other as they were learned):
 *   weight   w = MAX_WEIGHT · n / (n + HALF_WEIGHT_EXAMPLES) · min(1, r / RELIABILITY_REFERENCE)
 *   evidence e = min(1, (s − BACKGROUND_SHARE · background s) / FULL_MARGIN) · (s / best s) ^ SHARPNESS
 *   score      = confidence(evidenceOf(base) + w · e · FULL_EVIDENCE)
 * where base is the zero-shot confidence and background s the similarity to all examples together: the
 * examples add evidence on the classifier's own scale, so min-score and relative-cut mean what they mean
 * without examples. A tag without examples has w = 0 and keeps its zero-shot score. Examples only add (a
 * tag whose few examples differ from this README may still be right); a raised tag demotes the others
 * through the relative cut. One example adds at most MAX_WEIGHT / (1 + HALF_WEIGHT_EXAMPLES) of
 * FULL_EVIDENCE: less than the default minimum alone, so it cannot make a tag nor outvote clear evidence.
 * One exception (FALLBACK_MIN_SCORE): when nothing passes min-score, reliable examples may still name a tag
 * (FALLBACK_TAG_RELIABILITY: if that tag's own examples are reliable too).
 */
export const COMBINATION = {
  /** The examples' share when a tag has very many examples. */
  MAX_WEIGHT: 0.8,
  /** Examples at which a tag's examples get half of MAX_WEIGHT. */
  HALF_WEIGHT_EXAMPLES: 2,
  /**
   * A similarity this far above the background similarity is full evidence; below, it falls off linearly.
   * At 0.05 nearly every README's nearest profile counted in full, so examples gave a tag to READMEs of no
   * tag: on the folds of a held-out list of broad collections, precision 0.623 (zero-shot 0.964). At 0.1:
   * 0.717, and hit@1 0.660 → 0.702; explore-dev 0.878 / 0.878 / 0.859 → 0.878 / 0.892 / 0.872; dev unchanged.
   */
  FULL_MARGIN: 0.1,
  /**
   * The share of the background similarity a tag's similarity must pass to count at all. With profiles of
   * concept features and 250 terms (learner.ts), 0.3 against 0.5 gave explore-dev folds hit@3 0.851 → 0.892
   * for precision 0.844 → 0.829, dev unchanged; SHARPNESS 3 (against 2) took that precision back to 0.840.
   */
  BACKGROUND_SHARE: 0.3,
  /** Sharpens the contrast between the best-matching profile and the others. */
  SHARPNESS: 3,
  /** Raw evidence that full example evidence at full weight adds (the offline classifier's units). */
  FULL_EVIDENCE: 12,
  /**
   * Examples that predict each other at least this well (ExampleProfiles.reliability) get the weights above;
   * less reliable ones proportionally less. Raising the weight of more reliable ones gained no hit on either
   * dev set and cost explore-dev precision (0.889 → 0.842), so it is never raised.
   */
  RELIABILITY_REFERENCE: 0.4,
  /**
   * When nothing in a README passes min-score, the tag its examples decided is still given if its score
   * reaches this and the examples are reliable (RELIABILITY_REFERENCE or more): a README that says little
   * is best tagged like the examples it resembles. On the folds, explore-dev hit@1 0.811 → 0.838 for
   * precision 0.851 → 0.844; dev, whose examples are not reliable (0.04–0.22), is unchanged.
   */
  FALLBACK_MIN_SCORE: 0.2,
  /**
   * …and if the tag's own examples predict each other at least this well (ExampleProfiles.tagReliability):
   * a tag filed by where its projects come from or who uses them ("Made in Norway") has examples of every
   * kind, and the README nearest them is no more likely to be one. On the folds (`--folds 2`) of three
   * held-out Explore lists, precision 0.739 → 0.791 on one and a wrong guess turned right on another;
   * explore-dev and dev unchanged; 0.4–0.6 alike, 0.75 lost explore-dev hits.
   */
  FALLBACK_TAG_RELIABILITY: 0.5
} as const

/** The examples' share of a tag's score, from how many examples it has and how reliable the examples are. */
export function exampleWeight(examples: number, reliability: number = COMBINATION.RELIABILITY_REFERENCE): number {
  if (examples <= 0) return 0
  const trust = Math.min(1, reliability / COMBINATION.RELIABILITY_REFERENCE)
  return ((COMBINATION.MAX_WEIGHT * examples) / (examples + COMBINATION.HALF_WEIGHT_EXAMPLES)) * trust
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

/** A tag's combined score: the examples' evidence, weighted by exampleWeight, added to the base's. */
export function combine(
  base: number,
  examples: number,
  evidence: number,
  reliability: number
): { score: number; byExamples: boolean } {
  const fromBase = evidenceOf(base)
  const fromExamples = exampleWeight(examples, reliability) * evidence * COMBINATION.FULL_EVIDENCE
  if (fromExamples <= 0) return { score: base, byExamples: false }
  const score = Math.round(confidence(fromBase + fromExamples) * 10000) / 10000
  return { score, byExamples: fromExamples > fromBase }
}
