import { DOCUMENTS, MIN_DOCUMENTS, WORD_COUNTS } from './doc-freq-data.js'
import { normalizeTagName } from '../tags/normalize.js'
import { SPOKEN_LOG2 } from './spoken-data.js'
import { STOPWORDS } from './stopwords.js'
import { TOPICS } from './topics-data.js'
import type { KnowledgeTopic } from './types.js'

export type { KnowledgeTopic } from './types.js'
export { TOPICS } from './topics-data.js'

/** Everything shipped that changes answers, for the classifier's fingerprint. */
export const KNOWLEDGE_DIGEST_PARTS = [TOPICS, WORD_COUNTS, SPOKEN_LOG2, [...STOPWORDS]] as const

const DOC_FREQ = new Map<string, number>()
{
  const parts = WORD_COUNTS.split(' ')
  for (let i = 0; i + 1 < parts.length; i += 2) DOC_FREQ.set(parts[i] as string, Number(parts[i + 1]))
}

/** The inverse document frequency of a word never seen in the table (it occurs in under MIN_DOCUMENTS). */
export const RARE_IDF = Math.log(DOCUMENTS / MIN_DOCUMENTS)

/**
 * How specific a word is among READMEs: ln(N / df), 0 for stop-words, RARE_IDF for words too rare to
 * be in the table. ln(1627/413) ≈ 1.4 for "can", ≈ 3.7 for "database", 6.3 for "clipboard".
 */
export function idf(word: string): number {
  return STOPWORDS.has(word) ? 0 : readmeIdf(word)
}

/** ln(N / df) among READMEs alone, stop-words included ("example" is common, not meaningless, as a tag). */
export function readmeIdf(word: string): number {
  const df = DOC_FREQ.get(word)
  return df === undefined ? RARE_IDF : Math.log(DOCUMENTS / Math.max(df, 1))
}

const SPOKEN = new Map<string, number>()
{
  const parts = SPOKEN_LOG2.split(' ')
  for (let i = 0; i + 1 < parts.length; i += 2) SPOKEN.set(parts[i] as string, Number(parts[i + 1]))
}

// Everyday words at or above 2^10 occurrences in 51 million words of film subtitles say nothing
// specific; below 2^6.6 (about 100) a word is specialist; in between it counts partly.
const EVERYDAY_LOG2 = 10
const SPECIALIST_LOG2 = 6.6

/**
 * How far a word is from everyday English, 0 to 1: 0 for "master", "present", "tricks" (common in
 * speech), 1 for "clipboard", "microcontrollers", "framework" (rare in speech), whatever READMEs say.
 */
export function specialist(word: string): number {
  const log2 = SPOKEN.get(word) ?? 0
  return Math.min(1, Math.max(0, (EVERYDAY_LOG2 - log2) / (EVERYDAY_LOG2 - SPECIALIST_LOG2)))
}

const BY_NAME = new Map<string, KnowledgeTopic>()
for (const topic of TOPICS) BY_NAME.set(topic.topic, topic)
for (const topic of TOPICS) {
  for (const alias of topic.aliases ?? []) if (!BY_NAME.has(alias)) BY_NAME.set(alias, topic)
  if (topic.display && !BY_NAME.has(normalizeTagName(topic.display)))
    BY_NAME.set(normalizeTagName(topic.display), topic)
}

/**
 * The featured topic a normal form names: its topic name, one of its aliases or its display name
 * ('risc-v' → riscv). Topic names win over aliases.
 * @example findTopic('fantasy-console')?.topic === 'fantasy-console'
 */
export function findTopic(normalForm: string): KnowledgeTopic | undefined {
  return BY_NAME.get(normalForm)
}

// "Haskell is a purely functional programming language", "Elixir is a dynamic, functional language".
const DEFINES_A_LANGUAGE = /^[^.]*?\b(?:is|was) (?:an?|the) [^.]*?\b(?:programming|scripting|functional) language\b/i

/** Whether a featured topic is a programming language, by its own one-sentence summary. */
export function isLanguageTopic(topic: KnowledgeTopic): boolean {
  return topic.summary !== undefined && DEFINES_A_LANGUAGE.test(topic.summary)
}
