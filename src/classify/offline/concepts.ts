import { findTopic, idf, readmeIdf, specialist, type KnowledgeTopic } from '../../knowledge/index.js'
import { findEntryByPhrase, findLexiconEntry, isLanguage, isNameOf, type LexiconEntry } from '../../lexicon/index.js'
import { readmeIdfOfForms, singular, specificity } from './specificity.js'
import { tokenize } from './tokenize.js'

/** What one stretch of a tag's name stands for: an entry of the lexicon and/or the topics data, or a plain word. */
export interface Concept {
  /** The words of the name it covers, e.g. 'game engines'. */
  readonly words: string
  readonly entry?: LexiconEntry
  /** How the lexicon entry was reached: by its key or a defining phrase (the entry itself), or an alias. */
  readonly via?: 'key' | 'alias' | 'phrase'
  readonly topic?: KnowledgeTopic
  /**
   * The entry a name is a narrower phrase of, where the name's own featured topic stands for it instead
   * ("test automation" of testing): its strongest words still say the name's kind of project.
   */
  readonly broader?: LexiconEntry
  /** The acronym the name defines for these words ("ctf" of "Capture The Flag (CTF)"). */
  readonly abbreviation?: string
  /** The head of the name ("checker tools" in "Code Quality Checker Tools For PHP Projects") rather than a modifier. */
  readonly head: boolean
  /** A word for what is done to the head ("processing" in "Date and Time Processing"): it qualifies, never gates. */
  readonly activity?: boolean
}

// Words that join or bound the parts of a name: what follows them qualifies the head ("… for PHP projects").
const PREPOSITIONS = new Set(['for', 'of', 'in', 'on', 'with', 'to', 'from', 'by', 'using', 'via', 'about', 'at'])

/**
 * The words after a phrase's last preposition that follows its head ("swift" of "frameworks written in
 * swift", "php" of "tools for php"), or none: what the head is for, in or with, rather than what it is.
 * A phrase that opens with its preposition ("for teachers", a fragment of a list) has no such head.
 */
export function prepositionObject(words: readonly string[]): readonly string[] {
  for (let i = words.length - 2; i >= 1; i--) if (PREPOSITIONS.has(words[i]!)) return words.slice(i + 1)
  return []
}

// Where a name says its members live ("… on GitHub"): the code host of every repository a README belongs to.
const LOCATIVE = new Set(['on', 'in', 'from', 'at'])
const HOSTS = new Set(['github'])

// Words that make a name a collection rather than a topic: "Software productivity tools", "Open source MLOps".
const FILLERS = new Set([
  'a',
  'an',
  'the',
  'open',
  'source',
  'sources',
  'opensource',
  'awesome',
  'best',
  'top',
  'useful',
  'popular',
  // What a collection says of its picks, not what they are: "Next-Generation CLI Replacements", "Modern
  // editors", "New and notable".
  'next',
  'generation',
  'modern',
  'new',
  // "Terminal-first", "offline-first": a priority, not a thing.
  'first',
  'notable',
  'better',
  'curated',
  'essential',
  'essentials',
  // What a collection shows its topic by: "GitHub Pages examples" are about GitHub Pages.
  'example',
  'examples',
  'sample',
  'samples',
  'demo',
  'demos',
  'tool',
  'tools',
  // Kinds of package: "Caching Libraries" is about caching, whatever form the code takes.
  'library',
  'libraries',
  'package',
  'packages',
  'module',
  'modules',
  'utility',
  'utilities',
  'toolkit',
  'toolkits',
  'kit',
  'kits',
  'app',
  'apps',
  'application',
  'applications',
  'software',
  'project',
  'projects',
  'collection',
  'list',
  'resources',
  'stuff',
  'things',
  'made'
])
const CONJUNCTIONS = new Set(['and', 'or'])
// "Compilers & Interpreters", "Audio + Video", "Debugging / Profiling": signs that join two names as "and"
// does (tokenizing drops them). A plus sign or a slash only between spaces: "C++" and "CI/CD" are one name.
const COORDINATING_SIGN = /\s*&\s*|\s+[+/]\s+/g
// Endings that turn a word into another word (react → reactive, express → expression), not a compound's rest.
const WORD_SUFFIXES = new Set(['ive', 'ives', 'ion', 'ions'])
// The short rests of coined trade words: "mlops", "webdev", "vuejs", "mongodb", "devkit", "gitlab".
const TRADE_RESTS = new Set([
  'ops',
  'dev',
  'devs',
  'js',
  'db',
  'io',
  'ui',
  'kit',
  'lab',
  'hub',
  'bot',
  'api',
  'sdk',
  'cli',
  'net',
  'fs',
  'vm',
  'mail',
  'site',
  'chat'
])
const MAX_SPAN = 4
// A word in fewer README-corpus documents than this idf allows (about 1 in 150) may be a coinage.
const COINAGE_IDF = 5
// A lone last word at least this specific (0 everyday … 1 specialist) names the subject: "packaging" (1.0) in
// "Python Packaging", not an everyday word such as "processing" (0.50; since then also an activity word,
// ACTIVITIES, set aside before this test).
const SUBJECT_SPECIFICITY = 0.55

