import { createHash } from 'node:crypto'
import { LEXICON, NOISE_PHRASES } from '../../lexicon/index.js'
import { cleanReadme } from '../../text/clean.js'
import type { TagList } from '../../tags/types.js'
import type { Classification, ClassifyInput, RankingClassifier, SelectionOptions, TagScore } from '../types.js'
import { KNOWLEDGE_DIGEST_PARTS } from '../../knowledge/index.js'
import {
  BODY_HINT,
  BODY_SCALE,
  CONFIDENCE_SCALE,
  FACET_SATURATION,
  GENERIC_DAMPING,
  GENERIC_LEAD_DAMPING,
  scoreZones
} from './score.js'
import { MODIFIER_IMPORTANCE } from './profile.js'
import { selectTags } from './select.js'
import { compileTags } from './terms.js'
import { FACTORS, zonesOf } from './zones.js'

export { DEFAULT_MIN_SCORE, DEFAULT_RELATIVE_CUT } from './select.js'

/**
 * The classifier reads at most this much of a README (cut at a line end). What a project is comes at
 * the top, and the body counts logarithmically, so the tail of a very long README changes nothing but
 * the time taken.
 */
export const MAX_README_CHARS = 64 * 1024

/** The part of a README the classifier reads (see MAX_README_CHARS). */
export function readmeHead(readme: string): string {
  if (readme.length <= MAX_README_CHARS) return readme
  const end = readme.lastIndexOf('\n', MAX_README_CHARS)
  // A README of few, long lines (minified HTML, one-paragraph text) is cut mid-line, not at its title.
  if (end > MAX_README_CHARS / 2) return readme.slice(0, end)
  const code = readme.charCodeAt(MAX_README_CHARS - 1)
  return readme.slice(0, code >= 0xd800 && code <= 0xdbff ? MAX_README_CHARS - 1 : MAX_README_CHARS)
}

/** Bump when the scoring or cleaning code changes what the classifier answers. */
const SCORING_VERSION = 3

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
  const zones = (input: ClassifyInput) =>
    zonesOf(cleanReadme(readmeHead(input.readme), input.format), input.description)
  return {
    identity: { provider: 'local', model: null, settings: SETTINGS },
    tags,
    async classify(input: ClassifyInput, options: SelectionOptions): Promise<Classification> {
      const chosen = selectTags(scoreZones(zones(input), tags, compiled), options)
      return { tags: chosen, provider: 'local', model: null, usage: null }
    },
    /** The `k` best tags with any evidence at all, for a model's shortlist. */
    async rank(input: ClassifyInput, k: number): Promise<readonly TagScore[]> {
      return scoreZones(zones(input), tags, compiled, false).slice(0, k)
    }
  }
}
