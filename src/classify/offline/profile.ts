import { isLanguageTopic, specialist, type KnowledgeTopic } from '../../knowledge/index.js'
import {
  entryPhrases,
  findLexiconEntry,
  isLanguage,
  isLanguageKey,
  WEIGHTS,
  type LexiconEntry
} from '../../lexicon/index.js'
import type { TagEntry } from '../../tags/types.js'
import type { EvidenceSource } from '../types.js'
import { describingText } from './description.js'
import { isBroad, isEntryAsKind, lookupConcept, nameConcepts, prepositionObject, type Concept } from './concepts.js'
import { readmeIdfOfForms, singular } from './specificity.js'
import { stems, variants } from './forms.js'
import { tokenize } from './tokenize.js'
import { commonNameWeight, nameWordWeight, proseConcepts, proseWords } from './word-weights.js'

export type FacetRole = 'whole' | 'head' | 'modifier' | 'activity'

/** A phrase of a tag's profile: how much it says, and which part of the profile it came from. */
export interface ProfilePhrase {
  readonly weight: number
  readonly source: EvidenceSource
}

/**
 * One part of what a tag is about. A one-concept tag ("database") has one facet; a name that combines
 * concepts ("PHP Frameworks") has one for the whole name and one per concept, each saturating on its
 * own, so a README full of PHP but with no framework scores below one that has both.
 */
export interface Facet {
  /** The whole tag, the head concept of its name, a modifier of that head, or an activity word that qualifies it. */
  readonly role: FacetRole
  /** How much of the tag's score this facet can bring. */
  readonly importance: number
  /** Broad (framework, library, server…): damped, since READMEs mention these in passing. */
  readonly generic: boolean
  readonly phrases: Map<string, ProfilePhrase>
  /** Which concept the facet stands for (for tests and debugging). */
  readonly label: string
}

export interface TagProfile {
  readonly facets: readonly Facet[]
  /** The name is a platform, form or protocol (AWS, CLI, HTTP) the lexicon knows: scored a little lower. */
  readonly platform: boolean
  /** The name is a programming language or its runtime and nothing more ("Python", "JVM and JDK"). */
  readonly language: boolean
  /** Lexicon entries the profile drew on (their phrases do not also become blockers). */
  readonly lexiconKeys: readonly string[]
}

/** Share of the score a modifier concept ("PHP" in "PHP Frameworks") can bring, against 1 for the head. */
export const MODIFIER_IMPORTANCE = 0.6
/** A name that is only an alias of a broader lexicon entry ("sass" of css) takes its weaker phrases at this share. */
const ALIAS_SHARE = 0.6
/**
 * A narrower head ("coding agents") beside the tag that names its entry ("AI Agents") takes the entry's
 * words at this share of a hint: they are the other tag's evidence, and its modifiers ("AI") would double
 * them. On a held-out list with both, hit@1 0.667 → 0.733, precision 0.727 → 0.780, one hit@3 fewer.
 */
const BESIDE_SHARE = 0.5
/** A concept a tag's description names brings its lexicon phrases at this share. */
const DESCRIBED_SHARE = 0.5
/** …when its words are this specific (README idf / 4): "web" or "files" name too much to expand. */
const DESCRIBED_SPECIFIC = 0.7
/** Topic summaries are one sentence of general prose: their words count this share of a description's. */
const SUMMARY_SHARE = 0.5

/** Words of English grammar that featured topics use as aliases: every README says them. */
const FUNCTION_WORDS = new Set(['as', 'if', 'vs', 'or', 'and', 'to', 'in', 'on', 'at', 'of', 'by', 'it', 'is', 'do'])

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

class FacetBuilder {
  readonly phrases = new Map<string, ProfilePhrase>()
  constructor(
    readonly label: string,
    readonly role: FacetRole,
    public generic = false
  ) {}

  /** Adds a phrase and its plural/singular forms, keeping the highest weight any part of the profile gives. */
  put(phrase: string, weight: number, source: EvidenceSource): void {
    for (const form of variants(phrase, source !== 'lexicon')) {
      if (!form) continue
      const seen = this.phrases.get(form)
      if (!seen || seen.weight < weight) this.phrases.set(form, { weight, source })
    }
  }

