import type { ClassifyInput } from '../types.js'
import { unit } from './learner.js'
import type { ExampleProfiles } from './learner.js'
import { termVector } from './terms.js'

/** How alike an input is to each tag's examples, and to all examples together. */
export interface Similarities {
  /** Cosine similarity (0–1) by tag name; tags without examples are absent. */
  readonly byTag: Map<string, number>
  /** Cosine similarity to the background profile of all examples. */
  readonly background: number
}

/** Similarities of an input to the profiles; the input is weighted by the examples' IDF, as they are. */
export function similarities(profiles: ExampleProfiles, input: ClassifyInput): Similarities {
  const byTag = new Map<string, number>()
  if (profiles.byTag.size === 0) return { byTag, background: 0 }
  const vector = termVector(input)
  for (const [term, weight] of vector) vector.set(term, weight * profiles.idf(term))
  unit(vector)
  for (const [name, profile] of profiles.byTag) byTag.set(name, cosine(vector, profile.vector))
  return { byTag, background: cosine(vector, profiles.background.vector) }
}

/** The dot product of two unit vectors, looping over the shorter one. */
function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let dot = 0
  for (const [term, weight] of small) {
    const other = large.get(term)
    if (other !== undefined) dot += weight * other
  }
  return Math.max(0, dot)
}
