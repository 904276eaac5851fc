import { createReadStream, existsSync } from 'node:fs'
import { createInterface } from 'node:readline'
import type { TagResult } from '../result.js'

/** Earlier results by resume key (see resumeKeys). */
export type ResumeIndex = ReadonlyMap<string, TagResult>

/**
 * The keys a result is found by: its id, and its lowercase `owner/name` (a repository renamed or
 * transferred keeps its id; a result without an id still has its repository).
 */
export function resumeKeys(result: Pick<TagResult, 'id' | 'repository'>): string[] {
  const keys: string[] = []
  if (result.id !== null) keys.push(`id:${result.id}`)
  if (result.repository !== null) keys.push(`repo:${result.repository.toLowerCase()}`)
  return keys
}

/** A repository's earlier result, by its id or its owner/name. */
export function findEarlier(
  previous: ResumeIndex | undefined,
  repo: { readonly id: number | null; readonly fullName: string }
): TagResult | undefined {
  if (!previous) return undefined
  for (const key of resumeKeys({ id: repo.id === null ? null : String(repo.id), repository: repo.fullName })) {
    const found = previous.get(key)
    if (found) return found
  }
  return undefined
}

/** Whether a parsed JSON value looks like a result line (not a per-line error of the file batch). */
export function isResult(value: unknown): value is TagResult {
  if (value === null || typeof value !== 'object') return false
  const record = value as Record<string, unknown>
  return typeof record.fingerprint === 'string' && Array.isArray(record.tags) && 'id' in record
}

/**
 * Read a JSON Lines result file into a resume index, line by line. A missing file is an empty index;
 * lines that are not results (or not JSON: a file cut off mid-line) are skipped, so a run cut off while
 * writing can still be resumed. Failed results are kept out: they are always tried again.
 */
export async function loadResumeIndex(path: string): Promise<Map<string, TagResult>> {
  const index = new Map<string, TagResult>()
  if (!existsSync(path)) return index
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    if (line.trim() === '') continue
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      continue
    }
    if (!isResult(value) || value.error !== undefined) continue
    for (const key of resumeKeys(value)) index.set(key, value)
  }
  return index
}