  /** Adds a phrase only where no other part of the profile weighs it already. */
  putNew(phrase: string, weight: number, source: EvidenceSource): void {
    for (const form of variants(phrase, source !== 'lexicon'))
      if (!this.phrases.has(form)) this.phrases.set(form, { weight, source })
  }

  /**
   * Adds a lexicon entry's phrases: all of them; the strong ones and the rest reduced; all reduced (the
   * entry is another tag's, and its words are this one's context), or, for a narrower head beside the tag
   * that names the entry, less still; the strong ones only; or, for a narrower name, the strong ones as clear
   * and the rest as hints, where the profile has no weight for them.
   */
  addEntry(entry: LexiconEntry, how: 'full' | 'reduced' | 'context' | 'beside' | 'strong' | 'narrower' = 'full'): void {
    for (const [phrase, weight] of entryPhrases(entry))
      if (how === 'full') this.put(phrase, weight, 'lexicon')
      else if (how === 'narrower')
        this.putNew(phrase, weight >= WEIGHTS.strong ? WEIGHTS.clear : Math.min(weight, WEIGHTS.hint), 'lexicon')
      else if (how === 'reduced') this.put(phrase, weight >= WEIGHTS.strong ? weight : weight * ALIAS_SHARE, 'lexicon')
      else if (how === 'context') this.put(phrase, Math.min(weight, WEIGHTS.hint), 'lexicon')
      else if (how === 'beside') this.put(phrase, Math.min(weight, WEIGHTS.hint) * BESIDE_SHARE, 'lexicon')
      else if (weight >= WEIGHTS.strong) this.put(phrase, weight, 'lexicon')
    if (entry.generic) this.generic = true
    // An umbrella's members ("DevOps": monitoring, CI/CD…) say what it takes in: their strong phrases, as
    // clear ones, where the umbrella does not weigh them itself ("monitoring" alone stays a DevOps hint: a
    // load tester that also monitors is no DevOps tool).
    if (how !== 'strong')
      for (const key of entry.members) {
        const member = findLexiconEntry([key])
        if (member)
          for (const [phrase, weight] of entryPhrases(member))
            if (weight >= WEIGHTS.strong) this.putNew(phrase, WEIGHTS.clear, 'lexicon')
      }
  }

  /**
   * Adds what the topics data says of a concept. Where the lexicon knows the concept too, its weighing
   * stands: the topic only adds names it lacks, a single word as a hint ("test" is no testing tool).
   */
  addTopic(topic: KnowledgeTopic, full: boolean, lexiconToo = false): void {
    const spaced = (name: string): string => name.replace(/-/g, ' ')
    if (lexiconToo) {
      for (const name of [topic.topic, topic.display ?? '', ...(topic.aliases ?? [])].map(spaced))
        if (name) this.putNew(name, name.includes(' ') ? WEIGHTS.clear : WEIGHTS.hint, 'topics')
      return
    }
    this.put(spaced(topic.topic), commonNameWeight(spaced(topic.topic)), 'topics')
    // A display name of one everyday word ("CASE" of casejs) is weak as such an alias is.
    if (topic.display)
      this.put(
        topic.display,
        tokenize(topic.display).length > 1
          ? commonNameWeight(topic.display)
          : Math.min(commonNameWeight(topic.display), nameWordWeight(topic.display)),
        'topics'
      )
    // An alias or related topic of one short or everyday word ("fs", "test", "cases") says less; a function
    // word ("if" of interactive fiction, "vs" of Visual Studio, "as" of AssemblyScript) says nothing.
    for (const alias of topic.aliases ?? [])
      if (!FUNCTION_WORDS.has(alias))
        this.put(spaced(alias), alias.includes('-') ? WEIGHTS.clear : nameWordWeight(alias), 'topics')
    if (!full) return
    for (const related of topic.related ?? [])
      this.putNew(
        spaced(related),
        WEIGHTS.hint * (related.includes('-') ? 1 : nameWordWeight(related) / WEIGHTS.clear),
        'topics'
      )
    if (topic.summary)
      for (const [phrase, weight] of proseWords(topic.summary, SUMMARY_SHARE)) this.putNew(phrase, weight, 'topics')
  }

