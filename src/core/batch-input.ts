import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { ClassifyInput } from '../classify/types.js'
import { formatFromFileName } from '../text/clean.js'
import type { TagItem } from './tag-item.js'

/**
 * A parsed input line, or the reason it cannot be tagged. `given` holds a non-empty `tags` array as the
 * line gave it: the line is then an example (resolved against the list by resolveGivenTags).
 */
export type BatchInput =
  | { readonly line: number; readonly item: TagItem; readonly given?: readonly unknown[] }
  | { readonly line: number; readonly id: string | null; readonly error: string }

/** Whether a line's `tags` makes it an example: a non-empty array (absent, null or [] mean "tag this"). */
export function givesTags(record: Record<string, unknown>): boolean {
  return Array.isArray(record.tags) && record.tags.length > 0
}

/**
 * Turn one JSONL line `{"id", "description"?, "readme"? | "readme_path"?, "tags"?}` into an item.
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
  return parseBatchRecord(value, line, baseDir)
}

/** parseBatchLine for a line already parsed as JSON (`value`): what it holds, or why it cannot be tagged. */
export async function parseBatchRecord(value: unknown, line: number, baseDir: string): Promise<BatchInput> {
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
  if (record.tags !== undefined && record.tags !== null && !Array.isArray(record.tags)) {
    return fail('"tags" must be an array of tag names or {"id", "name"} objects (empty or absent: tag this line)')
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
  const item: TagItem = { id, readme, description, format }
  return givesTags(record) ? { line, item, given: record.tags as unknown[] } : { line, item }
}
