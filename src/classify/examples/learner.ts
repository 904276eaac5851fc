import { createHash } from 'node:crypto'
import type { TagEntry, TagList } from '../../tags/types.js'
import type { ClassifyInput } from '../types.js'
import { intTable, type IntTable } from '../int-table.js'
import { ReliabilitySample, type Reliability, type TagSum } from './reliability.js'
import { prune, termVector, type TermVector } from './terms.js'

/**
 * Bounds on what the learner holds, whatever the number of examples: per tag, the heaviest MAX_SUM_TERMS
 * terms of its summed vectors while it learns, and the MAX_PROFILE_TERMS heaviest after IDF in the profile
 * it scores with (the background profile of all examples keeps twice as many); document frequencies of at
 * most MAX_VOCABULARY terms, the rarest dropped first. READMEs themselves are never kept. Short profiles
 * also score better: on the bench's folds, examples alone, hit@3 at 250 terms against 2,000 was 0.878 vs
 * 0.838 (explore-dev) and 0.525 vs 0.461 (dev): a tag's few examples share their topic words, not their tails.
 */
export const MAX_SUM_TERMS = 4000
export const MAX_PROFILE_TERMS = 250
export const MAX_VOCABULARY = 100_000

/** One labelled example: what a classifier would read, and the list entries a person gave it. */
export interface Example {
  readonly input: ClassifyInput
  readonly tags: readonly TagEntry[]
}

/** A term's weights in the profiles that have it, while the profiles are built. */
interface Posting {
  readonly idf: number
  /** Indexes into ExampleProfiles.names; names.length stands for the background profile. */
  readonly profiles: number[]
  readonly weights: number[]
}

/**
 * The postings of every term in typed arrays: term → posting number p (table); its IDF is idf[p], and it is
 * in profile[k] with weight[k] for start[p] ≤ k < start[p + 1].
 */
export interface FlatPostings {
  readonly table: IntTable
  readonly idf: Float64Array
  readonly start: Int32Array
  readonly profile: Int32Array
  readonly weight: Float64Array
}

/** What the learner has learned, ready for scoring. */
export interface ExampleProfiles {
  /** Tag names that have examples, in list order. */
  readonly names: readonly string[]
  /** Examples and profile terms per tag name. */
  readonly byTag: ReadonlyMap<string, { readonly examples: number; readonly terms: number }>
  /** Examples seen in all (an example with several tags counts once). */
  readonly examples: number
  /** Profile weights (unit vectors, IDF-weighted) by term, for scoring a README in one pass (similarity.ts). */
  readonly flat: FlatPostings
  /** The IDF of a term no example has. */
  readonly unseenIdf: number
  /**
   * How well the examples predict each other, 0–1: the share of sampled examples whose own tag is the nearest
   * of the other examples' tags (reliability.ts). Curated examples of distinct topics
   * score high; a long list with one or two examples of each scores low, and combine.ts trusts it less.
   */
  readonly reliability: number
  /** Each tag's own reliability (by tag name), smoothed towards `reliability` (reliability.ts). */
  readonly tagReliability: ReadonlyMap<string, number>
  /** Identifies the profiles, for the classifier's fingerprint. */
  readonly digest: string
}

export interface ExampleLearner {
  /** Learn from one example; tags not on the learner's list are ignored (callers check and report them). */
  add(example: Example): void
  /** Examples per tag name so far, in list order, zero counts included. */
  counts(): Map<string, number>
  /** The profiles as learned so far; adding more later does not change them. */
  profiles(): ExampleProfiles
}

/**
 * A nearest-centroid learner over the list `tags`: each example's cleaned README becomes a unit term vector
 * (termVector), summed into each of its tags' profiles and into a background profile of all examples;
 * document frequencies over the examples give a smoothed IDF, applied when profiles are taken. One pass
 * over each README; memory bounded by MAX_SUM_TERMS per tag plus MAX_VOCABULARY, not by the examples.
 */
