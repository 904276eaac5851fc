import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { ClassifyInput } from '../classify/types.js'
import { formatFromFileName } from '../text/clean.js'
import type { TagItem } from './tag-item.js'

/** A parsed input line, or the reason it cannot be tagged. */
export type BatchInput =
  | { readonly line: number; readonly item: TagItem }
  | { readonly line: number; readonly id: string | null; readonly error: string }

/**
 * Turn one JSONL line `{"id", "description"?, "readme"? | "readme_path"?}` into an item.
 * `readme_path` is relative to `baseDir` (the input file's folder). Unknown fields are ignored.
 */
export async function parseBatchLine(text: string, line: number, baseDir: string): Promise<BatchInput> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return {
      line,
      id: null,
      error: `line ${line}: not valid JSON (${error instanceof Error ? error.message : String(error)})`
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { line, id: null, error: `line ${line}: expected a JSON object with "id" and "readme" or "readme_path"` }
  }
  const record = value as Record<string, unknown>
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : null
  const fail = (error: string): BatchInput => ({ line, id, error: `line ${line}: ${error}` })
  if (record.id !== undefined && record.id !== null && id === null) return fail('"id" must be a string or a number')
  if (record.description !== undefined && record.description !== null && typeof record.description !== 'string') {
    return fail('"description" must be a string')
  }
  const description = typeof record.description === 'string' ? record.description : ''
  let readme: string
  let format: ClassifyInput['format'] = 'markdown'
  if (typeof record.readme === 'string') {
    readme = record.readme
  } else if (typeof record.readme_path === 'string') {
    const path = resolve(baseDir, record.readme_path)
    try {
      readme = await readFile(path, 'utf8')
    } catch {
      return fail(`cannot read readme_path "${record.readme_path}" (resolved to ${path})`)
    }
    format = formatFromFileName(path)
  } else if (description !== '') {
    readme = ''
  } else {
    return fail('needs "readme" (text), "readme_path" or at least a "description"')
  }
  return { line, item: { id, readme, description, format } }
}
