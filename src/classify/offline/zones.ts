import type { CleanedReadme } from '../../text/clean.js'
import type { EvidenceWhere } from '../types.js'
import { namePartsOf } from './name-parts.js'

/** A stretch of text and how much a phrase found in it says about what the project is. */
export interface Zone {
  readonly text: string
  readonly where: EvidenceWhere
  /** True for the project's own summary (description, title, lead sentence, opening): counted in full. */
  readonly front: boolean
  /** True where the project says what it is in one line (description, tagline, "X is a …"). */
  readonly summary?: boolean
  /**
   * True for the head noun of an "X is a … <noun>" sentence, read again on its own: a word that only hints
   * in passing ("language") says what the project is there, so it counts as a clear phrase.
   */
  readonly head?: boolean
  readonly factor: number
}

/** Factors by place: the description and the "X is a …" sentence say most; boilerplate least. */
export const FACTORS = { description: 4, lead: 3, title: 2, opening: 1.5, body: 1, boilerplate: 0.25 } as const

// Past this many characters the opening reads like the body (long intros list integrations and features).
const OPENING_CHARS = 1500
const LEAD_SCAN_CHARS = 2000
const TAGLINE_CHARS = 120
// The share of the description factor its qualifier ("for …", "with …") keeps.
const DESCRIPTION_QUALIFIER = 0.5
// The share of the title factor the words of a compound name in it keep ("PyJWT" → "Py JWT"): a name's words
// are the title's. At 0.5, dev precision kept 0.956 (at 1: 0.961), the held-out sets alike.
const NAME_PARTS = 1
const SENTENCE_END = /(?<=[.!?。！？])\s+|\n/
// "X is a …", "An … for …", "Foo: a …", "Foo, a …" (and "This package contains Foo, a …"), Chinese "是一",
// Japanese "は…です", Russian "это"; not notes.
const LEAD =
  /\b(is|are)\s+(an?|one)\b|^an?\s+\S+|^[^\s:]{1,40}\s*[:–—-]\s+an?\s|^(?:this \w+ (?:contains|provides)\s+)?[^\s,]{1,40},\s+an?\s|是一|は.{1,60}(です|ライブラリ|ツール)|\bэто\b/iu
const NOT_LEAD =
  /^(note|warning|important|caution|tip|news|update|disclaimer|this (is|was) (the|an?) (fork|mirror|branch|archive))\b/i

function leadSentence(opening: string): string | null {
  const head = opening.length > LEAD_SCAN_CHARS ? opening.slice(0, LEAD_SCAN_CHARS) : opening
  for (const sentence of head.split(SENTENCE_END)) {
    if (sentence.length >= 12 && LEAD.test(sentence) && !NOT_LEAD.test(sentence)) return sentence
  }
  return null
}

// Where a one-line summary turns from what the project is to what it is for, with or on:
// "an ORM | for Postgres, MySQL and SQLite", "a monitoring tool | for Kubernetes clusters".
const QUALIFIER = /\s(?:for|with|that|which|using|via|to|on top of|built on|based on|written|powered by)\s/gi
// "An HTML to PDF converter", "a Markdown to HTML compiler": "to" inside the head, joining what it converts.
// A held-out list of awesome-php's headings, README only: +1 hit@1; no other set moved.
const CONVERSION =
  /^\sto\s+\S+(?:\s+\S+)?\s+(?:converters?|conversion|translators?|transpilers?|compilers?|renderers?|exporters?|importers?|migrators?|mappers?|bridges?)\b/i

/** Where the first qualifier of a summary line starts, or -1; a conversion's "to" is none. */
function qualifierAt(line: string): number {
  QUALIFIER.lastIndex = 0
  for (let found = QUALIFIER.exec(line); found !== null; found = QUALIFIER.exec(line))
    if (!CONVERSION.test(line.slice(found.index))) return found.index
  return -1
}

// Where a summary turns to what a project is built on, with or like: its foundation, not its topic.
const LINEAGE = /\s(?:on top of|built (?:on|upon|with)|based on|powered by|inspired by|written in)\s/i

