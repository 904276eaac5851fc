import type { ClassifyInput } from '../types.js'
import type { ExampleProfiles } from './learner.js'
import { lookup } from '../int-table.js'
import { termVector } from './terms.js'

/** How alike an input is to each tag's examples, and to all examples together. */
export interface Similarities {
  /** Cosine similarity (0–1) to each profile, in the order of ExampleProfiles.names. */
  readonly byProfile: Float64Array
  /** Cosine similarity to the background profile of all examples. */
  readonly background: number
}

/**
 * Cosine similarities of an input to the profiles, in one pass over the input's terms (the profiles'
 * inverted index): the input is weighted by the examples' IDF, as the profiles are.
 */
export function similarities(profiles: ExampleProfiles, input: ClassifyInput): Similarities {
  const count = profiles.names.length
  const byProfile = new Float64Array(count)
  if (count === 0) return { byProfile, background: 0 }
  const dots = new Float64Array(count + 1)
  const { table, idf, start, profile, weight: weights } = profiles.flat
  let norm = 0
  const vector = termVector(input)
  for (let i = 0; i < vector.terms.length; i++) {
    const weight = vector.weights[i]!
    const p = lookup(table, vector.terms[i]!)
    const value = weight * (p < 0 ? profiles.unseenIdf : idf[p]!)
    norm += value * value
    if (p < 0) continue
    for (let k = start[p]!; k < start[p + 1]!; k++) dots[profile[k]!]! += value * weights[k]!
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0
  for (let i = 0; i < count; i++) byProfile[i] = Math.max(0, dots[i]! * scale)
  return { byProfile, background: Math.max(0, dots[count]! * scale) }
}
