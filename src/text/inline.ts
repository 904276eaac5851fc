/**
 * Inline clean-up shared by the Markdown and reStructuredText readers: turns one block of inline markup
 * into plain prose. Regex passes instead of an inline tokenizer: the inline pass is two thirds of a full
 * Markdown lex, and for tagging we only need the words, not the structure.
 */

// A link destination may hold one level of balanced parentheses: (https://x.org/wiki/Foo_(bar)); a `<…>`
// destination may hold spaces and any parentheses. Texts exclude "[" and titles stop at a line end, so a
// run of brackets or quotes costs linear time.
const DEST = String.raw`\((?:<[^<>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+"[^"\n]*")?\)`
// A web address with a space in it (".../Join Chat.svg"): no destination to CommonMark, but a badge as
// written, whose words ("Chat") are no words of the README. Tried only where DEST fails.
const SPACED_DEST = String.raw`\(https?:\/\/[^()<>\n]*\)`
const IMAGE = new RegExp(String.raw`!\[[^\[\]]*\](?:${DEST}|${SPACED_DEST}|\[[^\[\]]*\])?`, 'g')
const LINK = new RegExp(String.raw`\[([^\[\]]*)\](?:${DEST}|${SPACED_DEST}|\[[^\[\]]*\])`, 'g')
// Elements dropped with their content. Spans are bounded and only sought when a closer exists, so a
// README of unclosed "<script>" or "<!--" costs linear time, not quadratic.
const COMMENT = /<!--[\s\S]{0,8192}?-->/g
const DROPPED = /<(script|style|svg|picture|video|audio|object)\b[\s\S]{0,8192}?<\/\1\s*>/gi
const HAS_DROPPED_CLOSER = /<\/(script|style|svg|picture|video|audio|object)\b/i
const IMG = /<img\b[^<>]*>/gi
const AUTOLINK = /<(?:https?:|mailto:|ftp:)[^<>\s]*>|<[^<>\s@]+@[^<>\s]+>/gi
const TAG = /<\/?[a-z][a-z0-9-]*\b[^<>]*>/gi
const URL = /\b(?:https?|ftp|file):\/\/[^\s<>"'`()\]]*(?:\([^\s()]*\)[^\s<>"'`()\]]*)*|\bwww\.[^\s<>"'`)\]]+/gi
// Bare domains such as example.com or docs.foo.dev/path: the name part leaks words otherwise. Found by
// their ending, then widened backwards by hand: a regex starting at every word is several times slower.
const TLD =
  /\.(?:com|org|net|io|dev|app|ai|sh|co|me|gg|xyz|info|rs|so|cc|ly|tech|cloud|site|page|pages|html?)\b(?:\/[^\s)]*)?/gi
/** An ASCII letter or digit. */
const isWordCode = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
/** A character of a host name: a letter, a digit, "-" or ".". */
const isHostChar = (code: number): boolean => isWordCode(code) || code === 45 || code === 46

/**
 * Bare domains go, but for a name of one label and its TLD without a path ("socket.io"), which stays as one
 * word of both ("socketio"): too odd to read as a word by accident, and the joined form a known name has.
 */
function stripDomains(text: string): string {
  let out = ''
  let last = 0
  TLD.lastIndex = 0
  for (let m = TLD.exec(text); m !== null; m = TLD.exec(text)) {
    let start = m.index
    if (start === 0 || !isHostChar(text.charCodeAt(start - 1))) continue
    while (start > last && isHostChar(text.charCodeAt(start - 1))) start--
    const host = text.slice(start, m.index)
    const name = !host.includes('.') && !m[0].includes('/') ? host + m[0].slice(1) : ''
    out += `${text.slice(last, start)} ${name}`
    last = m.index + m[0].length
  }
  return last === 0 ? text : out + text.slice(last)
}
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g
const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  bull: '•',
  copy: '©'
}
// Emphasis and code marks go; a backslash escape keeps its character.
const HAS_MARKS = /[*_~`\\]/
const MARKS_AND_ESCAPES = /(\*{1,3}|_{2,3}|~~|`+)|\\([\\`*_{}[\]()#+\-.!|])/g
// A keyboard shortcut ("Shift-Command-V", "Ctrl+C", "⌘K") names keys, not topics: its lone letter would read
// as a one-letter name (the V or C language) and "command" as a command line. Modifiers joined to a key by a
// hyphen or plus, or Mac key symbols before one; only sought when a block has a lone key after a joiner or
// such a symbol (a scan by hand: an expression as a pre-test cost 1 % of tagging time, as the full one did).
const MODIFIER = 'ctrl|control|cmd|command|shift|alt|option|opt|meta|super'
const KEYSTROKE = new RegExp(
  String.raw`\b(?:${MODIFIER})(?:(?:-|\s?\+\s?)(?:${MODIFIER}))*(?:-|\s?\+\s?)[a-z0-9]\b|[⌘⌥⇧⌃]+(?:\s?\+)?\s?[a-z0-9]\b`,
  'gi'
)
const MAC_KEYS = /[⌘⌥⇧⌃]/

/** Whether a block may hold a shortcut: a lone letter or digit after a hyphen or plus, or a Mac key symbol. */
function mayHaveKeystroke(text: string): boolean {
  for (const joiner of ['-', '+'])
    for (let at = text.indexOf(joiner); at >= 0; at = text.indexOf(joiner, at + 1)) {
      const key = text.charCodeAt(at + 1) === 32 ? at + 2 : at + 1
      if (isWordCode(text.charCodeAt(key)) && !isWordCode(text.charCodeAt(key + 1))) return true
    }
  return MAC_KEYS.test(text)
}
// A file name ("package.json", ".np-config.json", "Cargo.toml") names a file, not the format as a topic:
// a publishing tool that edits package.json is no JSON library. Its name stays, its extension goes.
const DATA_FILE = /(^|[\s(`'"[])(\.?\w[\w.-]*)\.(?:json|toml)\b/gi
// A cheap test first: most blocks name no such file.
const MAY_NAME_DATA_FILE = /\.(?:json|toml)/i
// One pass for all whitespace: a block is one line (soft line breaks inside a paragraph are spaces).
const SPACES = /\s{2,}|[\t\n\r\f\v\u00a0]/g

/** Decodes the HTML character references READMEs use; unknown names stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(ENTITY, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' '
    }
    return NAMED[name.toLowerCase()] ?? whole
  })
}

/** Strips HTML: drops images, scripts, comments and media, keeps the text between tags. */
export function stripHtml(text: string): string {
  if (!text.includes('<')) return text
  let out = text
  if (out.includes('<!--') && out.includes('-->')) out = out.replace(COMMENT, ' ')
  if (HAS_DROPPED_CLOSER.test(out)) out = out.replace(DROPPED, ' ')
  return out.replace(IMG, ' ').replace(AUTOLINK, ' ').replace(TAG, ' ')
}

/** Removes URLs, bare domains and e-mail addresses, whose parts would read as words. */
export function stripUrls(text: string): string {
  let out = text
  if (out.includes('://') || out.includes('www.')) out = out.replace(URL, ' ')
  if (out.includes('@')) out = out.replace(EMAIL, ' ')
  return out.includes('.') ? stripDomains(out) : out
}

/**
 * Plain prose from inline Markdown, on one line: images and badges dropped, links reduced to their text,
 * HTML tags, URLs and emphasis marks removed, entities decoded, whitespace collapsed.
 * @example cleanInline('[![ci](https://b.io/x.svg)](https://ci) A **fast** [parser](https://x.dev).') === 'A fast parser .'
 */
export function cleanInline(raw: string): string {
  let text = raw
  // Links first: a `<…>` link destination would otherwise be taken for an HTML tag.
  if (text.includes('[')) text = text.replace(IMAGE, ' ').replace(LINK, '$1')
  if (text.includes('<')) text = stripHtml(text)
  text = stripUrls(text)
  text = decodeEntities(text)
  if (HAS_MARKS.test(text)) text = text.replace(MARKS_AND_ESCAPES, '$2')
  if (mayHaveKeystroke(text)) text = text.replace(KEYSTROKE, ' ')
  if (MAY_NAME_DATA_FILE.test(text)) text = text.replace(DATA_FILE, '$1$2')
  return text.replace(SPACES, ' ').trim()
}

/** True for a lone label such as "Documentation:" or "Source code:", left behind once its link is gone. */
export function isLabelOnly(text: string): boolean {
  // A sentence that introduces a list ("Flake8 is a wrapper around these tools:") is no label.
  return text.length <= 41 && text.endsWith(':') && !text.includes('\n') && text.split(' ').length <= 4
}
