import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Classification } from '../classify/types.js'
import { InputError, getErrorMessage } from '../errors.js'

/** Answers by fingerprint: what withCache reads and fills. */
export interface AnswerCache {
  get(key: string): Classification | undefined
  set(key: string, answer: Classification): void
  /** Entries held now. */
  readonly size: number
  /** Entries set since the cache was opened: nothing new means nothing to save. */
  readonly added: number
}

/** A cache kept in a JSONL file, one `{"key", "answer"}` per line; new answers are appended as they come. */
export interface FileCache extends AnswerCache {
  readonly path: string
  /** Rewrite the file with only the newest `maxEntries` answers (later lines win for a repeated key). */
  compact(maxEntries?: number): void
}

export const DEFAULT_MAX_CACHE_ENTRIES = 50_000

/**
 * Open (or start) the answer cache at `path`. A missing file is an empty cache; lines that are not cache
 * entries (a cut last line after a crash) are skipped. Appending each answer at once means a run that
 * stops halfway keeps what it paid for.
 */
export function openFileCache(path: string): FileCache {
  const entries = new Map<string, Classification>()
  let text = ''
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new InputError(`cache file ${path} could not be read: ${getErrorMessage(error)}.`)
    }
  }
  for (const line of text.split('\n')) {
    const entry = parseLine(line)
    if (entry) {
      entries.delete(entry.key) // re-insert so that the newest answer is also the last in order
      entries.set(entry.key, entry.answer)
    }
  }
  let added = 0
  return {
    path,
    get: key => entries.get(key),
    set(key, answer) {
      entries.delete(key)
      entries.set(key, answer)
      added++
      mkdirSync(dirname(path), { recursive: true })
      appendFileSync(path, `${JSON.stringify({ key, answer })}\n`)
    },
    get size() {
      return entries.size
    },
    get added() {
      return added
    },
    compact(maxEntries = DEFAULT_MAX_CACHE_ENTRIES) {
      const kept = [...entries.entries()].slice(-maxEntries)
      entries.clear()
      for (const [key, answer] of kept) entries.set(key, answer)
      mkdirSync(dirname(path), { recursive: true })
      const temporary = `${path}.${process.pid}.tmp`
      writeFileSync(temporary, kept.map(([key, answer]) => `${JSON.stringify({ key, answer })}\n`).join(''))
      renameSync(temporary, path)
    }
  }
}

function parseLine(line: string): { key: string; answer: Classification } | undefined {
  if (!line.trim()) return undefined
  try {
    const value: unknown = JSON.parse(line)
    if (typeof value !== 'object' || value === null) return undefined
    const { key, answer } = value as { key?: unknown; answer?: Partial<Classification> }
    if (typeof key !== 'string' || typeof answer !== 'object' || answer === null || !Array.isArray(answer.tags))
      return undefined
    if (typeof answer.provider !== 'string') return undefined
    return {
      key,
      answer: { tags: answer.tags, provider: answer.provider, model: answer.model ?? null, usage: answer.usage ?? null }
    }
  } catch {
    return undefined
  }
}
