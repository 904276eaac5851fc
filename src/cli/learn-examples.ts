import { createReadStream, createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { finished } from 'node:stream/promises'
import type { ExampleLearner } from '../classify/examples/index.js'
import { givesTags, parseBatchRecord } from '../core/batch-input.js'
import { resolveGivenTags } from '../core/given-tags.js'
import { capBytes } from '../core/tag-item.js'
import type { TagList } from '../tags/types.js'

/** Non-blank lines of a stream with their 1-based line numbers. */
export async function* numberedLines(stream: NodeJS.ReadableStream): AsyncIterable<{ text: string; line: number }> {
  let line = 0
  for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
    line += 1
    if (text.trim() !== '') yield { text, line }
  }
}

/**
 * Learn from the example lines (non-empty `tags`) of a JSON Lines file: one pass, each README read once
 * and folded into the learner's profiles, none kept. Each line costs one JSON parse at most. Lines that
 * cannot be used are passed to `skipped` (the input's own are reported again, as line errors, when it is
 * tagged).
 * Returns how many examples were learned.
 */
export async function learnFromFile(
  path: string,
  baseDir: string,
  tags: TagList,
  learner: ExampleLearner,
  skipped: (line: number, error: string) => void = () => {}
): Promise<number> {
  let learned = 0
  for await (const { text, line } of numberedLines(createReadStream(path))) {
    // Most lines of a large input are to be tagged, not examples: no "tags" key, no JSON parse.
    if (!text.includes('"tags"')) {
      skipped(line, 'no "tags": not an example')
      continue
    }
    let record: unknown
    try {
      record = JSON.parse(text)
    } catch {
      skipped(line, 'not valid JSON')
      continue
    }
    if (record === null || typeof record !== 'object' || !givesTags(record as Record<string, unknown>)) {
      skipped(line, 'no "tags": not an example')
      continue
    }
    const parsed = await parseBatchRecord(record, line, baseDir)
    if ('error' in parsed || !parsed.given) {
      skipped(line, 'error' in parsed ? parsed.error : 'no "tags"')
      continue
    }
    const given = resolveGivenTags(parsed.given, tags)
    if ('error' in given) {
      skipped(line, `line ${line}: ${given.error}`)
      continue
    }
    const { readme, description, format } = parsed.item
    learner.add({ input: { readme: capBytes(readme), description, format }, tags: given.entries })
    learned += 1
  }
  return learned
}

/**
 * Whether a file's bytes hold `text` anywhere, read in chunks (a match across two chunks counts). An input
 * without `"tags"` has no example line: a byte search, not a line-by-line read, tells so.
 */
export async function fileHolds(path: string, text: string): Promise<boolean> {
  const needle = Buffer.from(text)
  let tail: Buffer = Buffer.alloc(0)
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    if (chunk.includes(needle)) return true
    // A match split between chunks: the end of the last chunk joined to the start of this one.
    if (tail.length > 0 && Buffer.concat([tail, chunk.subarray(0, needle.length - 1)]).includes(needle)) return true
    tail = chunk.subarray(Math.max(0, chunk.length - needle.length + 1))
  }
  return false
}

/**
 * Copy stdin to a temporary file, so that it can be read twice (examples first, then tagging) without
 * holding it in memory. `remove` deletes it.
 */
export async function spoolToFile(stream: NodeJS.ReadableStream): Promise<{ path: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'readme-tagger-input-'))
  const path = join(dir, 'input.jsonl')
  const out = createWriteStream(path)
  stream.pipe(out)
  await finished(out)
  return { path, remove: () => rm(dir, { recursive: true, force: true }) }
}
