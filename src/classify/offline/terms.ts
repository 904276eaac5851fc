import { entryPhrases, findLexiconEntry, LEXICON, NOISE_PHRASES, WEIGHTS } from '../../lexicon/index.js'
import { normalizeTagName } from '../../tags/normalize.js'
import type { TagList } from '../../tags/types.js'
import { PhraseMatcher } from './matcher.js'
import { tokenize } from './tokenize.js'

/** What the classifier knows about each tag of a list, compiled once per list. */
export interface CompiledTags {
  readonly matcher: PhraseMatcher
  /** Per tag index: damped because the tag is broad (lib, framework, server…). */
  readonly generic: readonly boolean[]
}

/** Broad tags users commonly name: damped even when the lexicon does not know them under that name. */
const GENERIC_NAMES = new Set([
  'lib',
  'library',
  'framework',
  'dev-tool',
  'tool',
  'tools',
  'server',
  'web-app',
  'app',
  'api',
  'backend',
  'data',
  'software',
  'utility',
  'utilities',
  'project'
])

// Words of a tag description that say nothing about the topic.
const STOPWORDS = new Set(
  (
    'a an and are as at be by for from in into is it its of on or that the this to with without your you ' +
    'tool tools library libraries project projects software thing things app apps application applications ' +
    'related relating about any other such like e g etc using used use based type types kind kinds'
  ).split(' ')
)

/** Plural and joined forms: "game engine" → "game engines", "gameengine". */
function variants(phrase: string): string[] {
  const tokens = tokenize(phrase)
  if (tokens.length === 0) return []
  const out = [tokens.join(' ')]
  const last = tokens[tokens.length - 1] as string
  if (/^[a-z]{3,}$/.test(last) && !/(s|ss|ing|ed)$/.test(last)) {
    const plural = /[^aeiou]y$/.test(last)
      ? `${last.slice(0, -1)}ies`
      : /(x|ch|sh)$/.test(last)
        ? `${last}es`
        : `${last}s`
    out.push([...tokens.slice(0, -1), plural].join(' '))
  }
  if (tokens.length === 2 && tokens.every(t => /^[a-z]+$/.test(t))) out.push(tokens.join(''))
  return out
}

/**
 * Simple stems of a name's last word, for tags the lexicon does not know: "scraping" → "scrape",
 * "scraper", "scrapers"; "logging" → "log", "logger"; "editing" → "edit", "editor".
 */
function stems(phrase: string): string[] {
  const tokens = tokenize(phrase)
  const last = tokens[tokens.length - 1] ?? ''
  if (!/^[a-z]{3,}ing$/.test(last)) return []
  let base = last.slice(0, -3)
  if (/([^aeiou])\1$/.test(base)) base = base.slice(0, -1) // logging → log
  const forms = new Set([
    base,
    `${base}s`,
    `${base}e`,
    `${base}es`,
    `${base}er`,
    `${base}ers`,
    `${base}or`,
    `${base}ors`
  ])
  forms.delete(last)
  return [...forms].map(form => [...tokens.slice(0, -1), form].join(' '))
}

/** Content words and adjacent pairs of a description, as weak and hint phrases. */
function descriptionPhrases(description: string): Array<[string, number]> {
  const words = tokenize(description).filter(word => word.length >= 3 && !STOPWORDS.has(word) && !/^\d+$/.test(word))
  const out: Array<[string, number]> = words.map(word => [word, WEIGHTS.hint])
  for (let i = 0; i + 1 < words.length; i++) out.push([`${words[i]} ${words[i + 1]}`, WEIGHTS.clear])
  return out
}

/**
 * Compiles the phrases of every tag of a list into one matcher: the lexicon entry (found by the tag's
 * name or aliases), the tag's own name and aliases (strong), and its description's words (weak).
 * Lexicon phrases of topics the list lacks are added as blockers, so "terminal emulator" never counts
 * as "emulator" evidence even when the list has no terminal tag.
 */
export function compileTags(tags: TagList): CompiledTags {
  const matcher = new PhraseMatcher()
  const generic: boolean[] = []
  const used = new Set<string>()
  tags.forEach((tag, index) => {
    const names = [tag.normal, ...tag.aliases.map(normalizeTagName)].filter(Boolean)
    const entry = findLexiconEntry(names)
    const phrases = new Map<string, number>()
    const put = (phrase: string, weight: number): void => {
      for (const form of variants(phrase)) phrases.set(form, Math.max(weight, phrases.get(form) ?? 0))
    }
    if (entry) {
      used.add(entry.key)
      for (const [phrase, weight] of entryPhrases(entry)) put(phrase, weight)
    }
    // The tag's name: strong unless the lexicon already weighs that phrase (e.g. 'data' is weak). Aliases
    // the list gives are the user's own words for the tag: always strong.
    for (const form of variants(tag.name))
      if (!phrases.has(form)) phrases.set(form, entry ? WEIGHTS.clear : WEIGHTS.strong)
    if (!entry) for (const form of stems(tag.name)) if (!phrases.has(form)) phrases.set(form, WEIGHTS.clear)
    for (const alias of tag.aliases) put(alias, WEIGHTS.strong)
    if (tag.description)
      for (const [phrase, weight] of descriptionPhrases(tag.description)) if (!phrases.has(phrase)) put(phrase, weight)
    for (const [phrase, weight] of phrases) matcher.add(phrase, index, weight)
    generic.push((entry?.generic ?? false) || GENERIC_NAMES.has(tag.normal))
  })
  for (const phrase of NOISE_PHRASES) matcher.add(phrase, -1, 0, true)
  for (const entry of LEXICON) {
    if (used.has(entry.key)) continue
    for (const [phrase] of entryPhrases(entry))
      for (const form of variants(phrase)) if (form.includes(' ')) matcher.add(form, -1, 0)
  }
  matcher.seal()
  return { matcher, generic }
}