  /**
   * A concept the tag's description names ("Tools for Kubernetes clusters"): its own words as clear
   * evidence, by how specific they are, and, when they are specific enough, its lexicon entry's strong and
   * clear phrases at DESCRIBED_SHARE.
   */
  addDescribed(concept: { words: string; entry?: LexiconEntry; via?: string }, corroborated = false): void {
    const specific = describedSpecificity(concept)
    // An everyday word that is only a byword of an entry ("stores" of e-commerce) may mean something else
    // in this description: a hint whatever its idf, and the entry's phrases do not come with it, unless
    // another concept of the description names the same entry ("books, tutorials and courses").
    const byword = !corroborated && isByword(concept)
    this.put(concept.words, byword ? WEIGHTS.hint : Math.max(WEIGHTS.hint, WEIGHTS.clear * specific), 'description')
    if (concept.entry && specific >= DESCRIBED_SPECIFIC && !byword)
      for (const [phrase, weight] of entryPhrases(concept.entry))
        if (weight >= WEIGHTS.clear) this.putNew(phrase, weight * DESCRIBED_SHARE, 'lexicon')
  }

  build(): Facet {
    const importance = this.role === 'modifier' || this.role === 'activity' ? MODIFIER_IMPORTANCE : 1
    return { label: this.label, role: this.role, importance, generic: this.generic, phrases: this.phrases }
  }
}

/**
 * Whether one of the names is the entry itself: its key (or plural), a name whose head word is the key
 * ("Text Editors" of editor), or one that shares a word of a compound key ("Game Development" of
 * game-engine), rather than a narrower alias ("sass" of css, "gitlab" of git). README only, a held-out
 * list of awesome-rust's headings +1 hit@1; the dev sets unchanged.
 */
function namesKey(entry: LexiconEntry, names: readonly string[]): boolean {
  const keyWords = entry.key.split('-')
  return names.some(name => {
    const words = tokenize(name)
    if (words.length === 0) return false
    const last = singular(words[words.length - 1] as string)
    if ([words.join('-'), [...words.slice(0, -1), last].join('-'), last].includes(entry.key)) return true
    // A name that shares a word with a compound key is the entry's kind named otherwise ("Game Development"
    // of game-engine, "Images" of image-processing), not a product within it; beside a one-word key, a
    // name that adds a kind ("CSS Frameworks" of css) is narrower.
    return keyWords.length > 1 && words.some(word => keyWords.includes(singular(word)))
  })
}

/**
 * How a head that is a narrower phrase of its entry ("coding agents" of agent, "integration tests" of
 * testing) takes the entry: its strongest words as clear ones, or, where another tag of the list reaches
 * that entry whole ("AI Agents" beside "AI Coding Agents"), as weak hints only (BESIDE_SHARE), since the
 * entry's words are that tag's and would not tell the two apart. A head that names its entry, or the entry
 * as a kind of package ("testing frameworks"), takes it whole (undefined).
 */
function narrowerHead(
  concept: Concept,
  known: ReturnType<typeof knownName>,
  sharedEntries: ReadonlySet<string>,
  reached: ReadonlySet<string>
): 'narrower' | 'beside' | undefined {
  const entry = concept.entry
  if (!entry || concept.via !== 'phrase' || isEntryAsKind(tokenize(concept.words), entry)) return undefined
  const own = (known?.entry ?? known?.broader)?.key === entry.key
  return (own ? sharedEntries.has(entry.key) : reached.has(entry.key)) ? 'beside' : 'narrower'
}