/** The normal forms a run of words may be known by: as written, singular, and joined ("risc v" → "riscv"). */
function lookupForms(words: readonly string[]): string[] {
  const last = words[words.length - 1] as string
  const single = [...words.slice(0, -1), singular(last)]
  const forms = [words.join('-'), single.join('-')]
  if (words.length > 1) forms.push(words.join(''), single.join(''))
  // An acronym's plural ("UIs", "GUIs", "CLIs") that singular() keeps, as it keeps "axis" and "bus".
  if (single[single.length - 1] === last && /^[a-z]{2,3}s$/.test(last))
    forms.push([...words.slice(0, -1), last.slice(0, -1)].join('-'))
  return [...new Set(forms)]
}

/** The lexicon entry and featured topic a run of words names, if any. */
export function lookupConcept(words: readonly string[]): Pick<Concept, 'entry' | 'via' | 'topic' | 'broader'> | null {
  const forms = lookupForms(words)
  let topic: KnowledgeTopic | undefined
  for (const form of forms) if ((topic = findTopic(form))) break
  const named = findLexiconEntry(forms)
  // Else a defining phrase of an entry. Beside a topic of that name, only a phrase that is the entry's
  // name and a kind of package ("testing frameworks" → testing): "fastapi", "integration testing" or
  // "vanilla js" are narrower than python, testing or javascript, and their topic says them better.
  const phrased = named ? undefined : findEntryByPhrase(forms)
  const entry = named ?? (phrased && (!topic || isEntryAsKind(words, phrased)) ? phrased : undefined)
  if (!entry && !topic) return null
  const via = !named ? 'phrase' : forms.includes(named.key) ? 'key' : 'alias'
  const broader = !entry && phrased ? phrased : undefined
  return { ...(entry ? { entry, via } : {}), ...(topic ? { topic } : {}), ...(broader ? { broader } : {}) }
}

/**
 * Whether words name an entry and, besides, only a kind of package: "testing frameworks" (testing, and
 * framework, a generic entry), "linting tools"; not "integration testing", a kind of testing.
 */
export function isEntryAsKind(words: readonly string[], entry: LexiconEntry): boolean {
  const names = (word: string) => isNameOf(entry, word) || isNameOf(entry, singular(word))
  const kind = (word: string) => FILLERS.has(word) || findLexiconEntry([word, singular(word)])?.generic === true
  return words.some(names) && words.every(word => names(word) || kind(word))
}

/**
 * What a closed compound nothing knows is about, from its known first part: "mlops" → ml (machine
 * learning), "webdev" → web, "containerlab" → container. The rest must be short (ops, dev, kit, lab): a
 * longer one would be a word of its own that the compound may not be about. A known last part after a
 * short first one is no evidence: "Warcraft" is no raft, "Sailfish" no fish shell, "showcase" no Case.js,
 * "ratios" nothing to do with iOS (seen in curated lists' names and descriptions, and in the names of
 * GitHub's featured topics; the dev sets and held-out lists answered alike without that reading).
 */
export function compoundConcept(word: string): Pick<Concept, 'entry' | 'via' | 'topic'> | null {
  // Only a coinage, rare in READMEs and in speech: a word ("defined") is not "defi" + "ned".
  // Either number: "catalogs" is the plural of a word, not "cata" + "logs".
  const coinage = (form: string) => specialist(form) >= 1 && readmeIdf(form) >= COINAGE_IDF
  if (!/^[a-z]{5,}$/.test(word) || !coinage(word) || !coinage(singular(word))) return null
  // The rest is 2 to 4 letters long.
  for (let cut = Math.max(2, word.length - 4); cut <= word.length - 2; cut++) {
    // A kind of package says nothing of the topic: a "tooltip" is no tool. A suffix that makes a word of
    // its own is no rest: "reactive" and "expression" are not about React or Express. A first part this
    // short is read only before a rest of the trade ("mlops", "webdev"): "macros" is no Mac, "cluster" no "clu".
    const first = word.slice(0, cut)
    const rest = word.slice(cut)
    if (FILLERS.has(first) || WORD_SUFFIXES.has(rest) || (first.length < 4 && !TRADE_RESTS.has(rest))) continue
    const known = lookupConcept([first])
    if (known) return known
  }
  return null
}

