import { DATA_TOPICS } from './data.js'
import { DEV_TOPICS } from './dev.js'
import { DOMAIN_TOPICS } from './domains.js'
import { I18N_TOPICS } from './i18n.js'
import { LANGUAGE_TOPICS } from './languages.js'
import { LIST_SECTION_TOPICS } from './list-sections.js'
import { MORE_TOPICS } from './more.js'
import { OPS_TOPICS } from './ops.js'
import { SOCIETY_TOPICS } from './society.js'
import { normalizeTagName } from '../tags/normalize.js'
import { entryPhrases, isNameOf, phraseList, type LexiconEntry } from './types.js'
import { WEB_TOPICS } from './web.js'

export { NOISE_PHRASES } from './noise.js'
export { entryPhrases, isNameOf, WEIGHTS, type LexiconEntry } from './types.js'

/** Entries sharing a key become one: their aliases and phrases joined (the first says whether it is generic or a platform). */
function mergeByKey(entries: readonly LexiconEntry[]): LexiconEntry[] {
  const merged = new Map<string, LexiconEntry>()
  const join = (a: string, b: string): string => (a && b ? `${a}, ${b}` : a || b)
  for (const entry of entries) {
    const seen = merged.get(entry.key)
    merged.set(
      entry.key,
      seen
        ? {
            key: entry.key,
            aliases: [...seen.aliases, ...entry.aliases],
            generic: seen.generic,
            platform: seen.platform,
            strong: join(seen.strong, entry.strong),
            clear: join(seen.clear, entry.clear),
            hint: join(seen.hint, entry.hint),
            weak: join(seen.weak, entry.weak),
            members: [...seen.members, ...entry.members]
          }
        : entry
    )
  }
  return [...merged.values()]
}

/**
 * Phrases by which an entry names a broader entry that lists it in turn become hints: Django's "python",
 * MySQL's "database", Helm's "kubernetes". Every Django README is a Python README, but a Python README is
 * no evidence of Django; the broader entry keeps its own phrase for the narrower one ("django" for python).
 * Of two entries that list each other, the broader is the one with more phrases.
 */
function demoteBroaderNames(entries: readonly LexiconEntry[]): LexiconEntry[] {
  const spaced = (name: string): string => name.replace(/-/g, ' ')
  const names = new Map(entries.map(entry => [entry, [entry.key, ...entry.aliases].map(spaced)]))
  const byName = new Map<string, LexiconEntry>()
  for (const entry of entries) for (const name of names.get(entry)!) if (!byName.has(name)) byName.set(name, entry)
  const phrasesOf = new Map(entries.map(entry => [entry, new Set(entryPhrases(entry).map(([phrase]) => phrase))]))
  // Each lists the other (python lists django, django lists python): the broader has more phrases.
  const breadth = new Map(entries.map(entry => [entry, phrasesOf.get(entry)!.size]))
  return entries.map(entry => {
    const broader = (phrase: string): boolean => {
      // An entry's own names are its own, whatever broader entry also takes them as aliases.
      if (names.get(entry)!.includes(phrase)) return false
      const other = byName.get(phrase)
      return (
        !!other &&
        other !== entry &&
        names.get(entry)!.some(name => phrasesOf.get(other)!.has(name)) &&
        breadth.get(other)! > breadth.get(entry)!
      )
    }
    const demoted = [...phraseList(entry.strong), ...phraseList(entry.clear)].filter(broader)
    if (demoted.length === 0) return entry
    const keep = (list: string): string =>
      phraseList(list)
        .filter(phrase => !demoted.includes(phrase))
        .join(', ')
    return {
      ...entry,
      strong: keep(entry.strong),
      clear: keep(entry.clear),
      hint: [...phraseList(entry.hint), ...demoted].join(', ')
    }
  })
}

const LANGUAGE_KEYS: ReadonlySet<string> = new Set(LANGUAGE_TOPICS.map(entry => entry.key))

/** Whether an entry is a programming language or runtime (python, go, nodejs…). */
export const isLanguage = (entry: LexiconEntry | undefined): boolean =>
  entry !== undefined && LANGUAGE_KEYS.has(entry.key)

/** Whether a lexicon key is a programming language's or runtime's. */
export const isLanguageKey = (key: string): boolean => LANGUAGE_KEYS.has(key)

/** Every topic the built-in lexicon knows, keyed by normal tag form. */
export const LEXICON: readonly LexiconEntry[] = demoteBroaderNames(
  mergeByKey([
    ...DEV_TOPICS,
    ...WEB_TOPICS,
    ...DATA_TOPICS,
    ...OPS_TOPICS,
    ...DOMAIN_TOPICS,
    ...LANGUAGE_TOPICS,
    ...MORE_TOPICS,
    ...LIST_SECTION_TOPICS,
    ...I18N_TOPICS,
    ...SOCIETY_TOPICS
  ])
)

const BY_NAME = new Map<string, LexiconEntry>()
for (const entry of LEXICON) if (!BY_NAME.has(entry.key)) BY_NAME.set(entry.key, entry)
for (const entry of LEXICON) for (const alias of entry.aliases) if (!BY_NAME.has(alias)) BY_NAME.set(alias, entry)

/**
 * The lexicon entry for a tag's normal form or any of its aliases' normal forms: a list that says
 * `kubernetes` gets the `k8s` entry. Keys win over aliases; the first name that is known wins.
 * @example findLexiconEntry(['kubernetes'])?.key === 'k8s'
 */
export function findLexiconEntry(normals: readonly string[]): LexiconEntry | undefined {
  for (const normal of normals) {
    const entry = BY_NAME.get(normal)
    if (entry) return entry
  }
  return undefined
}

// Strong phrases by normal form, with every entry that lists one: "search engine" → search.
const BY_PHRASE = new Map<string, LexiconEntry[]>()
for (const entry of LEXICON)
  for (const phrase of phraseList(entry.strong)) {
    const normal = normalizeTagName(phrase)
    if (!normal || BY_NAME.has(normal)) continue
    const entries = BY_PHRASE.get(normal) ?? []
    if (!entries.includes(entry)) entries.push(entry)
    BY_PHRASE.set(normal, entries)
  }

/**
 * Of the entries that list a phrase, the one its head (last word) names: "code editor" → editor, not ide.
 * A generic head gives way to a specific entry an earlier word names: "agent framework" → agent, not
 * framework. None when the head names none of them ("http requests": http or http client).
 */
function namedByPhrase(normal: string, entries: readonly LexiconEntry[]): LexiconEntry | undefined {
  if (entries.length === 1) return entries[0]
  const words = normal.split('-')
  const namedBy = (word: string | undefined) =>
    word === undefined ? undefined : entries.find(entry => isNameOf(entry, word))
  const head = namedBy(words[words.length - 1])
  if (!head?.generic) return head
  for (let i = words.length - 2; i >= 0; i--) {
    const specific = namedBy(words[i])
    if (specific && !specific.generic) return specific
  }
  return head
}

/**
 * The lexicon entry one of whose strong phrases a normal form is (see namedByPhrase when several entries
 * list it): a list that says "Tree Shaking" or "Testing Frameworks" reaches what the lexicon knows of them.
 * @example findEntryByPhrase(['tree-shaking'])?.key === 'bundler'
 */
export function findEntryByPhrase(normals: readonly string[]): LexiconEntry | undefined {
  for (const normal of normals) {
    const entries = BY_PHRASE.get(normal)
    const entry = entries && namedByPhrase(normal, entries)
    if (entry) return entry
  }
  return undefined
}