/** A concept's phrases: the head's whole lexicon entry and topic; a modifier's own names only. */
function addConcept(
  facet: FacetBuilder,
  concept: Pick<Concept, 'entry' | 'topic' | 'words' | 'abbreviation'>,
  full: boolean,
  entryAs?: 'narrower' | 'beside'
): void {
  // A modifier reached through a lexicon alias ("web" → http) keeps to its own words, not the entry's.
  const ownEntry =
    concept.entry && variants(concept.entry.key.replace(/-/g, ' '), true).includes(singular(concept.words))
  if (concept.entry && (full || ownEntry)) facet.addEntry(concept.entry, entryAs ?? (full ? 'full' : 'strong'))
  if (concept.topic) facet.addTopic(concept.topic, full, Boolean(concept.entry))
  const known = concept.entry || concept.topic
  // Words a name abbreviates are a term of art, however everyday each word is ("capture the flag").
  const weight = known
    ? full
      ? WEIGHTS.strong
      : WEIGHTS.clear
    : Math.max(nameWordWeight(concept.words), concept.abbreviation ? WEIGHTS.clear : 0)
  facet.put(concept.words, weight, 'name')
  if (concept.abbreviation) facet.put(concept.abbreviation, weight, 'name')
  if (!known) for (const form of stems(concept.words)) facet.putNew(form, weight, 'name')
}

/** The lexicon entry or featured topic a tag's name (or else one of its aliases) reaches whole. */
function knownName(tag: TagEntry): ReturnType<typeof lookupConcept> {
  for (const name of [tag.name, ...tag.aliases]) {
    const known = lookupConcept(tokenize(name))
    if (known) return known
  }
  return null
}

/**
 * How a list's tags reach lexicon entries, from one lookup per tag: the entries some tag names by the
 * entry's own name (not an alias or a phrase of it), those two or more tags reach (by name, alias or
 * phrase, or as a narrower name), all that any tag reaches so, and per entry the tags (by index) that
 * reach it through one of its aliases or strong phrases ("Discord Bots" and "Telegram Bots", both of bots).
 */
export function listEntries(tags: readonly TagEntry[]): {
  namedByKey: Set<string>
  reachedTwice: Set<string>
  reached: Set<string>
  byOtherName: Map<string, number[]>
} {
  const namedByKey = new Set<string>()
  const seen = new Set<string>()
  const reachedTwice = new Set<string>()
  const byOtherName = new Map<string, number[]>()
  tags.forEach((tag, index) => {
    const known = knownName(tag)
    if (known?.entry && known.via === 'key') namedByKey.add(known.entry.key)
    if (known?.entry && (known.via === 'alias' || known.via === 'phrase')) {
      const group = byOtherName.get(known.entry.key)
      if (group) group.push(index)
      else byOtherName.set(known.entry.key, [index])
    }
    const key = (known?.entry ?? known?.broader)?.key
    if (!key) return
    if (seen.has(key)) reachedTwice.add(key)
    seen.add(key)
  })
  return { namedByKey, reachedTwice, reached: seen, byOtherName }
}

/**
 * Everything the classifier looks for to find one tag: its name, plural and singular, and aliases
 * (strong); the lexicon entry and featured topic the name reaches, whole or through the concepts it
 * combines (head and modifiers, each a facet of its own); and its description's specific words.
 */
