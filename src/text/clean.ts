import { readMarkdown } from './markdown.js'
import { readRst } from './rst.js'
import type { CleanedReadme } from './sections.js'

export type { CleanSection, CleanedReadme } from './sections.js'
export type ReadmeFormat = 'markdown' | 'rst' | 'text'

/**
 * Turns a README into plain prose by section: badges, images, HTML, link targets, URLs, code blocks,
 * navigation lines and "join us on Discord" lines removed; each section marked 'opening' (what the
 * project is), 'boilerplate' (install, licence, contributing, FAQ…) or 'body'.
 * @example cleanReadme('# Foo\n\nFoo is a fast JSON parser.\n\n## License\n\nMIT').sections.map(s => s.kind)
 *   // ['opening', 'boilerplate']
 */
export function cleanReadme(readme: string, format: ReadmeFormat = 'markdown'): CleanedReadme {
  // A model's shortlist reads a README (offline ranking) before its prompt does: clean it once.
  if (readme === last.readme && format === last.format && last.cleaned) return last.cleaned
  const cleaned = cleanOnce(readme, format)
  last = { readme, format, cleaned }
  return cleaned
}

/** The last README cleaned (results are never changed by their readers). */
let last: { readme: string; format: ReadmeFormat; cleaned: CleanedReadme | null } = {
  readme: '',
  format: 'markdown',
  cleaned: null
}

function cleanOnce(readme: string, format: ReadmeFormat): CleanedReadme {
  if (format !== 'markdown') return readRst(readme, format === 'text')
  try {
    return readMarkdown(readme)
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
  }
  // marked recurses once per nesting level: thousands of `>` overflow the stack. Read such a README with
  // its quote markers removed, and as plain text if it still nests too deep.
  try {
    return readMarkdown(readme.replace(/^[ \t>]*>/gm, ''))
  } catch (error) {
    if (error instanceof RangeError) return readRst(readme)
    throw error
  }
}

/** The README format a file name suggests: .rst and .txt (or no extension) as such, anything else Markdown. */
export function formatFromFileName(fileName: string): ReadmeFormat {
  const lower = fileName.toLowerCase()
  if (lower.endsWith('.rst') || lower.endsWith('.rest')) return 'rst'
  if (lower.endsWith('.txt') || !/\.[a-z0-9]+$/.test(lower.replace(/^.*[\\/]/, ''))) return 'text'
  return 'markdown'
}
