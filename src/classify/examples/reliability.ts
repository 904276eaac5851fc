import type { SparseVector, TermVector } from './terms.js'

/** Examples kept to measure reliability: the same ones whatever order the examples come in. */
export const RELIABILITY_SAMPLE = 256
/** Terms kept of each sampled example: its heaviest. */
const SAMPLE_TERMS = 64
/** The reliability a learner starts from, as hits in trials: one in three until examples say otherwise. */
const PRIOR = { hits: 1, trials: 3 }
/** A tag's own reliability starts from the list's, as this many trials: two or three examples say little alone. */
const TAG_PRIOR_TRIALS = 2

/** A tag's summed example vectors, and the sum of their squared weights (its length, squared). */
export interface TagSum {
  examples: number
  terms: TermVector
  squares: number
}

/**
 * How well examples predict each other (0–1): all of them, and each tag's own (the sampled examples of the
 * tag, smoothed towards the overall figure). A tag whose examples share no words ("Made in Norway": projects
 * of every kind) has a low figure of its own even among tags whose examples resemble each other.
 */
export interface Reliability {
  readonly overall: number
  readonly byTag: ReadonlyMap<string, number>
}

interface Sampled {
  readonly key: number
  readonly names: readonly string[]
  readonly terms: Int32Array
  readonly weights: Float64Array
}

/**
 * A fixed-size sample of examples, chosen by a hash of their content (the smallest keys win), so that a
 * batch learns the same reliability whether its examples arrive in input order or as threads finish them.
 */
export class ReliabilitySample {
  private readonly kept: Sampled[] = []

  offer(vector: SparseVector, names: readonly string[]): void {
    const top = [...vector.terms.keys()].sort((a, b) => vector.weights[b]! - vector.weights[a]!).slice(0, SAMPLE_TERMS)
    const terms = Int32Array.from(top, i => vector.terms[i]!)
    const weights = Float64Array.from(top, i => vector.weights[i]!)
    const key = contentKey(terms, names)
    if (this.kept.length < RELIABILITY_SAMPLE) {
      this.kept.push({ key, names, terms, weights })
      return
    }
    let largest = 0
    for (let i = 1; i < this.kept.length; i++) if (this.kept[i]!.key > this.kept[largest]!.key) largest = i
    if (key < this.kept[largest]!.key) this.kept[largest] = { key, names, terms, weights }
  }

  /**
   * How well the examples predict each other, 0–1: for each sampled example, whether the tag nearest to it
   * (cosine to the tags' sums, its own contribution taken out) is one of its tags; counted only where one of
   * its tags has other examples. Smoothed towards PRIOR; a tag's own, towards the overall figure.
   */
  reliability(sums: ReadonlyMap<string, TagSum>): Reliability {
    let hits = 0
    let trials = 0
    const tagHits = new Map<string, number>()
    const tagTrials = new Map<string, number>()
    for (const example of this.kept) {
      const counted = example.names.filter(name => (sums.get(name)?.examples ?? 0) >= 2)
      if (counted.length === 0) continue
      const hit = example.names.includes(nearestOther(example, sums)) ? 1 : 0
      trials += 1
      hits += hit
      for (const name of counted) {
        tagTrials.set(name, (tagTrials.get(name) ?? 0) + 1)
        tagHits.set(name, (tagHits.get(name) ?? 0) + hit)
      }
    }
    const overall = (hits + PRIOR.hits) / (trials + PRIOR.trials)
    const byTag = new Map<string, number>()
    for (const name of sums.keys())
      byTag.set(
        name,
        ((tagHits.get(name) ?? 0) + TAG_PRIOR_TRIALS * overall) / ((tagTrials.get(name) ?? 0) + TAG_PRIOR_TRIALS)
      )
    return { overall, byTag }
  }
}

/** The nearest tag to a sampled example, each of its own tags' sums without it (leave one out). */
function nearestOther(example: Sampled, sums: ReadonlyMap<string, TagSum>): string {
  let own = 0
  for (const weight of example.weights) own += weight * weight
  let best = ''
  let bestSimilarity = -1
  for (const [name, sum] of sums) {
    let dot = 0
    for (let i = 0; i < example.terms.length; i++) dot += example.weights[i]! * (sum.terms.get(example.terms[i]!) ?? 0)
    let squares = sum.squares
    if (example.names.includes(name)) {
      if (sum.examples < 2) continue
      // |s − v|² = |s|² − 2 s·v + |v|², and (s − v)·v = s·v − |v|² (v as kept: its heaviest terms).
      squares = Math.max(0, squares - 2 * dot + own)
      dot -= own
    }
    const similarity = squares > 0 ? dot / Math.sqrt(squares) : 0
    if (similarity > bestSimilarity) {
      bestSimilarity = similarity
      best = name
    }
  }
  return best
}

/** FNV-1a over an example's heaviest terms and its tags: the same example, the same key. */
function contentKey(terms: Int32Array, names: readonly string[]): number {
  let h = 0x811c9dc5
  for (const term of terms) h = Math.imul(h ^ term, 0x01000193)
  for (const name of names) for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193)
  return h >>> 0
}