export function createExampleLearner(tags: TagList): ExampleLearner {
  const known = new Set(tags.map(tag => tag.name))
  const sums = new Map<string, TagSum>()
  const documentFrequency = new Map<number, number>()
  const everything: TermVector = new Map()
  let examples = 0
  const sample = new ReliabilitySample()
  return {
    add(example) {
      const names = [...new Set(example.tags.map(tag => tag.name))].filter(name => known.has(name))
      if (names.length === 0) return
      const vector = termVector(example.input)
      examples += 1
      sample.offer(vector, names)
      for (let i = 0; i < vector.terms.length; i++) {
        const term = vector.terms[i]!
        const weight = vector.weights[i]!
        documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1)
        everything.set(term, (everything.get(term) ?? 0) + weight)
      }
      // Pruned in bulk, not per example: sorting on every add would cost more than the learning.
      if (documentFrequency.size > MAX_VOCABULARY * 1.5) prune(documentFrequency, MAX_VOCABULARY)
      if (everything.size > MAX_SUM_TERMS * 4) prune(everything, MAX_SUM_TERMS * 2)
      for (const name of names) {
        const sum = sums.get(name) ?? { examples: 0, terms: new Map(), squares: 0 }
        sum.examples += 1
        for (let i = 0; i < vector.terms.length; i++) {
          const term = vector.terms[i]!
          const before = sum.terms.get(term) ?? 0
          const after = before + vector.weights[i]!
          sum.terms.set(term, after)
          sum.squares += after * after - before * before
        }
        if (sum.terms.size > MAX_SUM_TERMS * 2) {
          prune(sum.terms, MAX_SUM_TERMS)
          sum.squares = 0
          for (const weight of sum.terms.values()) sum.squares += weight * weight
        }
        sums.set(name, sum)
      }
    },
    counts() {
      return new Map(tags.map(tag => [tag.name, sums.get(tag.name)?.examples ?? 0]))
    },
    profiles: () => buildProfiles(tags, sums, everything, documentFrequency, examples, sample.reliability(sums))
  }
}

function buildProfiles(
  tags: TagList,
  sums: ReadonlyMap<string, TagSum>,
  everything: TermVector,
  documentFrequency: ReadonlyMap<number, number>,
  examples: number,
  reliability: Reliability
): ExampleProfiles {
  // Smoothed so that a term in every example still weighs a little, and one in none weighs most.
  const idf = (term: number): number => Math.log((examples + 2) / ((documentFrequency.get(term) ?? 0) + 1))
  const weighted = (terms: TermVector, limit: number): TermVector => {
    const vector: TermVector = new Map()
    for (const [term, weight] of terms) vector.set(term, weight * idf(term))
    prune(vector, limit)
    return unit(vector)
  }
  const names = tags.map(tag => tag.name).filter(name => sums.has(name))
  const vectors = names.map(name => weighted(sums.get(name)!.terms, MAX_PROFILE_TERMS))
  vectors.push(weighted(everything, MAX_PROFILE_TERMS * 2))
  const index = new Map<number, Posting>()
  const hash = createHash('sha256').update(`reliability ${reliability.overall.toFixed(6)}\u0000`)
  for (const name of names) hash.update(`${name} ${reliability.byTag.get(name)!.toFixed(6)}\u0000`)
  for (const [i, vector] of vectors.entries()) {
    hash.update(`${names[i] ?? ''}\u0000${sums.get(names[i] ?? '')?.examples ?? examples}\u0000`)
    for (const [term, weight] of vector) {
      const posting = index.get(term) ?? { idf: idf(term), profiles: [], weights: [] }
      posting.profiles.push(i)
      posting.weights.push(weight)
      index.set(term, posting)
    }
    // In term order: the same examples give the same digest whatever order they were learned in.
    for (const term of [...vector.keys()].sort((a, b) => a - b))
      hash.update(`${term}:${(vector.get(term) as number).toFixed(6)};`)
  }
  return {
    names,
    flat: flatten(index),
    byTag: new Map(names.map((name, i) => [name, { examples: sums.get(name)!.examples, terms: vectors[i]!.size }])),
    examples,
    unseenIdf: Math.log(examples + 2),
    reliability: reliability.overall,
    tagReliability: reliability.byTag,
    digest: hash.digest('hex').slice(0, 12)
  }
}

function flatten(index: ReadonlyMap<number, Posting>): FlatPostings {
  const numbers = new Map<number, number>()
  const idf = new Float64Array(index.size)
  const start = new Int32Array(index.size + 1)
  let total = 0
  for (const posting of index.values()) total += posting.profiles.length
  const profile = new Int32Array(total)
  const weight = new Float64Array(total)
  let p = 0
  let k = 0
  for (const [term, posting] of index) {
    numbers.set(term, p)
    idf[p] = posting.idf
    start[p] = k
    for (let j = 0; j < posting.profiles.length; j++, k++) {
      profile[k] = posting.profiles[j]!
      weight[k] = posting.weights[j]!
    }
    p++
  }
  start[p] = k
  return { table: intTable(numbers), idf, start, profile, weight }
}

/** Scale a vector to length 1 (in place); the zero vector stays as it is. */
export function unit<K>(vector: Map<K, number>): Map<K, number> {
  let norm = 0
  for (const weight of vector.values()) norm += weight * weight
  norm = Math.sqrt(norm)
  if (norm > 0) for (const [term, weight] of vector) vector.set(term, weight / norm)
  return vector
}
