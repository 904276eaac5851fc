import { Lexer, type Token, type Tokens } from 'marked'
import { ReadmeBlockTokenizer } from './block-tokenizer.js'
import { cleanInline, decodeEntities, isLabelOnly, stripHtml } from './inline.js'
import { finishSections, type CleanedReadme, type RawSection } from './sections.js'

// Block tokens only: marked's inline pass costs twice the block pass, and cleanInline does what we need.
// No GFM: its only block rule is tables, which read as well as paragraphs of cells, and it slows every paragraph.
const LEXER_OPTIONS = { gfm: false, tokenizer: new ReadmeBlockTokenizer() } as const

const LINK_OR_IMAGE =
  /!?\[[^[\]]*\]\((?:<[^<>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+"[^"\n]*")?\)|!?\[[^[\]]*\]\[[^[\]]*\]|<a\b[^<>]*>[\s\S]{0,2000}?<\/a>|<img\b[^<>]*>/gi
const HAS_WORD = /[\p{L}\p{N}]/u
// What navigation puts between its links ("Docs | Install · Discord").
const SEPARATOR_CHARS = String.raw`\s|·•‧∙⋅,.;\-–—/:*_#`
const SEPARATORS = new RegExp(`^[${SEPARATOR_CHARS}]*$`)

// What a language switcher says besides its links: "Language: English | [中文](README.zh-CN.md)", as words
// looked up one by one (an expression of alternatives, tried at every position, cost more than the lookups).
const LANGUAGE_WORDS = new Set(
  (
    'languages language lang readme english en chinese 简体中文 繁體中文 中文 日本語 한국어 ' +
    'español français deutsch русский português italiano türkçe tiếng việt polski українська'
  ).split(' ')
)
// A word between separators, and "read this in" read as one.
const WORD = new RegExp(`[^${SEPARATOR_CHARS}]+`, 'g')
const READ_IN = /read (?:this )?in(?: other languages)?\b/iy

/** True when every word of the text names a language or says "read this in"; most prose fails at its first word. */
function onlyLanguageNames(text: string): boolean {
  WORD.lastIndex = 0
  for (let found = WORD.exec(text); found !== null; found = WORD.exec(text)) {
    const word = found[0].toLowerCase()
    if (LANGUAGE_WORDS.has(word)) continue
    READ_IN.lastIndex = found.index
    if (word !== 'read' || !READ_IN.test(text)) return false
    WORD.lastIndex = READ_IN.lastIndex
  }
  return true
}

// A language switcher is a short line; longer prose that names languages is not tested against the list.
const SWITCHER_CHARS = 200

/**
 * A block made only of links and separators ("Docs | Install | Discord") navigates; it does not describe.
 * So does a language switcher ("Language: English | 中文"), whose words are only the languages' names.
 */
function isNavigation(raw: string): boolean {
  if (!raw.includes('](') && !raw.includes('][') && !raw.includes('<a') && !raw.includes('<img')) return false
  let links = 0
  const rest = raw.replace(LINK_OR_IMAGE, () => {
    links++
    return ' '
  })
  if (links === 0) return false
  const text = decodeEntities(stripHtml(rest))
  return SEPARATORS.test(text) || (text.length <= SWITCHER_CHARS && onlyLanguageNames(text))
}

const ALERT = /^\s*\[!(?:note|tip|important|warning|caution)\]/i
const H1_HTML = /<h1\b[^<>]*>([\s\S]{0,2000}?)<\/h1\s*>/i
// Block-level HTML boundaries: each piece between them is read (and judged as navigation) on its own.
const HTML_BREAK =
  /<\/?(?:p|div|h[1-6]|br|hr|li|ul|ol|table|thead|tbody|tr|td|th|center|details|summary|section|header|footer|nav|blockquote|dl|dt|dd)\b[^<>]*>/gi

/**
 * Reads Markdown (GFM) into sections with marked's block lexer.
 * Code blocks are dropped; HTML blocks keep their text; a leading `<h1>` in HTML can give the title.
 */
export function readMarkdown(readme: string): CleanedReadme {
  const tokens = new Lexer(LEXER_OPTIONS).blockTokens(
    readme.includes('\r') ? readme.replace(/\r\n?/g, '\n') : readme,
    []
  )
  const raw: RawSection[] = [{ heading: '', level: 0, blocks: [] }]
  let title: string | null = null
  let sawProse = false
  const add = (text: string): void => {
    if (text) (raw[raw.length - 1] as RawSection).blocks.push(text)
  }
  const addInline = (source: string): void => {
    if (isNavigation(source)) return
    const text = cleanInline(source)
    if (HAS_WORD.test(text) && !isLabelOnly(text)) {
      add(text)
      sawProse = true
    }
  }
  const addHtml = (html: string): void => {
    for (const piece of html.split(HTML_BREAK)) if (piece.trim()) addInline(piece)
  }
  const walk = (list: readonly Token[]): void => {
    for (const token of list) {
      switch (token.type) {
        case 'heading': {
          const heading = token as Tokens.Heading
          const text = cleanInline(heading.text)
          if (title === null && heading.depth === 1 && text) title = text
          else if (title === null && !sawProse && raw.length === 1 && text) title = text
          raw.push({ heading: text, level: heading.depth, blocks: [] })
          break
        }
        case 'paragraph':
        case 'text':
          addInline((token as Tokens.Paragraph).text)
          break
        case 'list':
          for (const item of (token as Tokens.List).items) walk(item.tokens)
          break
        case 'blockquote':
          // A GitHub alert ("> [!WARNING] The default branch was renamed…") is a notice, not a description.
          if (!ALERT.test((token as Tokens.Blockquote).text)) walk((token as Tokens.Blockquote).tokens)
          break
        case 'table': {
          const table = token as Tokens.Table
          for (const row of [table.header, ...table.rows]) addInline(row.map(cell => cell.text).join(' | '))
          break
        }
        case 'html': {
          const html = (token as Tokens.HTML).text
          if (title === null && !sawProse) {
            const h1 = H1_HTML.exec(html)
            const text = h1 ? cleanInline(stripHtml(h1[1] ?? '')) : ''
            if (text) {
              title = text
              addHtml(html.replace(H1_HTML, ' '))
              break
            }
          }
          addHtml(html)
          break
        }
        default:
          break // code, space, hr, def: no prose
      }
    }
  }
  walk(tokens)
  return finishSections(raw, title)
}