const RELATIVE = /^\s(?:that|which)\s/i

// Head nouns that name a kind of package, not a topic: what follows them says what the project is about.
const GENERIC_HEAD =
  /\b(library|libraries|lib|tool|tools|toolkit|utility|utilities|package|module|framework|app|application|program|software|plugin|extension|wrapper|implementation|collection|set|way|thing|project|service|solution|platform)\s*$/i

// "is a language", "is a small, fast language", "is an open-source compiler", or a tagline "A rule-based tunnel":
// the noun the sentence ends on, before an "in Go" or "on Linux" that says what it is written in or runs on.
// The tagline form: a held-out Explore list +1 hit@1 and hit@3 (README only and in two folds), a held-out Debian
// seed-list set one wrong tag more, nothing else moved.
const WRITTEN_IN = /\s(?:in|on)\s/i
const HEAD_NOUN = /\b(?:is|are)\s+(?:an?|one)\s+(?:[\w,-]+\s+){0,3}([a-z]{2,})\s*$/i
const TAGLINE_HEAD_NOUN = /^an?\s+(?:[\w,-]+\s+){0,3}([a-z]{2,})\s*$/i

/**
 * Where a one-line summary turns from what the project is to what it is for (QUALIFIER), or -1 to read it
 * whole; `what` is the part before the qualifier, `genericHead` whether it ends on a kind of package.
 */
function summarySplit(line: string): { what: string; genericHead: boolean; cut: number } {
  const found = qualifierAt(line)
  const what = found < 0 ? line : line.slice(0, found)
  // The noun `what` ends on names a kind of package ("an app", "a library"): it says nothing of the topic.
  const genericHead = GENERIC_HEAD.test(what)
  // Too early to be after the head noun ("Tools for …"), or after one that says nothing of the topic
  // ("a library for reading YAML", "a program that computes orbits"): the line is read whole.
  if (found >= 8 && !genericHead) return { what, genericHead, cut: found }
  // What the project rests on or comes from ("a Scala wrapper for SnakeYAML | based on spray-json") is not
  // what it is about, even after a head that names a kind of package. After a verb ("a tool that sorts imports
  // based on your config") it says what the project works from, and stays.
  const lineage = found < 0 || RELATIVE.test(line.slice(found, found + 7)) ? -1 : line.search(LINEAGE)
  return lineage >= 8 ? { what: line.slice(0, lineage), genericHead, cut: lineage } : { what, genericHead, cut: -1 }
}

/**
 * A one-line summary as zones: what the project is (up to the first qualifier) at the lead factor, and
 * the qualifier after it at the opening factor, so the head noun outweighs a list of what it works with.
 */
function summaryZones(line: string): Zone[] {
  const { what, genericHead, cut } = summarySplit(line)
  const subject = what.split(WRITTEN_IN)[0]!
  // A tagline with no "for …" or "with …" ("A rule-based tunnel in Go"): one with them says what it is for
  // as much as what it is ("A Python client for Sentry").
  const noun = genericHead
    ? undefined
    : (HEAD_NOUN.exec(subject) ?? (cut < 0 ? TAGLINE_HEAD_NOUN.exec(subject) : null))?.[1]
  const head: Zone[] = noun
    ? [{ text: noun, where: 'opening', front: true, summary: true, head: true, factor: FACTORS.lead }]
    : []
  if (cut < 0) return [{ text: line, where: 'opening', front: true, summary: true, factor: FACTORS.lead }, ...head]
  return [
    { text: what, where: 'opening', front: true, summary: true, factor: FACTORS.lead },
    ...head,
    { text: line.slice(cut), where: 'opening', front: true, summary: true, factor: FACTORS.opening }
  ]
}

/**
 * The repository description as zones: what the project is (up to the first qualifier) at the description
 * factor, and what it is for, with or on at half of it: "A blackhole for Internet advertisements | with a GUI
 * for management and monitoring" is no GUI and no monitoring tool first. Split where a summary line is
 * (summarySplit): a head that names a kind of package ("a library for …") keeps the description whole.
 */
