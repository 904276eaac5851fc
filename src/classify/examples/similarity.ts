import type { ClassifyInput } from '../types.js'
import type { ExampleProfiles } from './learner.js'
import { termVector } from './terms.js'

/** How alike an input is to each tag's examples, and to all examples together. */
export interface Similarities {
  /** Cosine similarity (0–1) by tag name; tags without examples are absent. */
  readonly byTag: Map<string, number>
  /** Cosine similarity to the background profile of all examples. */
  readonly background: number
}

/**
 * Cosine similarities of an input to the profiles, in one pass over the input's terms (the profiles'
 * inverted index): the input is weighted by the examples' IDF, as the profiles are.
 */
export function similarities(profiles: ExampleProfiles, input: ClassifyInput): Similarities {
  const byTag = new Map<string, number>()
  const count = profiles.names.length
  if (count === 0) return { byTag, background: 0 }
  const dots = new Float64Array(count + 1)
  let norm = 0
  for (const [term, weight] of termVector(input)) {
    const posting = profiles.index.get(term)
    const value = weight * (posting ? posting.idf : profiles.unseenIdf)
    norm += value * value
    if (!posting) continue
    for (let j = 0; j < posting.profiles.length; j++) dots[posting.profiles[j]!]! += value * posting.weights[j]!
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0
  for (let i = 0; i < count; i++) byTag.set(profiles.names[i]!, Math.max(0, dots[i]! * scale))
  return { byTag, background: Math.max(0, dots[count]! * scale) }
}