/**
 * Splits a multi-word name into the concepts it combines, longest known runs first: "JavaScript Game
 * Engines" → javascript + game engine (the head), "Code Quality Checker Tools For PHP Projects" →
 * code quality (head) + checker + php. Filler words ("tools", "open source") are no concept; a word
 * nothing knows becomes a concept of its own when it says something (idf above zero). The head is the
 * last known concept before a preposition (else the last word concept there).
 */
export function nameConcepts(name: string, partsOnly = false): Concept[] {
  const words = tokenize(name.replace(COORDINATING_SIGN, ' and '))
  type Found = Omit<Concept, 'head'> & { main: boolean; known: boolean; coordinate: boolean; partner?: boolean }
  const found: Found[] = []
  let main = true
  const tail = headFinalRun(words)
  const defined = definedAcronyms(name, words)
  for (let i = 0; i < words.length;) {
    const word = words[i] as string
    // "Capture The Flag (CTF)": the words the acronym spells are one term, known or not.
    const acronym = defined.get(i)
    if (acronym !== undefined) {
      const span = words.slice(i, acronym)
      const abbreviation = words[acronym] as string
      // Whichever of the two is known says what it is; the spelled-out words' entry and topic first.
      const known = { ...lookupConcept([abbreviation]), ...lookupConcept(span) }
      found.push({ words: span.join(' '), abbreviation, ...known, main, known: true, coordinate: false })
      i = acronym + 1
      continue
    }
    // A leading gerund names an activity on what follows ("Hacking Minecraft", "Learning Rust"): the
    // object is the concept, and a README about it need not use the verb. "Operating Systems" is one run.
    // The gerund is the concept itself when no object follows ("Modding Tools"), or when it is known and
    // paired with another ("Caching and Locking").
    const gerund =
      i === 0 &&
      /^[a-z]{3,}ing$/.test(word) &&
      !(CONJUNCTIONS.has(words[1] ?? '') && lookupConcept([word])) &&
      words.slice(1).some(w => !FILLERS.has(w) && !PREPOSITIONS.has(w))
    let matched = false
    // Longest known run first; a run may hold a preposition when it is known whole ("internet of things").
    // With partsOnly (a name known whole) the run of every word, the name itself, is left out.
    // No run reaches into the known run that ends the main part ("React | component libraries").
    const longest = tail && i < tail.start ? tail.start - i : partsOnly && i === 0 ? words.length - 1 : words.length - i
    for (let length = Math.min(MAX_SPAN, longest); length >= (gerund ? 2 : 1) && !matched; length--) {
      const span = words.slice(i, i + length)
      if (span.every(w => FILLERS.has(w) || PREPOSITIONS.has(w))) continue
      const known = lookupConcept(span)
      if (!known) continue
      found.push({ words: span.join(' '), ...known, main, known: true, coordinate: false })
      i += length
      matched = true
    }
    if (matched) continue
    i++
    if (PREPOSITIONS.has(word)) {
      if (found.length > 0) main = false
      // "Resources on GitHub": where every repository lives, no qualifier of what it is. On a fresh held-out
      // Explore list, README only, +2 hit@1 and one wrong tag fewer; no other set moved.
      if (LOCATIVE.has(word) && HOSTS.has(words[i] ?? '')) i++
      continue
    }
    // "X and Y" names two things the tag is about, neither a modifier of the other.
    if (CONJUNCTIONS.has(word)) {
      const last = found[found.length - 1]
      if (last) last.coordinate = true
      continue
    }
    if (gerund) continue
    const compound = FILLERS.has(word) ? null : compoundConcept(word)
    if (compound) found.push({ words: word, ...compound, main, known: true, coordinate: false })
    else if (!FILLERS.has(word) && idf(singular(word)) > 0 && /[a-z]/.test(word))
      found.push({ words: word, main, known: false, coordinate: false })
  }
  completeEllipses(found)
  // Two runs that reach the same entry or topic ("Login and Authentication") are one concept.
  const distinct = found.filter(
    (c, k) =>
      !found
        .slice(0, k)
        .some(d => (c.entry && d.entry === c.entry) || (c.topic && d.topic === c.topic && !c.entry && !d.entry))
  )
  const merged = markTrailingActivity(mergeTrailingWords(distinct))
  const mainPart = merged.filter(c => c.main && !c.activity)
  const last = mainPart[mainPart.length - 1]
  // English puts the head last: in "JavaScript State Management" the known "javascript" only qualifies
  // "state management", and a JavaScript game engine is no state manager. See namesASubject for when the
  // known concept before it stays the head instead ("Code Quality Checker", "Risc-V Cores").
  const beforeLast = mainPart[mainPart.length - 2]
  const lastKnown =
    last && !last.known && beforeLast?.known && !beforeLast.coordinate && namesASubject(last.words, beforeLast.words)
      ? last
      : ([...mainPart].reverse().find(c => c.known) ?? last ?? merged[0])
  // "Frameworks" after a subject ("Data Integration Frameworks", "Dependency Injection Frameworks") is the form
  // the subject takes, as "libraries" and "tools" are (FILLERS): the subject is the head, and the form word is
  // dropped, so that a README about the subject is not taken for one that misses a modifier. Not after a
  // language or a broad word: "PHP Frameworks" and "Web Frameworks" are frameworks.
  const kindAt = lastKnown && FORM_HEADS.has(singular(lastKnown.words)) ? mainPart.indexOf(lastKnown) : -1
  const subject = kindAt > 0 ? mainPart[kindAt - 1] : undefined
  const head = subject?.known && !subject.coordinate && isSubject(subject) ? subject : lastKnown
  const form = head === subject ? mainPart[kindAt] : undefined
  return merged
    .filter(concept => concept !== form)
    .map(concept => ({
      words: concept.words,
      ...(concept.abbreviation ? { abbreviation: concept.abbreviation } : {}),
      ...(concept.entry ? { entry: concept.entry, ...(concept.via ? { via: concept.via } : {}) } : {}),
      ...(concept.topic ? { topic: concept.topic } : {}),
      ...(concept.activity ? { activity: true } : {}),
      head: concept === head || (concept.main && ((concept.coordinate && concept.known) || concept.partner === true))
    }))
}

