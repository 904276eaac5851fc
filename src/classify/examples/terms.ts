import { readmeZones, zoneTokens } from '../offline/readme-zones.js'
import { tokenHash, type TokenStream } from '../offline/tokenize.js'
import { conceptsByWord } from './concept-features.js'
import { intTable, lookup, type IntTable } from '../int-table.js'
import { TermCounts, type SparseVector } from './term-counts.js'
import type { ClassifyInput, EvidenceWhere } from '../types.js'

export type { SparseVector } from './term-counts.js'

/**
 * A sparse term vector: term → weight. Terms are the tokenizer's 30-bit hashes, not strings: slicing and
 * hashing a string per token cost more than the rest of the learner (a collision merges two rare words).
 */
export type TermVector = Map<number, number>

/**
 * How much a term counts by where it occurs: the opening and the description say what a project is;
 * install, licence and contributing sections say nothing about it. Measured on the bench's folds: weighting
 * the front 3× and dropping boilerplate beat equal weights by 4–8 % of items, more made no difference.
 */
const ZONE_WEIGHTS: Record<EvidenceWhere, number> = {
  title: 3,
  description: 3,
  opening: 3,
  body: 1,
  boilerplate: 0,
  code: 0,
  examples: 0,
  model: 0
}

// Function words of English prose: frequent in every README, they would only blur the profiles when a
// list has so few examples that their own frequencies cannot tell what is common.
const STOPWORDS = new Set<number>(
  (
    "a an and are as at be been but by can do does for from has have how i if in into is it its it's " +
    'me my no not of on or our out so such than that the their them then there these they this those to ' +
    'up us use used using was we were what when where which while who will with you your yours also all ' +
    'any more most other some only own same very just should would could may might must one two new get ' +
    'see via etc e g eg ie here about over under after before both each few many much make made'
  )
    .split(/\s+/)
    .map(tokenHash)
)

/** What the term vector knows of a word: a function word to skip, or the concepts it names. */
interface WordInfo {
  readonly table: IntTable
  /** Concepts of word i (its value in the table): feature[k] and share[k] for start[i] ≤ k < start[i + 1]. */
  readonly start: Int32Array
  readonly feature: Int32Array
  readonly share: Float64Array
}

const STOPWORD = -2
let wordInfo: WordInfo | undefined

function buildWordInfo(): WordInfo {
  const values = new Map<number, number>()
  const start = [0]
  const feature: number[] = []
  const share: number[] = []
  for (const [hash, concepts] of conceptsByWord()) {
    values.set(hash, start.length - 1)
    for (const [id, part] of concepts) {
      feature.push(id)
      share.push(part)
    }
    start.push(feature.length)
  }
  for (const hash of STOPWORDS) values.set(hash, STOPWORD)
  return {
    table: intTable(values),
    start: Int32Array.from(start),
    feature: Int32Array.from(feature),
    share: Float64Array.from(share)
  }
}

/** Whether token i is a bare number or a lone Latin letter or digit (a CJK character is a word). */
function isNoise(stream: TokenStream, i: number): boolean {
  const start = stream.starts[i]!
  const end = stream.ends[i]!
  if (end - start === 1) return stream.text.charCodeAt(start) <= 0x2fff
  for (let j = start; j < end; j++) {
    const code = stream.text.charCodeAt(j)
    if (code < 48 || code > 57) return false
  }
  return true
}

/**
 * A word's weight that goes to each concept it names (concept-features.ts), on top of the word itself.
 * Measured on the bench's folds (`npm run bench -- --folds 2`), examples alone, README only: at 0.5,
 * explore-dev hit@3 0.770 → 0.838 and dev 0.390 → 0.461; at 1 and above precision falls on both sets.
 */
const CONCEPT_SHARE = 0.5

const scratch = new TermCounts()

function addStream(counts: TermCounts, stream: TokenStream, weight: number): void {
  const words = (wordInfo ??= buildWordInfo())
  for (let i = 0; i < stream.count; i++) {
    const term = stream.hashes[i]!
    const info = lookup(words.table, term)
    if (info === STOPWORD || isNoise(stream, i)) continue
    counts.add(term, weight)
    if (info < 0) continue
    for (let k = words.start[info]!; k < words.start[info + 1]!; k++)
      counts.add(words.feature[k]!, weight * words.share[k]! * CONCEPT_SHARE)
  }
}

/**
 * The terms of a README and description as a unit vector: zone-weighted counts, damped as ln(1 + count)
 * so that a word repeated fifty times does not drown the rest, then scaled to length 1. The zones and
 * their tokens are the zero-shot reading's own (readmeZones), so a README is cleaned and tokenized once.
 * @example termVector({ readme: '# Foo\n\nFoo parses JSON.' }) // { terms: [hash('foo'), hash('parses'), …], weights: [0.8…, 0.4…, …] }
 */
export function termVector(input: ClassifyInput): SparseVector {
  for (const zone of readmeZones(input)) {
    const weight = ZONE_WEIGHTS[zone.where]
    if (weight > 0) addStream(scratch, zoneTokens(zone), weight)
  }
  return scratch.take()
}

/** Keep only the `limit` heaviest terms of a vector (in place). */
export function prune<K>(vector: Map<K, number>, limit: number): void {
  if (vector.size <= limit) return
  const kept = [...vector.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit)
  vector.clear()
  for (const [term, weight] of kept) vector.set(term, weight)
}
