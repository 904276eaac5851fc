import { idf, specialist } from '../../knowledge/index.js'
import { NOISE_PHRASES, WEIGHTS } from '../../lexicon/index.js'
import { lookupConcept } from './concepts.js'
import { readmeIdfOfForms, singular, specificity } from './specificity.js'
import { tokenize } from './tokenize.js'

/**
 * How a curator speaks of a collection ("This collection highlights the modern…", "curates projects that…"):
 * verbs about the list, never about what is on it. Its nouns stay ("collections", "lists"): a tag may be about
 * immutable collections or todo lists.
 */
const CURATOR_WORDS = new Set(
  'curate curates curated curating highlight highlights highlighted showcase showcases showcased featured'.split(' ')
)

/**
 * Rare words for a set of tools of any kind ("will complete your toolset"): as empty as "tools", which is
 * common enough to weigh nothing already.
 */
const KIT_WORDS = new Set('toolset toolsets toolbox toolboxes toolbelt'.split(' '))

/** A single word of prose is at most this strong: between a hint and a clear phrase. */
export const PROSE_WORD_MAX = 1.5

/**
 * How much a word of prose says about a topic: by its idf among READMEs (nothing below 3, full from 6)
 * times how far it is from everyday English (either form, singular or as written).
 */
function wordWeight(word: string): number {
  const single = singular(word)
  const readmes = Math.min(PROSE_WORD_MAX, Math.max(0, (Math.min(idf(word), idf(single)) - 3) / 2))
  return readmes * Math.min(specialist(word), specialist(single))
}

/**
 * A word of prose that may say something: with a Latin letter, not a curator's word or a word for a set of
 * tools, not a lone letter ("e.g.").
 */
const isProseWord = (word: string): boolean =>
  /[a-z]/.test(word) && !/^[a-z]$/.test(word) && !CURATOR_WORDS.has(word) && !KIT_WORDS.has(word)

// Two words are a pair only within one clause: "…thousands of stars, static site generators are the future.
// Forget…" holds no "stars static" and no "future forget".
const CLAUSE_BREAK = /[.,;:!?()[\]{}"“”]+(?=\s|$)|\s[-–—]+\s|[–—]/
// "you're starting" is no "re starting".
const CONTRACTION = /['’](?:re|ll|ve|d|m|s)\b/gi

/**
 * Phrases from prose about a tag (the list's description, a topic's summary): its specific words by idf,
 * and adjacent word pairs ("digital preservation"), a pair that names a known concept ("game engines")
 * as clear evidence.
 */
export function proseWords(text: string, share = 1): Array<[string, number]> {
  const out: Array<[string, number]> = []
  for (const clause of text.replace(CONTRACTION, '').split(CLAUSE_BREAK)) addClause(tokenize(clause), share, out)
  return out
}

function addClause(words: readonly string[], share: number, out: Array<[string, number]>): void {
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string
    if (!isProseWord(word)) continue
    const next = words[i + 1]
    const weight = isActionOnObject(word, next) ? 0 : wordWeight(word)
    if (weight > 0) out.push([word, weight * share])
    if (next === undefined || idf(word) === 0 || idf(next) === 0 || !isProseWord(next)) continue
    // Two words together are specific even when each is everyday ("planet positions"): by their idf alone.
    const mean = (readmeIdfOfForms(word) + readmeIdfOfForms(next)) / 2
    const pair = lookupConcept([word, next]) ? 1 : Math.min(1, Math.max(0, (mean - 3) / 1.5))
    if (pair > 0) out.push([`${word} ${next}`, WEIGHTS.clear * pair * share])
  }
}

/**
 * A gerund before its object ("generating test data", "manipulating images") is what is done to the object,
 * and says something only with it: the pair counts, the verb alone does not, unless it names a concept
 * itself ("parsing", "logging").
 */
function isActionOnObject(word: string, next: string | undefined): boolean {
  return (
    next !== undefined && /^[a-z]{4,}ing$/.test(word) && isProseWord(next) && idf(next) > 0 && !lookupConcept([word])
  )
}

/**
 * The weight of a name's word that nothing knows ("clipboard" in "Clipboard Managers"): clear when it
 * is specific, down to a hint for an everyday word ("managers", "digital").
 */
export function nameWordWeight(words: string): number {
  return WEIGHTS.hint + (WEIGHTS.clear - WEIGHTS.hint) * specificity(words)
}

/**
 * A name's own weight as a phrase: strong, down to clear for a name made of words most READMEs use (its
 * rarest word's idf under 4), and a hint for a set phrase read as noise or one everyday README word.
 */
export function commonNameWeight(name: string): number {
  const words = tokenize(name)
  // A set phrase the classifier reads as noise ("open source", "blazing fast"), or a name of words many
  // READMEs use in passing: said by so many projects, it tells one from another no better than a hint.
  if (NOISE.has(words.join(' '))) return WEIGHTS.hint
  const rarest = Math.max(0, ...words.map(readmeIdfOfForms))
  // One word only: a phrase of common words ("open data") is rarer than any of them.
  if (words.length === 1 && rarest < COMMON_NAME_IDF && specialist(singular(words[0] as string)) < 0.5)
    return WEIGHTS.hint
  const readmes = Math.min(1, Math.max(0, (rarest - 2) / 2))
  // A one-word name of everyday English ("case", "reason") is as weak as a common README word.
  const single =
    words.length === 1 ? Math.max(specialist(words[0] as string), specialist(singular(words[0] as string))) : 1
  return WEIGHTS.clear + (WEIGHTS.strong - WEIGHTS.clear) * Math.min(readmes, single)
}

const NOISE = new Set(NOISE_PHRASES.map(phrase => tokenize(phrase).join(' ')))
/**
 * Below this README idf (in about one README in twelve or more) a one-word name is everyday README prose
 * ("development", "support", "example"), unless it is a technical word ("npm", "programming").
 */
const COMMON_NAME_IDF = 2.5

/**
 * The known concepts a piece of prose names, longest runs first: "Tools for Kubernetes clusters: Helm
 * charts and kubectl" → kubernetes, helm charts, kubectl. Runs of stop-words are no concept.
 */
export function proseConcepts(text: string): Array<{ words: string } & NonNullable<ReturnType<typeof lookupConcept>>> {
  const words = tokenize(text)
  const out: Array<{ words: string } & NonNullable<ReturnType<typeof lookupConcept>>> = []
  for (let i = 0; i < words.length;) {
    let length = Math.min(3, words.length - i)
    for (; length >= 1; length--) {
      const span = words.slice(i, i + length)
      if (span.every(w => idf(w) === 0) || !/[a-z]/.test(span.join(''))) continue
      const known = lookupConcept(span)
      if (known) {
        out.push({ words: span.join(' '), ...known })
        break
      }
    }
    i += Math.max(1, length)
  }
  return out
}
