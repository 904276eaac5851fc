import { entryPhrases, isLanguage, LEXICON, NOISE_PHRASES } from '../../lexicon/index.js'
import { normalizeTagName } from '../../tags/normalize.js'
import type { TagEntry, TagList } from '../../tags/types.js'
import type { EvidenceSource } from '../types.js'
import { PhraseMatcher } from './matcher.js'
import { variants } from './forms.js'
import { lookupConcept } from './concepts.js'
import { buildProfile, listEntries, type TagProfile } from './profile.js'
import { tokenize } from './tokenize.js'

/**
 * What the classifier knows about each tag of a list, compiled once per list. Phrases are counted per
 * target: one facet of one tag (see TagProfile), so each facet saturates on its own.
 */
export interface CompiledTags {
  readonly matcher: PhraseMatcher
  /** Per target: the index of its tag in the list. */
  readonly targetTag: Int32Array
  /** Per target: the share of its tag's score it can bring. */
  readonly importance: Float64Array
  /** Per target: damped because the concept is broad (lib, framework, server…). */
  readonly generic: Uint8Array
  /** Per target: 0 the whole tag, 1 the head concept of its name, 2 a modifier (see FacetRole). */
  readonly role: Uint8Array
  /** Per tag: how many modifiers its name has (0 for none); their evidence gates the head's. */
  readonly modifierCount: Uint8Array
  /** Per tag: 1 when it names a platform or form rather than a function (LexiconEntry.platform). */
  readonly platform: Uint8Array
  /**
   * Per tag: 1 when it names a programming language or its runtime only ("Python", "JVM and JDK"): READMEs
   * name the language they are written in as a matter of course.
   */
  readonly language: Uint8Array
  /**
   * Per target: 1 for a modifier that is no guess on its own (score.ts MODIFIER_ALONE): one that qualifies
   * another tag of the list too ("AI" in two "AI …" names), or a programming language ("Go" in "Go
   * Compilers"), which READMEs name as what they are written in.
   */
  readonly noGuessModifier: Uint8Array
  /**
   * Per target: 1 for a modifier that names a programming language. Its phrases never make a tag clear on
   * their own (score.ts): a README names the language it is written in whatever it does.
   */
  readonly languageModifier: Uint8Array
}

// An activity qualifier adds its evidence as a modifier does but gates nothing (concepts.ts ACTIVITIES).
const ROLE_CODES = { whole: 0, head: 1, modifier: 2, activity: 3 } as const

// A blocker keeps a compound name ("terminal emulator") from counting as its last word; a phrase that opens
// with a function word ("in the browser", "without writing code") is no compound, and its words stay free.
const LEADING_FUNCTION_WORD =
  /^(?:in|on|at|to|for|with|without|from|by|of|into|via|using|your|the|a|an|any|all|and|or|no|not) /

/**
 * Whether evidence names its tag outright: it comes from the tag's name or an alias the list gives, or it
 * is the tag's own name in another form ("Cassandra" for the topic cassandra).
 */
export function namesTag(tag: TagEntry, text: string, source: EvidenceSource | undefined): boolean {
  return source === 'name' || source === 'alias' || normalizeTagName(text) === tag.normal
}

/** A text's tokens between spaces, so that a substring test finds whole words: " ios app ". */
const spacedWords = (text: string): string => ` ${tokenize(text).join(' ')} `

/**
 * Compiles the profile of every tag of a list into one matcher. Lexicon phrases of topics no profile
 * uses are added as blockers, so "terminal emulator" never counts as "emulator" evidence even when the
 * list has no terminal tag.
 */
