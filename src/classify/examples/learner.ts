import type { TagEntry, TagList } from '../../tags/types.js'
import type { ClassifyInput } from '../types.js'
import { prune, termVector, type TermVector } from './terms.js'

/**
 * Bounds on what the learner holds, whatever the number of examples: per tag, the heaviest terms of its
 * summed vectors; across tags, document frequencies of at most MAX_VOCABULARY terms (the rarest dropped
 * first). READMEs themselves are never kept.
 */
export const MAX_PROFILE_TERMS = 2000 // the background profile of all examples keeps twice as many
export const MAX_VOCABULARY = 100_000

/** One labelled example: what a classifier would read, and the list entries a person gave it. */
export interface Example {
  readonly input: ClassifyInput
  readonly tags: readonly TagEntry[]
}

/** A tag's learned profile: a unit vector of IDF-weighted terms, and how many examples made it. */
export interface TagProfile {
  readonly examples: number
  readonly vector: ReadonlyMap<string, number>
}

/** What the learner has learned, ready for scoring: profiles by tag name, and the IDF to weight inputs. */
export interface ExampleProfiles {
  readonly byTag: ReadonlyMap<string, TagProfile>
  /** All examples together: a README merely like examples in general is not like one tag's. */
  readonly background: TagProfile
  /** Examples seen in all (an example with several tags counts once). */
  readonly examples: number
  idf(term: string): number
}

export interface ExampleLearner {
  /** Learn from one example; tags not on the learner's list are ignored (callers check and report them). */
  add(example: Example): void
  /** Examples per tag name so far, in list order, zero counts included. */
  counts(): Map<string, number>
  /** The profiles as learned so far; adding more later gives a new snapshot. */
  profiles(): ExampleProfiles
}

/**
 * A nearest-centroid learner over the list `tags`: each example's cleaned README becomes a unit term vector
 * (see termVector), summed into every one of its tags' profiles; document frequencies over the examples
 * give an IDF with add-one smoothing, applied when profiles are taken. One pass over each README, and
 * memory bounded by MAX_PROFILE_TERMS per tag plus MAX_VOCABULARY, not by the number of examples.
 */
export function createExampleLearner(tags: TagList): ExampleLearner {
  const known = new Set(tags.map(tag => tag.name))
  const sums = new Map<string, { examples: number; terms: TermVector }>()
  const documentFrequency = new Map<string, number>()
  const everything: TermVector = new Map()
  let examples = 0
  return {
    add(example) {
      const names = [...new Set(example.tags.map(tag => tag.name))].filter(name => known.has(name))
      if (names.length === 0) return
      const vector = termVector(example.input)
      examples += 1
      for (const [term, weight] of vector) {
        documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1)
        everything.set(term, (everything.get(term) ?? 0) + weight)
      }
      if (documentFrequency.size > MAX_VOCABULARY * 1.5) prune(documentFrequency, MAX_VOCABULARY)
      if (everything.size > MAX_PROFILE_TERMS * 4) prune(everything, MAX_PROFILE_TERMS * 2)
      for (const name of names) {
        const sum = sums.get(name) ?? { examples: 0, terms: new Map() }
        sum.examples += 1
        for (const [term, weight] of vector) sum.terms.set(term, (sum.terms.get(term) ?? 0) + weight)
        // Pruned in bulk, not per example: sorting on every add would cost more than the learning.
        if (sum.terms.size > MAX_PROFILE_TERMS * 2) prune(sum.terms, MAX_PROFILE_TERMS)
        sums.set(name, sum)
      }
    },
    counts() {
      return new Map(tags.map(tag => [tag.name, sums.get(tag.name)?.examples ?? 0]))
    },
    profiles() {
      // Smoothed so that a term in every example still weighs a little, and one in none (a new README's
      // own words) weighs most.
      const seen = examples
      const frequency = new Map(documentFrequency)
      const idf = (term: string): number => Math.log((seen + 2) / ((frequency.get(term) ?? 0) + 1))
      const weighted = (terms: TermVector, limit: number): TermVector => {
        const vector: TermVector = new Map()
        for (const [term, weight] of terms) vector.set(term, weight * idf(term))
        prune(vector, limit)
        return unit(vector)
      }
      const byTag = new Map<string, TagProfile>()
      for (const [name, sum] of sums)
        byTag.set(name, { examples: sum.examples, vector: weighted(sum.terms, MAX_PROFILE_TERMS) })
      const background = { examples: seen, vector: weighted(everything, MAX_PROFILE_TERMS * 2) }
      return { byTag, background, examples: seen, idf }
    }
  }
}

/** Scale a vector to length 1 (in place); the zero vector stays as it is. */
export function unit(vector: TermVector): TermVector {
  let norm = 0
  for (const weight of vector.values()) norm += weight * weight
  norm = Math.sqrt(norm)
  if (norm > 0) for (const [term, weight] of vector) vector.set(term, weight / norm)
  return vector
}
