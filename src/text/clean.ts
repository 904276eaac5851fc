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
  return format === 'markdown' ? readMarkdown(readme) : readRst(readme)
}

/** The README format a file name suggests: .rst and .txt (or no extension) as such, anything else Markdown. */
export function formatFromFileName(fileName: string): ReadmeFormat {
  const lower = fileName.toLowerCase()
  if (lower.endsWith('.rst') || lower.endsWith('.rest')) return 'rst'
  if (lower.endsWith('.txt') || !/\.[a-z0-9]+$/.test(lower.replace(/^.*[\\/]/, ''))) return 'text'
  return 'markdown'
}