/**
 * Words that, after a subject, name the form it takes or the work done on it rather than a topic of their own:
 * "Dependency Injection Frameworks", "Mobile Development" (a README about a push-notification gem for iOS and
 * Android never says "development").
 */
const FORM_HEADS: ReadonlySet<string> = new Set(['framework', 'development'])

/** Whether a known concept says what a tag is about (not a language, a runtime or a broad word). */
function isSubject(concept: { words: string; entry?: LexiconEntry }): boolean {
  return !isLanguage(concept.entry) && !isBroad(concept.words)
}

/**
 * Acronyms a name defines in parentheses after the words they abbreviate ("Capture The Flag (CTF)",
 * "Extract, Transform, Load (ETL)"): the index of each spelled run's first word → the acronym's index.
 */
function definedAcronyms(name: string, words: readonly string[]): Map<number, number> {
  const runs = new Map<number, number>()
  for (const match of name.matchAll(/\(([A-Za-z]{2,6})\)/g)) {
    const acronym = (match[1] as string).toLowerCase()
    // Every place the acronym stands ("CTF tools: Capture The Flag (CTF)"), checked by the words before it.
    for (let at = acronym.length; at < words.length; at++) {
      if (words[at] !== acronym) continue
      const start = at - acronym.length
      const initials = words
        .slice(start, at)
        .map(word => word[0])
        .join('')
      if (initials === acronym) runs.set(start, at)
    }
  }
  return runs
}

/**
 * Completes the left half of an elliptical pair from the right one: in "Machine and Deep Learning" or
 * "Unit and Integration Testing", the word before "and" shares the last word of the known run after it.
 * Only when the completed run is known itself ("machine learning", "unit testing").
 */
function completeEllipses<T extends { words: string; known: boolean; coordinate: boolean; partner?: boolean }>(
  found: T[]
): void {
  for (let k = 0; k + 1 < found.length; k++) {
    const left = found[k] as T
    const right = found[k + 1] as T
    if (left.known || !left.coordinate || left.words.includes(' ')) continue
    // The right half: the known run after "and", or the words nothing knows up to the next pair.
    let end = k + 1
    if (!right.known) while (end + 1 < found.length && !(found[end + 1] as T).known && !found[end]!.coordinate) end++
    const shared = found
      .slice(k + 1, end + 1)
      .flatMap(c => tokenize(c.words))
      .slice(1)
    for (let length = shared.length; length >= 1; length--) {
      const words = [left.words, ...shared.slice(-length)]
      const known = lookupConcept(words)
      if (!known) continue
      found[k] = { ...left, words: words.join(' '), ...known, known: true }
      // The right half is the left one's peer, not its modifier: "dynamic analysis" beside "static analysis".
      found[k + 1] = { ...right, partner: true }
      break
    }
  }
}

