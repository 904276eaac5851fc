import { cleanReadme } from '../../text/clean.js'
import type { ClassifyInput } from '../types.js'
import { tokenizeStream, type TokenStream } from './tokenize.js'
import { zonesOf, type Zone } from './zones.js'

/**
 * The classifier reads at most this much of a README (cut at a line end). What a project is comes at
 * the top, and the body counts logarithmically, so the tail of a very long README changes nothing but
 * the time taken. 32 KB gave the same zero-shot hits on the dev sets and eight held-out sets, but the
 * examples' profiles (which read the same zones) lost a hit on the folds of explore-dev and of a held-out list.
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

// A classifier with examples reads each input twice (zero-shot, then the examples' term vector): the
// zones of the last input and the tokens of each of its zones are kept for the second reading. The tokens
// live in one arena of typed arrays, reused from one README to the next, so that keeping them costs a copy
// and no allocation; a zone of an earlier input (or one made elsewhere) is tokenized afresh.
let last: { input: ClassifyInput | null; zones: readonly Zone[] } = { input: null, zones: [] }
let streams = new Map<Zone, TokenStream>()
const arena = {
  used: 0,
  hashes: new Int32Array(1 << 14),
  starts: new Int32Array(1 << 14),
  ends: new Int32Array(1 << 14)
}

/** The zones of an input's README and description (zones.ts), the last input's kept. */
export function readmeZones(input: ClassifyInput): readonly Zone[] {
  const seen = last.input
  if (
    seen &&
    seen.readme === input.readme &&
    seen.format === input.format &&
    (seen.description ?? '') === (input.description ?? '')
  )
    return last.zones
  const zones = zonesOf(cleanReadme(readmeHead(input.readme), input.format), input.description)
  last = { input: { readme: input.readme, format: input.format, description: input.description ?? '' }, zones }
  streams = new Map()
  arena.used = 0
  return zones
}

/**
 * A zone's tokens. For a zone of the last input, tokenized once however many readers it has (and valid
 * until the next input); for any other zone, tokenizeStream's own result (valid until its next call).
 */
export function zoneTokens(zone: Zone): TokenStream {
  const kept = streams.get(zone)
  if (kept) return kept
  const stream = tokenizeStream(zone.text)
  if (!last.zones.includes(zone)) return stream
  const { count } = stream
  if (arena.used + count > arena.hashes.length) grow(arena.used + count)
  const at = arena.used
  arena.hashes.set(stream.hashes.subarray(0, count), at)
  arena.starts.set(stream.starts.subarray(0, count), at)
  arena.ends.set(stream.ends.subarray(0, count), at)
  arena.used += count
  const copy = {
    text: stream.text,
    count,
    hashes: arena.hashes.subarray(at, at + count),
    starts: arena.starts.subarray(at, at + count),
    ends: arena.ends.subarray(at, at + count)
  }
  streams.set(zone, copy)
  return copy
}

/** Enlarge the arena; the streams kept so far keep their views of the old arrays, which stay valid. */
function grow(needed: number): void {
  let size = arena.hashes.length
  while (size < needed) size *= 2
  arena.hashes = new Int32Array(size)
  arena.starts = new Int32Array(size)
  arena.ends = new Int32Array(size)
  arena.used = 0
}