export function buildProfile(
  tag: TagEntry,
  ownedElsewhere: ReadonlySet<string> = new Set(),
  sharedEntries: ReadonlySet<string> = new Set(),
  reached: ReadonlySet<string> = new Set()
): TagProfile {
  const whole = new FacetBuilder(tag.name, 'whole')
  const lexiconKeys: string[] = []
  const names = [tag.name, ...tag.aliases]
  const known = knownName(tag)
  const byAlias = known?.entry !== undefined && known.via === 'alias' && !namesKey(known.entry, names)
  // The list also has the entry's own tag ("git" beside "GitHub", "ai" beside "Generative AI"): that tag
  // owns the entry's words, and this one is told apart by its own name.
  const sibling = known?.entry !== undefined && known.via === 'alias' && ownedElsewhere.has(known.entry.key)
  if (known?.entry) {
    // A name the lexicon knows only as an alias of a broader entry ("sass" of css, "gitlab" of git) takes
    // the entry's strong phrases, and its other phrases at a reduced weight: the broader topic's words hint at it.
    whole.addEntry(known.entry, sibling ? 'context' : byAlias ? 'reduced' : 'full')
    lexiconKeys.push(known.entry.key)
  }
  if (known?.topic) whole.addTopic(known.topic, true, Boolean(known.entry))
  // A narrower name ("Test automation" of testing) with its own topic takes the broader entry's strongest
  // words as clear ones where it is the list's only tag of that entry: beside "Testing", or beside
  // "Integration testing" too, those words would not tell the tags apart.
  if (known?.broader && !sharedEntries.has(known.broader.key)) whole.addEntry(known.broader, 'narrower')
  // The name itself: strong unless the lexicon weighs that phrase already (e.g. 'data' is weak), or it
  // is a word every README uses ("support", "example", "open source" as tags).
  const nameWeight = known?.entry ? WEIGHTS.clear : commonNameWeight(tag.name)
  // Beside the entry's own tag, the name is what tells this one apart: it weighs what the entry gives it
  // ("css framework" strong in css; "github" a hint in git, since every README links there), at least clear.
  const entryWeight = sibling ? new Map(entryPhrases(known!.entry!)) : undefined
  // A name the lexicon knows by an alias or phrase ("Passwords" of authentication, where "password" is a hint)
  // is the user's own word for the tag: at least clear, unless READMEs use it everywhere ("Files").
  const ownWord = known?.entry !== undefined && known.via !== 'key' && commonNameWeight(tag.name) > WEIGHTS.clear
  for (const form of variants(tag.name, true))
    if (entryWeight) whole.put(form, Math.max(nameWeight, entryWeight.get(form) ?? 0), 'name')
    else if (ownWord) whole.put(form, nameWeight, 'name')
    else whole.putNew(form, nameWeight, 'name')
  if (!known) for (const form of stems(tag.name)) whole.putNew(form, WEIGHTS.clear, 'name')
  // Aliases the list gives are the user's own words for the tag: always strong.
  for (const alias of tag.aliases) whole.put(alias, WEIGHTS.strong, 'alias')
  // A name of several words that a featured topic knows by other words than the user's ("Browser Games" of
  // browser-game) is also read by its parts: the topic's few names are not all a README of that kind says.
  // A list of the topics' own names ("browser-game") keeps to the topics.
  const reworded = known !== null && !known.entry && tokenize(tag.name).length > 1 && known.topic?.topic !== tag.normal
  const concepts = known && !reworded ? [] : nameConcepts(tag.name, reworded)
  const someKnown = concepts.some(c => c.entry || c.topic)
  const description = tag.description ? describingText(tag.description) : ''
  // Where the name says what the tag is, a description's phrase of some other concept is context ("cheat
  // sheets for various programming languages"): a hint, not the tag's identity.
  const context = known || someKnown ? otherConcept([known, ...concepts]) : () => null
  for (const [phrase, weight] of proseWords(description)) {
    const other = context(phrase)
    // "…to and from Java objects", "…between different Java versions": the language of the list's
    // ecosystem, which every README of it names (score.ts, LANGUAGE_DAMPING), says nothing of this tag.
    if (other && isLanguage(other.entry)) continue
    whole.putNew(phrase, other ? Math.min(weight, WEIGHTS.hint) : weight, 'description')
  }
  if (GENERIC_NAMES.has(tag.normal)) whole.generic = true

  const facets = [whole]
  if (!known && (concepts.length === 1 || !someKnown)) {
    // Words nothing knows ("Clipboard Managers") are read together: which of them is the head says
    // little when none has a profile of its own.
    for (const concept of concepts) addConcept(whole, concept, true)
  } else if (concepts.length > 1 && someKnown)
    for (const found of concepts) {
      // A part that reaches the name's own topic ("resets" of css-reset in "CSS Resets") brings only its
      // words: the topic is the whole name's, and as a part it would be damped and gated as a broad head.
      const concept =
        reworded && found.topic === known?.topic
          ? { ...found, topic: undefined }
          : // …and a head that only an alias ties to an entry may mean something else there: the consoles
            // of "Fantasy Consoles" are game machines, not the terminal consoles the alias stands for.
            reworded && found.head && found.via === 'alias'
            ? { ...found, entry: undefined }
            : found
      const facet = new FacetBuilder(concept.words, concept.activity ? 'activity' : concept.head ? 'head' : 'modifier')
      addConcept(
        facet,
        concept,
        concept.head,
        concept.head ? narrowerHead(concept, known, sharedEntries, reached) : undefined
      )
      // A reworded topic's head is broader than the topic ("games" of browser games): gated and damped
      // as a broad head is, so that it adds to the topic's evidence rather than standing for it.
      if (reworded && concept.head) facet.generic = true
      if (concept.entry) lexiconKeys.push(concept.entry.key)
      facets.push(facet)
    }
  // A name that reaches nothing known ("Zorblax", "Tag 17") leaves the description to say what the tag
  // is: the concepts it names count as the name's would.
  if (!known && !someKnown && description) {
    const described = proseConcepts(description).filter(concept => !broadConcept(concept))
    for (const concept of described) whole.addDescribed(concept, corroborated(concept, described))
  }
  // A known name's description counts by its words, and by the concepts it lists as members of the tag
  // ("Developer Tools: linters, test frameworks, editors and IDEs"), unless it is the topics data's own
  // summary of the topic, which the profile has read already.
  else if (description && !isTopicSummary(description, known?.topic)) {
    // The members of a broad tag are no broad topics: a facet of their own, not damped as "tools" is.
    const members = whole.generic ? new FacetBuilder('members', 'whole') : whole
    // A specific topic's description lists its aspects after "like" or "such as" ("Green Software … considers
    // factors like networking, storage footprint…"), not members: only a list that is the sentence counts.
    const specific = known?.entry !== undefined && !known.entry.generic && known.entry.members.length === 0
    // Languages listed ("crawling frameworks for Python, Go, Rust and PHP") are what the members are written in
    // or for, unless the tag is about languages itself. On a fresh held-out Explore list, README only, +1 hit@1
    // and four wrong tags fewer (the Rust compiler and a Ruby framework were tagged as web scraping).
    const languagesToo = known?.entry?.key === LANGUAGES_KEY || (known !== null && namesLanguage(known))
    for (const concept of enumeratedConcepts(description, !specific, languagesToo)) members.addDescribed(concept)
    if (members !== whole && members.phrases.size > 0) facets.push(members)
  }
  // A phrase counts once per tag: where a concept has it, the description's copy goes. The name's own
  // forms stay whoever put them first ("puzzle games" from the topics data, also a phrase of the games head).
  const nameForms = new Set(variants(tag.name, true))
  for (const facet of facets.slice(1))
    for (const phrase of facet.phrases.keys()) {
      const seen = whole.phrases.get(phrase)
      if (seen && seen.source !== 'name' && seen.source !== 'alias' && !nameForms.has(phrase))
        whole.phrases.delete(phrase)
    }
  // A language or its runtime and nothing more ("Python", "JVM and JDK"); "Playdate in Rust" is more.
  const language = known ? namesLanguage(known) : concepts.length > 0 && concepts.every(namesLanguage)
  return { facets: facets.map(f => f.build()), lexiconKeys, platform: known?.entry?.platform === true, language }
}

