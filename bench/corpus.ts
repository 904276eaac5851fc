import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { formatFromFileName, type ReadmeFormat } from '../src/text/clean.js'
import { normalizeTagName } from '../src/tags/normalize.js'

/** One evaluation item with its README loaded. */
export interface BenchItem {
  readonly id: string
  readonly description: string
  readonly readme: string
  readonly format: ReadmeFormat
  /** Normal forms: a correct answer contains one of these. */
  readonly gold: readonly string[]
  /** Normal forms of further tags judged correct. */
  readonly acceptable: readonly string[]
}

interface RawItem {
  id?: unknown
  description?: unknown
  readme_path?: unknown
  gold?: unknown
  acceptable?: unknown
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []

/** Reads `<dir>/items.jsonl` and each item's `readme_path` (relative to that folder) into memory. */
export function loadCorpus(dir: string): BenchItem[] {
  const file = join(dir, 'items.jsonl')
  const items: BenchItem[] = []
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue
    const raw = JSON.parse(line) as RawItem
    const path = typeof raw.readme_path === 'string' ? raw.readme_path : ''
    items.push({
      id: String(raw.id),
      description: typeof raw.description === 'string' ? raw.description : '',
      readme: path ? readFileSync(join(dirname(file), path), 'utf8') : '',
      format: formatFromFileName(path || 'README.md'),
      gold: strings(raw.gold).map(normalizeTagName),
      acceptable: strings(raw.acceptable).map(normalizeTagName)
    })
  }
  return items
}
