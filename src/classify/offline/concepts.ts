import { findTopic, idf, type KnowledgeTopic } from '../../knowledge/index.js'
import { findLexiconEntry, type LexiconEntry } from '../../lexicon/index.js'
import { tokenize } from './tokenize.js'

/** What one stretch of a tag's name stands for: an entry of the lexicon and/or the topics data, or a plain word. */
export interface Concept {
  /** The words of the name it covers, e.g. 'game engines'. */
  readonly words: string
  readonly entry?: LexiconEntry
  readonly topic?: KnowledgeTopic
  /** The head of the name ("checker tools" in "Code Quality Checker Tools For PHP Projects") rather than a modifier. */
  readonly head: boolean
}

// Words that join or bound the parts of a name: what follows them qualifies the head ("… for PHP projects").
const PREPOSITIONS = new Set(['for', 'of', 'in', 'on', 'with', 'to', 'from', 'by', 'using', 'via', 'about', 'at'])
// Words that make a name a collection rather than a topic: "Software productivity tools", "Open source MLOps".
const FILLERS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'open',
  'source',
  'opensource',
  'awesome',
  'best',
  'top',
  'useful',
  'popular',
  'tool',
  'tools',
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
const MAX_SPAN = 4

/**
 * The singular of an English plural, for looking names up: "frameworks" → "framework", "libraries" →
 * "library", "boxes" → "box"; words that only look plural ("status", "analysis", "css") stay.
 */
export function singular(word: string): string {
  if (word.length <= 3 || !word.endsWith('s') || /(ss|us|is|os|ys|as)$/.test(word)) return word
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`
  if (/(xes|ches|shes|sses|zes)$/.test(word)) return word.slice(0, -2)
  return word.slice(0, -1)
}

/** The normal forms a run of words may be known by: as written, singular, and joined ("risc v" → "riscv"). */
function lookupForms(words: readonly string[]): string[] {
  const last = words[words.length - 1] as string
  const single = [...words.slice(0, -1), singular(last)]
  const forms = [words.join('-'), single.join('-')]
  if (words.length > 1) forms.push(words.join(''), single.join(''))
  return [...new Set(forms)]
}

/** The lexicon entry and featured topic a run of words names, if any. */
export function lookupConcept(words: readonly string[]): Pick<Concept, 'entry' | 'topic'> | null {
  const forms = lookupForms(words)
  const entry = findLexiconEntry(forms)
  let topic: KnowledgeTopic | undefined
  for (const form of forms) if ((topic = findTopic(form))) break
  if (!entry && !topic) return null
  return { ...(entry ? { entry } : {}), ...(topic ? { topic } : {}) }
}

/**
 * What a closed compound nothing knows is about, from its known part: "mlops" → ml (machine learning),
 * "webdev" → web. The other part must be short (ops, dev, kit, lab): a longer one would be a word of
 * its own that the compound may not be about.
 */
export function compoundConcept(word: string): Pick<Concept, 'entry' | 'topic'> | null {
  if (!/^[a-z]{5,}$/.test(word)) return null
  for (let cut = 2; cut <= word.length - 2; cut++) {
    const left = word.slice(0, cut)
    const right = word.slice(cut)
    if (right.length <= 4 && right.length >= 2) {
      const known = lookupConcept([left])
      if (known) return known
    }
    if (left.length <= 4) {
      const known = lookupConcept([right])
      if (known && right.length >= 3) return known
    }
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
export function nameConcepts(name: string): Concept[] {
  const words = tokenize(name)
  const found: Array<Omit<Concept, 'head'> & { main: boolean; known: boolean }> = []
  let main = true
  for (let i = 0; i < words.length;) {
    const word = words[i] as string
    if (PREPOSITIONS.has(word)) {
      if (found.length > 0) main = false
      i++
      continue
    }
    // A leading gerund names an activity on what follows ("Hacking Minecraft", "Learning Rust"): the
    // object is the concept, and a README about it need not use the verb.
    if (i === 0 && words.length > 1 && /^[a-z]{3,}ing$/.test(word) && !lookupConcept([word])?.entry) {
      i++
      continue
    }
    let matched = false
    for (let length = Math.min(MAX_SPAN, words.length - i); length >= 1 && !matched; length--) {
      const span = words.slice(i, i + length)
      if (span.some(w => PREPOSITIONS.has(w)) || span.every(w => FILLERS.has(w))) continue
      const known = lookupConcept(span)
      if (!known) continue
      found.push({ words: span.join(' '), ...known, main, known: true })
      i += length
      matched = true
    }
    if (matched) continue
    const compound = FILLERS.has(word) ? null : compoundConcept(word)
    if (compound) found.push({ words: word, ...compound, main, known: true })
    else if (!FILLERS.has(word) && idf(singular(word)) > 0 && /[a-z]/.test(word))
      found.push({ words: word, main, known: false })
    i++
  }
  const mainPart = found.filter(c => c.main)
  const head = [...mainPart].reverse().find(c => c.known) ?? mainPart[mainPart.length - 1] ?? found[0]
  return found.map(concept => ({
    words: concept.words,
    ...(concept.entry ? { entry: concept.entry } : {}),
    ...(concept.topic ? { topic: concept.topic } : {}),
    head: concept === head
  }))
}
