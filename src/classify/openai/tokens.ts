/**
 * A tokenizer-free token estimate that errs high. Models behind OpenAI-compatible servers use different
 * tokenizers, so no exact count exists; what matters is never undercounting, so that a prompt cut to
 * `max-input-tokens` really fits. Characters ÷ 4 holds for English only: a Chinese, Japanese or Korean
 * character is about one token on its own (more in older tokenizers), so CJK text is counted per character.
 *
 * Measured against o200k_base and cl100k_base (gpt-tokenizer, tests/openai-prompt.test.ts): never below
 * either on English, code, Chinese, Japanese, Korean, Cyrillic or emoji; about 1.35× o200k on English READMEs.
 */

const SEGMENT =
  /[A-Za-z]+|\d+|[ \t]+|\n+|\p{Script=Hangul}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]|[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]+|[!-/:-@[-`{-~]+|[^]/gu
const HANGUL = /\p{Script=Hangul}/u
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u

/**
 * Estimate how many tokens `text` takes, erring high for every script.
 * @example estimateTokens('hello world') // 2
 * @example estimateTokens('数据库') // 4
 */
export function estimateTokens(text: string): number {
  let tokens = 0
  for (const match of text.matchAll(SEGMENT)) tokens += segmentTokens(match[0])
  return Math.ceil(tokens)
}

function segmentTokens(segment: string): number {
  const first = segment.charCodeAt(0)
  if (isAsciiLetter(first)) return Math.ceil(segment.length / 6)
  if (first >= 0x30 && first <= 0x39) return Math.ceil(segment.length / 3)
  // A single space joins the next word's token; longer runs (indentation) take some of their own.
  if (first === 0x20 || first === 0x09) return segment.length > 1 ? Math.ceil(segment.length / 4) : 0
  if (first === 0x0a) return 1
  if (HANGUL.test(segment)) return 1.5
  if (CJK.test(segment)) return 1.1
  // Accented Latin, Greek, Cyrillic words: about two characters a token.
  if (segment.length > 1 && first >= 0x80 && first < 0xd800) return Math.ceil(segment.length / 2)
  // ASCII punctuation runs merge in pairs (`](`, `##`).
  if (first < 0x80) return Math.ceil(segment.length / 2)
  // Emoji and other rare characters become several byte-level tokens.
  return 3
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}
