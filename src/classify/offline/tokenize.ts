/**
 * Word tokens for matching: lowercase runs of Latin, Greek or Cyrillic letters and digits, and single
 * CJK characters (Chinese, Japanese and Korean have no spaces between words, so phrases in them match
 * character by character).
 *
 * Tokens come as hashes and offsets, not strings: hashing a fresh string for a Map lookup was the
 * classifier's largest cost, while a hash computed during the character loop is nearly free. The
 * matcher confirms each hash hit against the real characters.
 */

// Names whose punctuation carries the meaning; rewritten before splitting.
const SYMBOLIC = /c\+\+|c#|f#|\.net\b/g
const SYMBOLIC_WORDS: Record<string, string> = {
  'c++': ' cpp ',
  'c#': ' csharp ',
  'f#': ' fsharp ',
  '.net': ' dotnet '
}

const isWordCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xdf && c <= 0x24f && c !== 0xf7) || (c >= 0x370 && c <= 0x4ff)
const isCjkCode = (c: number): boolean =>
  (c >= 0x3040 && c <= 0x30ff) ||
  (c >= 0x3400 && c <= 0x4dbf) ||
  (c >= 0x4e00 && c <= 0x9fff) ||
  (c >= 0xac00 && c <= 0xd7af)

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193
// 30 bits keep hashes small integers, the fastest kind of Map key.
const HASH_MASK = 0x3fffffff

/** The tokens of one text: `hashes[i]` of `text.slice(starts[i], ends[i])`, for i < count. */
export interface TokenStream {
  readonly text: string
  readonly count: number
  readonly hashes: Int32Array
  readonly starts: Int32Array
  readonly ends: Int32Array
}

/** The hash tokenizeStream gives a single token. */
export function tokenHash(token: string): number {
  let h = FNV_OFFSET
  for (let i = 0; i < token.length; i++) h = Math.imul(h ^ token.charCodeAt(i), FNV_PRIME)
  return h & HASH_MASK
}

function lowerText(text: string): string {
  const lower = text.toLowerCase()
  if (!lower.includes('+') && !lower.includes('#') && !lower.includes('.net')) return lower
  return lower.replace(SYMBOLIC, m => SYMBOLIC_WORDS[m] ?? ' ')
}

// Scratch buffers reused across calls (classification is synchronous): bounded by the longest text seen,
// which the classifier caps, so memory stays flat over a batch.
let hashes = new Int32Array(1024)
let starts = new Int32Array(1024)
let ends = new Int32Array(1024)

/**
 * Tokenizes text into the shared scratch stream. The result is valid until the next call.
 * @example tokenStrings(tokenizeStream('Node.js 与 C++')) // ['node', 'js', '与', 'cpp']
 */
export function tokenizeStream(text: string): TokenStream {
  const lower = lowerText(text)
  if (hashes.length < lower.length + 1) {
    const size = lower.length + 1
    hashes = new Int32Array(size)
    starts = new Int32Array(size)
    ends = new Int32Array(size)
  }
  let count = 0
  let start = -1
  let h = FNV_OFFSET
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i)
    if (isWordCode(code)) {
      if (start < 0) {
        start = i
        h = FNV_OFFSET
      }
      h = Math.imul(h ^ code, FNV_PRIME)
      continue
    }
    if (start >= 0) {
      hashes[count] = h & HASH_MASK
      starts[count] = start
      ends[count++] = i
      start = -1
    }
    if (isCjkCode(code)) {
      hashes[count] = Math.imul(FNV_OFFSET ^ code, FNV_PRIME) & HASH_MASK
      starts[count] = i
      ends[count++] = i + 1
    }
  }
  if (start >= 0) {
    hashes[count] = h & HASH_MASK
    starts[count] = start
    ends[count++] = lower.length
  }
  return { text: lower, count, hashes, starts, ends }
}

/** The tokens of a stream as strings (for building matchers and for tests, not the hot path). */
export function tokenStrings(stream: TokenStream): string[] {
  const out: string[] = []
  for (let i = 0; i < stream.count; i++) out.push(stream.text.slice(stream.starts[i], stream.ends[i]))
  return out
}

/**
 * Joins tokens back into a phrase for display: with spaces, except between two CJK characters.
 * @example joinTokens(['数', '据', '库', 'sql']) // '数据库 sql'
 */
export function joinTokens(tokens: readonly string[]): string {
  let out = ''
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string
    const previous = tokens[i - 1]
    const tight = previous !== undefined && isCjkCode(previous.charCodeAt(0)) && isCjkCode(token.charCodeAt(0))
    out += i === 0 || tight ? token : ` ${token}`
  }
  return out
}

/**
 * Splits text into token strings.
 * @example tokenize('Node.js 与 C++ 数据库') // ['node', 'js', '与', 'cpp', '数', '据', '库']
 */
export function tokenize(text: string): string[] {
  return tokenStrings(tokenizeStream(text))
}
