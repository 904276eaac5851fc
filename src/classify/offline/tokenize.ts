/**
 * Word tokens for matching: lowercase Latin/Cyrillic/Greek runs, and single CJK characters (Chinese,
 * Japanese and Korean have no spaces between words, so phrases in them match character by character).
 */
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/
const CJK_CHARS = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/g
// Everything that is not part of a token. String.split on one regex is much faster than an exec loop.
const SEPARATOR = /[^a-z0-9\u00df-\u024f\u0370-\u03ff\u0400-\u04ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+/
// Names whose punctuation carries the meaning; rewritten before splitting.
const SYMBOLIC = /c\+\+|c#|f#|\.net\b/g
const SYMBOLIC_WORDS: Record<string, string> = { 'c++': ' cpp ', 'c#': ' csharp ', 'f#': ' fsharp ', '.net': ' dotnet ' }

/**
 * Splits text into match tokens. May hold empty strings at the ends (the matcher skips them cheaply).
 * @example tokenize('Node.js 与 C++ 数据库') // ['node', 'js', '与', 'cpp', '数', '据', '库']
 */
export function tokenize(text: string): string[] {
  let lower = text.toLowerCase()
  if (lower.includes('+') || lower.includes('#') || lower.includes('.net')) {
    lower = lower.replace(SYMBOLIC, m => SYMBOLIC_WORDS[m] ?? ' ')
  }
  if (CJK.test(lower)) lower = lower.replace(CJK_CHARS, ' $& ')
  return lower.split(SEPARATOR)
}
