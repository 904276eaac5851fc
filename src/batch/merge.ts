import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { addOutcome, emptyCounts, outcomeOfResult, type BatchCounts } from './counts.js'
import type { TagResult } from '../result.js'
import { isResult, resumeKeys } from './resume.js'

/** What merging gave: counts from the kept results, and problems worth a warning. */
export interface MergeReport {
  readonly counts: BatchCounts
  /** Results dropped because a later file (or line) had the same repository or id. */
  readonly duplicates: number
  readonly warnings: string[]
}

async function* lines(file: string): AsyncIterable<{ text: string; line: number }> {
  let line = 0
  for await (const text of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    line += 1
    if (text.trim() !== '') yield { text, line }
  }
}

/**
 * Join JSON Lines result files (the shards of a matrix run) into one, streaming. Two passes keep memory
 * to one key per result: the first finds, for each repository (or id), the line that wins — the last
 * one, as in a log — and the second writes the winners in file order. Lines that are not JSON (a file cut off mid-line) are skipped with a warning; JSON lines that
 * are not results (the file batch's per-line errors) are kept as they are; results `keep` refuses are dropped.
 */
export async function mergeResultFiles(
  files: readonly string[],
  write: (line: string) => Promise<void> | void,
  keep: (result: TagResult) => boolean = () => true
): Promise<MergeReport> {
  const winner = new Map<string, string>()
  const warnings: string[] = []
  let duplicates = 0
  for (const [f, file] of files.entries()) {
    for await (const { text, line } of lines(file)) {
      const value = parse(text)
      if (value === undefined) {
        warnings.push(`${file}:${line}: not JSON, skipped (a file cut off while writing?).`)
        continue
      }
      if (!isResult(value) || !keep(value)) continue
      const keys = resumeKeys(value)
      if (keys.some(key => winner.has(key))) duplicates += 1
      for (const key of keys) winner.set(key, `${f}:${line}`)
    }
  }
  const kept = new Set(winner.values())
  const counts = emptyCounts()
  for (const [f, file] of files.entries()) {
    for await (const { text, line } of lines(file)) {
      const value = parse(text)
      if (value === undefined) continue
      if (isResult(value)) {
        if (!kept.has(`${f}:${line}`)) continue
        addOutcome(counts, outcomeOfResult(value))
      } else {
        addOutcome(counts, 'failed')
      }
      await write(text)
    }
  }
  return { counts, duplicates, warnings }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
