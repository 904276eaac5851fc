import { tokenHash, tokenizeStream, type TokenStream } from '../offline/tokenize.js'
import { cleanReadme } from '../../text/clean.js'
import { readmeHead } from '../offline/index.js'
import type { ClassifyInput } from '../types.js'

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
const ZONE_WEIGHTS = { title: 3, description: 3, opening: 3, body: 1, boilerplate: 0 } as const

// Function words of English prose: frequent in every README, they would only blur the profiles when a
// list has so few examples that their own frequencies cannot tell what is common.
const STOPWORDS = new Set(
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

/** Whether token i carries meaning as a term: not a function word, a lone Latin letter or a bare number. */
function keep(stream: TokenStream, i: number): boolean {
  if (STOPWORDS.has(stream.hashes[i]!)) return false
  const start = stream.starts[i]!
  const end = stream.ends[i]!
  const first = stream.text.charCodeAt(start)
  // One character: a CJK character is a word, a Latin letter or digit is not.
  if (end - start === 1) return first > 0x2fff
  for (let j = start; j < end; j++) {
    const code = stream.text.charCodeAt(j)
    if (code < 48 || code > 57) return true
  }
  return false
}

function add(counts: TermVector, text: string, weight: number): void {
  if (text === '') return
  const stream = tokenizeStream(text)
  for (let i = 0; i < stream.count; i++) {
    if (!keep(stream, i)) continue
    const term = stream.hashes[i]!
    counts.set(term, (counts.get(term) ?? 0) + weight)
  }
}

/**
 * The terms of a README and description as a unit vector: zone-weighted counts, damped as ln(1 + count)
 * so that a word repeated fifty times does not drown the rest, then scaled to length 1.
 * @example termVector({ readme: '# Foo\n\nFoo parses JSON.' }) // Map { hash('foo') => 0.8…, hash('parses') => 0.4…, … }
 */
export function termVector(input: ClassifyInput): TermVector {
  // The same part of the README the zero-shot reading cleans, so that the cleaning is done once.
  const cleaned = cleanReadme(readmeHead(input.readme), input.format)
  const counts: TermVector = new Map()
  if (cleaned.title) add(counts, cleaned.title, ZONE_WEIGHTS.title)
  for (const section of cleaned.sections) {
    const weight = ZONE_WEIGHTS[section.kind]
    if (weight === 0) continue
    add(counts, section.heading, weight)
    add(counts, section.text, weight)
  }
  if (input.description) add(counts, input.description, ZONE_WEIGHTS.description)
  let norm = 0
  for (const [term, count] of counts) {
    const damped = Math.log1p(count)
    counts.set(term, damped)
    norm += damped * damped
  }
  norm = Math.sqrt(norm)
  if (norm > 0) for (const [term, weight] of counts) counts.set(term, weight / norm)
  return counts
}

/** Keep only the `limit` heaviest terms of a vector (in place). */
export function prune<K>(vector: Map<K, number>, limit: number): void {
  if (vector.size <= limit) return
  const kept = [...vector.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit)
  vector.clear()
  for (const [term, weight] of kept) vector.set(term, weight)
}
