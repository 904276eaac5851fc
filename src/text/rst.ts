import { cleanInline, isLabelOnly } from './inline.js'
import { finishSections, type CleanedReadme, type RawSection } from './sections.js'

const ADORNMENT = /^([=\-~^"'`#*+:.<>_!$%&,;?@\\/|])\1{2,}\s*$/
const DIRECTIVE = /^\.\.\s/
const FIELD = /^:[\w -]+:/
const BULLET = /^(?:[*+\-•]|\d+[.)]|#\.)\s+/
// Inline rst: `text <url>`_ → text, :role:`x` → x, |substitution| → dropped, ``code`` → code, _`target` → target.
const RST_LINK = /`([^`<]*?)\s*<[^<>`]*>`__?/g
const RST_ROLE = /:[\w:+-]+:`([^`]*)`/g
// A substitution's name neither starts nor ends with a space: in "|  |downloads| |stars|" (badges in a line
// block) the names are "downloads" and "stars", not the spaces between them.
const RST_SUB = /\|(?!\s)[^|\n]*?[^|\s]\|_{0,2}/g
// A line block's line ("| text"): the bar marks the line, it is no part of the text.
const LINE_BLOCK = /^\|(?:\s+|$)/
const RST_REF = /`([^`]+)`_{1,2}|_`([^`]+)`/g
const RST_WORD_REF = /\b(\w+)__?(?=\W|$)/g

// Plain-text headings: a line of capitals ("INSTALLATION", "1. SEE ALSO"), or of at most three words ending in
// a colon ("Build requirements:"), maybe numbered or framed ("* NOTES *", "[[ 2. FILES ]]"). Not "# Usage":
// in plain text that is as often a shell comment above an example.
const HEADING_FRAME = /^(?:[*=~>[-]+\s*)?(?:(?:\d+|[IVX]+)(?:\.\d+)*[.)]\s+)?(.*?)\s*(?:[*=~<\]-]+)?$/
const CAPITALS = /^(?=[^\p{Ll}]*\p{Lu}{3})[\p{Lu}\d][\p{Lu}\d&/'-]*(?: [\p{Lu}\d&/'-]+){0,4}:?$/u
const COLON_HEADING = /^\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,2}:$/u

/** The text of a plain-text heading line, or null for a line that is none. */
function plainHeading(line: string): string | null {
  const framed = HEADING_FRAME.exec(line)?.[1] ?? ''
  return CAPITALS.test(framed) || COLON_HEADING.test(framed) ? framed.replace(/:$/, '') : null
}

function cleanRstInline(raw: string): string {
  const text = raw
    .replace(RST_LINK, '$1')
    .replace(RST_ROLE, '$1')
    .replace(RST_SUB, ' ')
    .replace(RST_REF, (_m, a?: string, b?: string) => a ?? b ?? '')
    .replace(RST_WORD_REF, '$1')
  return cleanInline(text.replace(/``/g, ''))
}

const indentOf = (line: string): number => line.length - line.trimStart().length

/**
 * Reads reStructuredText (or plain text, which shares its underlined headings and blank-line paragraphs)
 * line by line: headings by their adornment, paragraphs by blank lines; directives (images, badges,
 * code), their options and literal blocks after `::` are dropped. `plain`: also a line of capitals, or a
 * short one ending in a colon, after a blank line is a heading ("INSTALLATION", "Requirements:").
 */
export function readRst(readme: string, plain = false): CleanedReadme {
  const lines = readme.replace(/\r\n?/g, '\n').split('\n')
  const raw: RawSection[] = [{ heading: '', level: 0, blocks: [] }]
  const styles: string[] = [] // adornment styles in order of first use give heading levels
  let title: string | null = null
  let paragraph: string[] = []
  let skipIndentedAbove = -1 // drop lines indented more than this (directive bodies, literal blocks)

  const flush = (): void => {
    if (paragraph.length === 0) return
    const joined = paragraph.join('\n')
    paragraph = []
    const literal = joined.endsWith('::')
    const text = cleanRstInline(literal ? joined.replace(/::$/, ':') : joined)
    const kept = text
      .split('\n')
      .filter(line => !isLabelOnly(line))
      .join('\n')
    if (/[\p{L}\p{N}]/u.test(kept)) (raw[raw.length - 1] as RawSection).blocks.push(kept)
  }
  // A plain-text heading names a section ("NAME", "Contacts:"), not the project: never the title.
  const heading = (text: string, style: string, mayBeTitle = true): void => {
    flush()
    let level = styles.indexOf(style) + 1
    if (level === 0) level = styles.push(style)
    const clean = cleanRstInline(text)
    if (mayBeTitle && title === null && raw.length === 1 && raw[0]?.blocks.length === 0) title = clean
    raw.push({ heading: clean, level: Math.min(level, 6), blocks: [] })
  }

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    const trimmed = line.trim()
    if (skipIndentedAbove >= 0) {
      if (trimmed === '' || indentOf(line) > skipIndentedAbove) continue
      skipIndentedAbove = -1
    }
    if (trimmed === '') {
      const wasLiteral = paragraph.length > 0 && (paragraph[paragraph.length - 1] as string).trimEnd().endsWith('::')
      flush()
      if (wasLiteral) skipIndentedAbove = indentOf(lines[i - 1] ?? '')
      continue
    }
    const next = lines[i + 1] ?? ''
    // Overlined heading: ===== / Title / =====
    const over = ADORNMENT.exec(trimmed)
    if (over && paragraph.length === 0 && ADORNMENT.test((lines[i + 2] ?? '').trim()) && (lines[i + 1] ?? '').trim()) {
      heading((lines[i + 1] as string).trim(), `o${over[1]}`)
      i += 2
      continue
    }
    const under = ADORNMENT.exec(next.trim())
    if (
      under &&
      paragraph.length === 0 &&
      !ADORNMENT.test(trimmed) &&
      next.trim().length >= Math.min(trimmed.length, 3)
    ) {
      heading(trimmed, `u${under[1]}`)
      i += 1
      continue
    }
    if (ADORNMENT.test(trimmed) && paragraph.length === 0) continue // transition line
    if (DIRECTIVE.test(trimmed)) {
      flush()
      skipIndentedAbove = indentOf(line)
      continue
    }
    if (FIELD.test(trimmed) && paragraph.length === 0) continue // document fields such as :target:
    // Plain text marks its sections with a heading line after a blank one (reStructuredText never does).
    const plainSection = plain && paragraph.length === 0 ? plainHeading(trimmed) : null
    if (plainSection) {
      heading(plainSection, 'plain', false)
      continue
    }
    if (BULLET.test(trimmed)) {
      flush() // each list item is a block of its own
      paragraph.push(trimmed.replace(BULLET, ''))
    } else paragraph.push(trimmed.replace(LINE_BLOCK, ''))
  }
  flush()
  return finishSections(raw, title)
}