function descriptionZones(description: string): Zone[] {
  const { cut } = summarySplit(description)
  const whole = {
    text: description,
    where: 'description',
    front: true,
    summary: true,
    factor: FACTORS.description
  } as const
  if (cut < 0) return [whole]
  return [
    { ...whole, text: description.slice(0, cut) },
    { ...whole, text: description.slice(cut), factor: FACTORS.description * DESCRIPTION_QUALIFIER }
  ]
}

// Three words or more: "( Chat.svg)", what a badge left, is none.
const THREE_WORDS = /\p{L}{2,}\S*\s+\S*\p{L}{2,}\S*\s+\S*\p{L}{2,}/u

/**
 * The opening's first line of text: past the blank a title over badges only leaves and an "About" heading,
 * where it has at least three words. README only, precision of held-out sets 0.826 → 0.838 and 0.935 → 0.956
 * (a Debian one 0.500 → 0.494), no hit lost or gained anywhere.
 */
function firstTextLine(text: string, headings: ReadonlySet<string>): string {
  for (let start = 0, index = 0; start < text.length; index++) {
    const end = text.indexOf('\n', start)
    const line = text.slice(start, end < 0 ? text.length : end)
    if (line.trim() && !headings.has(line)) return index === 0 || THREE_WORDS.test(line) ? line.trim() : ''
    if (end < 0) break
    start = end + 1
  }
  return ''
}

/**
 * The zones of one README (plus description) in reading order. The title's section heading is not
 * read twice; opening text past OPENING_CHARS counts as body.
 */
export function zonesOf(cleaned: CleanedReadme, description: string | undefined): Zone[] {
  const zones: Zone[] = []
  if (description?.trim()) zones.push(...descriptionZones(description))
  if (cleaned.title) {
    zones.push({ text: cleaned.title, where: 'title', front: true, factor: FACTORS.title })
    const parts = namePartsOf(cleaned.title)
    if (parts) zones.push({ text: parts, where: 'title', front: true, factor: FACTORS.title * NAME_PARTS })
  }
  let openingText = ''
  const headings = new Set<string>()
  for (const section of cleaned.sections) {
    if (section.kind !== 'opening') continue
    if (section.heading && section.heading !== cleaned.title) {
      openingText += `${section.heading}\n`
      headings.add(section.heading)
    }
    openingText += `${section.text}\n`
  }
  // A short first line is usually the tagline ("Blazing fast, structured logging in Go"): it says what
  // the project is as plainly as an "X is a …" sentence, so both get the lead factor.
  const firstLine = firstTextLine(openingText, headings)
  const tagline =
    firstLine.length <= TAGLINE_CHARS && firstLine.includes(' ') && !NOT_LEAD.test(firstLine) ? firstLine : null
  if (tagline) {
    zones.push(...summaryZones(tagline))
    openingText = openingText.replace(tagline, ' ')
  }
  const lead = leadSentence(openingText)
  if (lead) {
    zones.push(...summaryZones(lead))
    openingText = openingText.replace(lead, ' ')
  }
  // Cut between words, so that no word is read as two halves.
  const space = openingText.length > OPENING_CHARS ? openingText.lastIndexOf(' ', OPENING_CHARS) : -1
  const cut = openingText.length <= OPENING_CHARS ? openingText.length : space > 0 ? space : OPENING_CHARS
  zones.push({ text: openingText.slice(0, cut), where: 'opening', front: true, factor: FACTORS.opening })
  if (cut < openingText.length)
    zones.push({ text: openingText.slice(cut), where: 'body', front: false, factor: FACTORS.body })
  for (const section of cleaned.sections) {
    if (section.kind === 'opening') continue
    const where = section.kind === 'boilerplate' ? 'boilerplate' : 'body'
    zones.push({ text: `${section.heading}\n${section.text}`, where, front: false, factor: FACTORS[where] })
  }
  return zones
}
