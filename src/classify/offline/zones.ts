import type { CleanedReadme } from '../../text/clean.js'
import type { EvidenceWhere } from '../types.js'

/** A stretch of text and how much a phrase found in it says about what the project is. */
export interface Zone {
  readonly text: string
  readonly where: EvidenceWhere
  /** True for the project's own summary (description, title, lead sentence, opening): counted in full. */
  readonly front: boolean
  /** True where the project says what it is in one line (description, tagline, "X is a …"). */
  readonly summary?: boolean
  readonly factor: number
}

/** Factors by place: the description and the "X is a …" sentence say most; boilerplate least. */
export const FACTORS = { description: 4, lead: 3, title: 2, opening: 1.5, body: 1, boilerplate: 0.25 } as const

// Past this many characters the opening reads like the body (long intros list integrations and features).
const OPENING_CHARS = 1500
const LEAD_SCAN_CHARS = 2000
const TAGLINE_CHARS = 120
const SENTENCE_END = /(?<=[.!?。！？])\s+|\n/
// "X is a …", "An … for …", "Foo: a …", Chinese "是一", Japanese "は…です", Russian "это"; not notes.
const LEAD =
  /\b(is|are)\s+(an?|one)\b|^an?\s+\S+|^[^\s:]{1,40}\s*[:–—-]\s+an?\s|是一|は.{1,60}(です|ライブラリ|ツール)|\bэто\b/iu
const NOT_LEAD =
  /^(note|warning|important|caution|tip|news|update|disclaimer|this (is|was) (the|an?) (fork|mirror|branch|archive))\b/i

function leadSentence(opening: string): string | null {
  const head = opening.length > LEAD_SCAN_CHARS ? opening.slice(0, LEAD_SCAN_CHARS) : opening
  for (const sentence of head.split(SENTENCE_END)) {
    if (sentence.length >= 12 && LEAD.test(sentence) && !NOT_LEAD.test(sentence)) return sentence
  }
  return null
}

/**
 * The zones of one README (plus description) in reading order. The title's section heading is not
 * read twice; opening text past OPENING_CHARS counts as body.
 */
export function zonesOf(cleaned: CleanedReadme, description: string | undefined): Zone[] {
  const zones: Zone[] = []
  if (description?.trim())
    zones.push({ text: description, where: 'description', front: true, summary: true, factor: FACTORS.description })
  if (cleaned.title) zones.push({ text: cleaned.title, where: 'title', front: true, factor: FACTORS.title })
  let openingText = ''
  for (const section of cleaned.sections) {
    if (section.kind !== 'opening') continue
    if (section.heading && section.heading !== cleaned.title) openingText += `${section.heading}\n`
    openingText += `${section.text}\n`
  }
  // A short first line is usually the tagline ("Blazing fast, structured logging in Go"): it says what
  // the project is as plainly as an "X is a …" sentence, so both get the lead factor.
  const firstLine = openingText.slice(0, openingText.indexOf('\n') + 1 || undefined).trim()
  const tagline =
    firstLine.length <= TAGLINE_CHARS && firstLine.includes(' ') && !NOT_LEAD.test(firstLine) ? firstLine : null
  if (tagline) {
    zones.push({ text: tagline, where: 'opening', front: true, summary: true, factor: FACTORS.lead })
    openingText = openingText.replace(tagline, ' ')
  }
  const lead = leadSentence(openingText)
  if (lead) {
    zones.push({ text: lead, where: 'opening', front: true, summary: true, factor: FACTORS.lead })
    openingText = openingText.replace(lead, ' ')
  }
  zones.push({ text: openingText.slice(0, OPENING_CHARS), where: 'opening', front: true, factor: FACTORS.opening })
  if (openingText.length > OPENING_CHARS)
    zones.push({ text: openingText.slice(OPENING_CHARS), where: 'body', front: false, factor: FACTORS.body })
  for (const section of cleaned.sections) {
    if (section.kind === 'opening') continue
    const where = section.kind === 'boilerplate' ? 'boilerplate' : 'body'
    zones.push({ text: `${section.heading}\n${section.text}`, where, front: false, factor: FACTORS[where] })
  }
  return zones
}