/** The lexicon's entry for programming languages as a kind. */
const LANGUAGES_KEY = 'language'

/**
 * The known concepts a description lists as members of the tag ("Linters, test frameworks, editors and
 * IDEs"): the short items (four words at most) of a sentence that is an enumeration of three or more of
 * them, each a specific, non-generic lexicon entry that is no byword. Prose that names a concept in passing
 * ("they force developers to work within constraints on memory") lists nothing. With `introducedToo` false,
 * a list a word introduces ("complete with …", "factors like …") lists nothing either.
 */
function enumeratedConcepts(
  description: string,
  introducedToo = true,
  languagesToo = true
): ReturnType<typeof proseConcepts> {
  const out: ReturnType<typeof proseConcepts> = []
  for (const sentence of description.split(/[.!?:]\s|\n/)) {
    // A list may start after the word that introduces it: "…, complete with testing, logging and profiling".
    const introduced = /^.*\b(?:with|including|such as|like|e\.g\.)\s+(?=[^,]*,)/i.exec(sentence)
    if (introduced && !introducedToo) continue
    const listed = introduced ? sentence.slice(introduced[0].length) : sentence
    // Three items or more are written with commas ("A, B and C"); without one, "and" joins words of one
    // phrase ("serializing and deserializing JSON to and from Java objects").
    if (!/[,;]/.test(listed)) continue
    const items = listed
      .split(/,|;|\band\b|\bor\b/)
      .map(item => item.trim())
      .filter(Boolean)
    const short = items.filter(item => tokenize(item).length <= 4)
    if (short.length < 3 || short.length < items.length - 1) continue
    for (const item of short) {
      // "Frameworks written in Swift", "tools for PHP": the item's language or platform is no member.
      const object = prepositionObject(tokenize(item))
      const context = object.length > 0 ? lookupConcept(object)?.entry : undefined
      for (const concept of proseConcepts(item))
        if (
          concept.entry &&
          concept.entry !== context &&
          !concept.entry.generic &&
          (languagesToo || !namesLanguage(concept)) &&
          !isByword(concept) &&
          describedSpecificity(concept) >= DESCRIBED_SPECIFIC
        )
          out.push(concept)
    }
  }
  return out
}

