import { createHash } from 'node:crypto'
import { LEXICON, NOISE_PHRASES } from '../../lexicon/index.js'
import type { TagList } from '../../tags/types.js'
import type { Classification, ClassifyInput, RankingClassifier, SelectionOptions, TagScore } from '../types.js'
import { KNOWLEDGE_DIGEST_PARTS } from '../../knowledge/index.js'
import {
  BODY_HINT,
  BODY_SCALE,
  CONFIDENCE_SCALE,
  FACET_SATURATION,
  GENERIC_DAMPING,
  GENERIC_HEAD_ALONE,
  GENERIC_LEAD_DAMPING,
  PLATFORM_DAMPING,
  HEAD_ALONE,
  MODIFIER_LIFT,
  MODIFIER_ALONE,
  readZones,
  type Reading
} from './score.js'
import { MODIFIER_IMPORTANCE } from './profile.js'
import { chooseTags } from './select.js'
import { compileTags } from './terms.js'
import { MAX_README_CHARS, readmeZones } from './readme-zones.js'
import { FACTORS, type Zone } from './zones.js'

export { DEFAULT_MIN_SCORE, DEFAULT_RELATIVE_CUT } from './select.js'

export { MAX_README_CHARS, readmeHead } from './readme-zones.js'

/** Bump when the scoring or cleaning code changes what the classifier answers. */
const SCORING_VERSION = 100

/**
 * Identifies what the classifier answers (part of the fingerprint): a digest of the lexicon, the scoring
 * constants and SCORING_VERSION, so a lexicon or constant change is never forgotten.
 */
const SETTINGS = `lexicon-${createHash('sha256')
  .update(
    JSON.stringify({
      SCORING_VERSION,
      LEXICON,
      KNOWLEDGE_DIGEST_PARTS,
      NOISE_PHRASES,
      FACET_SATURATION,
      CONFIDENCE_SCALE,
      MODIFIER_IMPORTANCE,
      FACTORS,
      BODY_SCALE,
      BODY_HINT,
      GENERIC_DAMPING,
      GENERIC_LEAD_DAMPING,
      PLATFORM_DAMPING,
      HEAD_ALONE,
      GENERIC_HEAD_ALONE,
      MODIFIER_LIFT,
      MODIFIER_ALONE,
      MAX_README_CHARS
    })
  )
  .digest('hex')
  .slice(0, 12)}`

/**
 * The offline classifier: cleans the README, finds the phrases of each tag's profile (its name, aliases
 * and description, and what the lexicon and GitHub's topics data know of the concepts they name; see
 * profile.ts) with one token trie, scores them by where they occur (description, title and opening in
 * full; body damped; boilerplate a quarter) into a confidence from 0 to 1, and picks the best few.
 * Deterministic, no network. Matchers are compiled once here; reuse the instance across a batch.
 */
export function createOfflineClassifier(tags: TagList): RankingClassifier {
  const compiled = compileTags(tags)
  // The last input's reading: with examples, or for a shortlist, one README is asked for twice (its clear
  // tags, then its loose ranking), and readmeZones gives the same zones for the same input.
  let last: { zones: readonly Zone[]; reading: Reading } | undefined
  const read = (input: ClassifyInput): Reading => {
    const zones = readmeZones(input)
    if (last?.zones !== zones) last = { zones, reading: readZones(zones, tags, compiled) }
    return last.reading
  }
  return {
    identity: { provider: 'local', model: null, settings: SETTINGS },
    tags,
    async classify(input: ClassifyInput, options: SelectionOptions): Promise<Classification> {
      const reading = read(input)
      // Nothing clear: the looser reading's best may still be a fair guess (select.ts).
      return { tags: chooseTags(reading.clear, reading.loose, options), provider: 'local', model: null, usage: null }
    },
    /** The `k` best tags with any evidence at all, for a model's shortlist. */
    async rank(input: ClassifyInput, k: number): Promise<readonly TagScore[]> {
      return read(input).loose().slice(0, k)
    }
  }
}