export function compileTags(tags: TagList): CompiledTags {
  const matcher = new PhraseMatcher()
  const targetTag: number[] = []
  const importance: number[] = []
  const generic: number[] = []
  const role: number[] = []
  const labels: string[] = []
  const used = new Set<string>()
  const { namedByKey, reachedTwice, reached, byOtherName } = listEntries(tags)
  const platform = new Uint8Array(tags.length)
  const language = new Uint8Array(tags.length)
  const twins = entryTwins(tags, byOtherName)
  const profiles = tags.map(tag => buildProfile(tag, namedByKey, reachedTwice, reached))
  twins.forEach((others, index) => leaveToTwins(tags[index]!, profiles[index]!, others))
  const heaviest = heaviestWeights(profiles)
  tags.forEach((tag, index) => {
    const profile = profiles[index]!
    if (profile.platform) platform[index] = 1
    if (profile.language) language[index] = 1
    for (const key of profile.lexiconKeys) used.add(key)
    for (const facet of profile.facets) {
      const target = targetTag.length
      targetTag.push(index)
      importance.push(facet.importance)
      generic.push(facet.generic ? 1 : 0)
      role.push(ROLE_CODES[facet.role])
      labels.push(facet.label)
      for (const [phrase, { weight, source }] of facet.phrases) {
        // A tag's own name is as strong evidence of it as of any other tag knowledge gives it to ("Cassandra"
        // of nosql): a README that names the tag does not put a broader one first. With GitHub's 1,255 topics
        // as the list, "Zorp is a <topic>." put another topic first for 26 topics, now 8; no dev or held-out
        // set moved.
        const own = facet.role === 'whole' && namesTag(tag, phrase, source)
        // A longer phrase the topics data gives must say as much as the tag's phrase inside it, which it hides
        // (the lexicon's longer phrases may weigh less on purpose: "run in docker"). seed-hg +1 hit@1 README
        // only, its precision +0.012 in two folds; nothing else moved.
        const floor = source === 'topics' ? heaviestInside(phrase, facet.phrases) : 0
        matcher.add(phrase, target, Math.max(weight, floor, own ? heaviest.get(phrase)! : 0), false, source)
      }
    }
  })
  for (const phrase of NOISE_PHRASES) matcher.add(phrase, -1, 0, true)
  for (const entry of LEXICON) {
    if (used.has(entry.key)) continue
    for (const [phrase] of entryPhrases(entry))
      for (const form of variants(phrase))
        if (form.includes(' ') && !LEADING_FUNCTION_WORD.test(form)) matcher.add(form, -1, 0)
  }
  matcher.seal()
  const modifierCount = new Uint8Array(tags.length)
  const modifierTags = new Map<string, Set<number>>()
  role.forEach((code, target) => {
    if (code !== ROLE_CODES.modifier) return
    modifierCount[targetTag[target]!] += 1
    const label = labels[target]!
    modifierTags.set(label, (modifierTags.get(label) ?? new Set()).add(targetTag[target]!))
  })
  const languageModifier = Uint8Array.from(role, (code, target) =>
    code === ROLE_CODES.modifier && namesLanguage(labels[target]!) ? 1 : 0
  )
  const noGuessModifier = Uint8Array.from(role, (code, target) =>
    code === ROLE_CODES.modifier && (modifierTags.get(labels[target]!)!.size > 1 || languageModifier[target] === 1)
      ? 1
      : 0
  )
  return {
    matcher,
    targetTag: Int32Array.from(targetTag),
    importance: Float64Array.from(importance),
    generic: Uint8Array.from(generic),
    role: Uint8Array.from(role),
    modifierCount,
    platform,
    language,
    noGuessModifier,
    languageModifier
  }
}

/** Whether a name's concept is a programming language or runtime the lexicon knows. */
function namesLanguage(words: string): boolean {
  return isLanguage(lookupConcept(tokenize(words))?.entry)
}

/**
 * The heaviest weight a facet gives a shorter phrase inside `phrase` ("machine learning" in "machine learning
 * library"): the longer one hides it when matched, so it must say at least as much.
 */
function heaviestInside(phrase: string, phrases: TagProfile['facets'][number]['phrases']): number {
  const words = phrase.split(' ')
  let out = 0
  for (let start = 0; start < words.length; start++)
    for (let end = start + 1; end <= words.length && end - start < words.length; end++) {
      const weight = phrases.get(words.slice(start, end).join(' '))?.weight ?? 0
      if (weight > out) out = weight
    }
  return out
}

/**
 * A knowledge phrase that names another of a tag's entry twins ("ios app" in android's) is that tag's, unless
 * it names this one too ("discord bot" stays with "discord-bots"): it leaves this one's profile.
 */
function leaveToTwins(tag: TagEntry, profile: TagProfile, others: readonly string[]): void {
  const own = variants(tag.name, true).map(spacedWords)
  for (const facet of profile.facets)
    for (const [phrase, { source }] of facet.phrases) {
      if (source !== 'lexicon') continue
      const spaced = spacedWords(phrase)
      if (others.some(name => spaced.includes(name)) && !own.some(name => spaced.includes(name)))
        facet.phrases.delete(phrase)
    }
}

/** Per phrase, the heaviest weight any facet of any tag gives it. */
function heaviestWeights(profiles: readonly TagProfile[]): Map<string, number> {
  const out = new Map<string, number>()
  for (const profile of profiles)
    for (const facet of profile.facets)
      for (const [phrase, { weight }] of facet.phrases) if (weight > (out.get(phrase) ?? 0)) out.set(phrase, weight)
  return out
}

/**
 * Tags that reach one lexicon entry through its aliases or phrases ("android" and "ios", both of mobile apps;
 * "Discord Bots" and "Telegram Bots") share its phrases; a phrase that names one of them ("ios app", "telegram
 * bot") is that one's. Per such tag, the others' names, in the singular too.
 */
function entryTwins(tags: TagList, byOtherName: ReadonlyMap<string, readonly number[]>): Map<number, string[]> {
  const out = new Map<number, string[]>()
  for (const group of byOtherName.values())
    if (group.length > 1)
      for (const index of group)
        out.set(
          index,
          group.filter(other => other !== index).flatMap(other => variants(tags[other]!.name, true).map(spacedWords))
        )
  return out
}