/**
 * How specific a described concept is, 0 to 1: the rarest word's README idf (commoner number) / 4, and 1 for
 * a phrase of several words the lexicon knows ("test frameworks"), specific as a whole however common its words.
 */
function describedSpecificity(concept: { words: string; entry?: LexiconEntry }): number {
  const words = tokenize(concept.words)
  if (concept.entry && words.length > 1) return 1
  return Math.min(1, Math.max(0, ...words.map(readmeIdfOfForms)) / 4)
}

/**
 * Whether a described concept says only what every README is: a kind of package ("Libraries for …", a
 * generic lexicon entry) or a topic as broad as "code" or "programming". Such a word in a description of
 * a tag nothing else knows would be its evidence in every README.
 */
function broadConcept(concept: { words: string; entry?: LexiconEntry }): boolean {
  if (concept.entry) return concept.entry.generic === true
  return isBroad(concept.words)
}

/** Whether a tag's description is its featured topic's own summary (a list made from the topics data). */
function isTopicSummary(description: string, topic: KnowledgeTopic | undefined): boolean {
  const plain = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim()
  return topic?.summary !== undefined && plain(topic.summary) === plain(description)
}

/** The concept a phrase names when none of `own` (the name's concepts) reaches its entry or topic, else null. */
function otherConcept(
  own: ReadonlyArray<Pick<Concept, 'entry' | 'topic'> | null>
): (phrase: string) => ReturnType<typeof lookupConcept> {
  const known = new Set<unknown>(own.flatMap(c => [c?.entry, c?.topic]).filter(Boolean))
  return phrase => {
    const found = lookupConcept(tokenize(phrase))
    return found !== null && !known.has(found.entry) && !known.has(found.topic) ? found : null
  }
}

/**
 * Whether a concept is a programming language or its runtime: a language entry of the lexicon, or, where the
 * lexicon has no entry, a featured topic the lexicon knows as one or whose summary says it is.
 */
function namesLanguage(concept: Pick<Concept, 'entry' | 'topic'>): boolean {
  if (concept.entry) return isLanguage(concept.entry)
  const topic = concept.topic
  return topic !== undefined && (isLanguageKey(topic.topic) || isLanguageTopic(topic))
}

/** Whether another concept of the same description reaches the concept's lexicon entry. */
function corroborated(concept: { entry?: LexiconEntry }, described: ReadonlyArray<{ entry?: LexiconEntry }>): boolean {
  return concept.entry !== undefined && described.some(other => other !== concept && other.entry === concept.entry)
}

/** An everyday word that is only an alias of an entry ("stores" of e-commerce): it may mean something else. */
function isByword(concept: { words: string; via?: string }): boolean {
  const words = tokenize(concept.words)
  return concept.via === 'alias' && words.length === 1 && specialist(singular(words[0]!)) < 0.5
}