/**
 * The longest known run of two words or more that ends the name's main part (the words before its first
 * preposition), where reading left to right would split it: in "React Component Libraries" the left-to-right
 * reading takes "react component" (a React phrase) and leaves "libraries"; English puts the head last, so
 * "component libraries" (UI) is the run to keep. Null when there is none, or the main part is one run.
 */
function headFinalRun(words: readonly string[]): { start: number } | null {
  const end = words.findIndex(word => PREPOSITIONS.has(word))
  const mainEnd = end < 0 ? words.length : end
  // At most one word short of the main part: a run is never the whole of it.
  for (let length = Math.min(MAX_SPAN, mainEnd - 1); length >= 2; length--) {
    const start = mainEnd - length
    const span = words.slice(start, mainEnd)
    if (span.every(w => FILLERS.has(w)) || span.some(w => PREPOSITIONS.has(w) || CONJUNCTIONS.has(w))) continue
    if (lookupConcept(span)) return { start }
  }
  return null
}

/**
 * Whether the unknown words that end a name are its subject, rather than a word for the form things take
 * or a broad noun: a phrase of several words ("state management"), or one specific word in the singular
 * ("neutrality", "packaging"). A doer ("checker", "detector"), a plural ("cores", "themes") or an everyday
 * noun ("communication", "performance") leaves the known concept before it as what the tag is about, unless
 * that concept is one most READMEs touch ("web", "game"): "Web Browsers" are browsers, "Game Mods" are mods.
 */
function namesASubject(words: string, before: string): boolean {
  if (words.includes(' ')) return true
  const one = singular(words)
  if (!isBroad(before) && (one !== words || (one.length > 4 && /(?:er|or)$/.test(one)))) return false
  return specificity(one) >= SUBJECT_SPECIFICITY
}
/** A concept whose words are this common among READMEs (web, game, javascript, data) is broad. */
const BROAD_IDF = 2.5

/** Whether words are broad: even the rarest of them is as common among READMEs as "web" or "data". */
export function isBroad(words: string): boolean {
  return Math.max(0, ...tokenize(words).map(readmeIdfOfForms)) < BROAD_IDF
}

// Words for what is done to a thing: as the last word of a name ("Date and Time Processing", "Queue
// Management", "HTML Manipulation", "Minecraft Modding", "Log Analysis") they say nothing READMEs about the
// thing need to say: a Minecraft server is in "Minecraft Modding" without the word. ("Handling" is a
// description stop-word, so it is no concept at all: "Event Handling" is read as events.)
const ACTIVITIES = new Set([
  'processing',
  'management',
  'manipulation',
  'modding',
  'hacking',
  'development',
  'analysis',
  'generation',
  'conversion'
])

/**
 * Marks an activity word (ACTIVITIES) that ends the name's main part after other words: the words before
 * it are the head, and it qualifies them without gating them (profile.ts), as READMEs about the thing seldom
 * use it. A name known whole ("Package Management", "Text Processing") never gets here: its run is one
 * known concept.
 */
function markTrailingActivity<T extends { words: string; main: boolean; known: boolean; activity?: boolean }>(
  concepts: T[]
): T[] {
  const mainEnd = concepts.findIndex(c => !c.main)
  const last = (mainEnd < 0 ? concepts.length : mainEnd) - 1
  const concept = concepts[last]
  if (last < 1 || !concept || concept.known || !ACTIVITIES.has(concept.words)) return concepts
  return concepts.map((c, k) => (k === last ? { ...c, activity: true } : c))
}

/**
 * Joins the unknown words that end the name's main part after a known concept into one phrase ("state" +
 * "management" → "state management"): together they are the thing named, each alone an everyday word.
 */
function mergeTrailingWords<T extends { words: string; main: boolean; known: boolean; coordinate: boolean }>(
  concepts: readonly T[]
): T[] {
  const mainEnd = concepts.findIndex(c => !c.main)
  const end = mainEnd < 0 ? concepts.length : mainEnd
  let start = end
  while (start > 0 && !(concepts[start - 1] as T).known && !(concepts[start - 1] as T).coordinate) start--
  if (end - start < 2 || start === 0) return [...concepts]
  const words = concepts
    .slice(start, end)
    .map(c => c.words)
    .join(' ')
  return [...concepts.slice(0, start), { ...(concepts[start] as T), words }, ...concepts.slice(end)]
}
