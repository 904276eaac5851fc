import { createWriteStream, existsSync } from 'node:fs'
import { mkdir, open, rename } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { finished } from 'node:stream/promises'
import type { TagResult } from '../result.js'
import { mergeResultFiles } from './merge.js'
import { loadResumeIndex, type ResumeIndex } from './resume.js'

/** A JSON Lines result file being written by a batch run. */
export interface ResultLog {
  readonly path: string
  /** Earlier results (empty unless resuming). */
  readonly previous: ResumeIndex
  /** Append one result; resumed results already in the file are not written twice. */
  write(result: TagResult, resumed: boolean): Promise<void>
  /**
   * Flush, and when resuming fold repeated repositories into one line each (the latest); with `keepOnly`
   * (lowercase owner/name), also drop results of repositories this run no longer selects.
   */
  close(options?: { keepOnly?: ReadonlySet<string> }): Promise<void>
}

/**
 * Open a result file. Without `resume` it is truncated. With `resume` its results become the resume
 * index and new results are appended, so a run cut off halfway loses nothing that was written: the next
 * `--resume` reads old and new lines alike (later lines win).
 */
export async function openResultLog(path: string, options: { resume: boolean }): Promise<ResultLog> {
  const absolute = resolve(path)
  await mkdir(dirname(absolute), { recursive: true })
  const resuming = options.resume && existsSync(absolute)
  const previous = resuming ? await loadResumeIndex(absolute) : new Map<string, TagResult>()
  if (resuming && !(await endsWithNewline(absolute))) {
    // A line cut off mid-write must not swallow the next result.
    const handle = await open(absolute, 'a')
    await handle.write('\n')
    await handle.close()
  }
  const stream = createWriteStream(absolute, { flags: resuming ? 'a' : 'w' })
  return {
    path: absolute,
    previous,
    async write(result, resumed) {
      if (resumed && resuming) return
      if (!stream.write(`${JSON.stringify(result)}\n`)) await new Promise<void>(done => stream.once('drain', done))
    },
    async close(closing = {}) {
      stream.end()
      await finished(stream)
      const only = closing.keepOnly
      if (resuming)
        await compact(absolute, only ? result => only.has(result.repository?.toLowerCase() ?? '') : undefined)
    }
  }
}

async function endsWithNewline(path: string): Promise<boolean> {
  const handle = await open(path, 'r')
  try {
    const { size } = await handle.stat()
    if (size === 0) return true
    const last = Buffer.alloc(1)
    await handle.read(last, 0, 1, size - 1)
    return last[0] === 0x0a
  } finally {
    await handle.close()
  }
}

/** Rewrite a result file keeping one line per repository (see mergeResultFiles), atomically. */
async function compact(path: string, keep?: (result: TagResult) => boolean): Promise<void> {
  const temporary = `${path}.compact`
  const out = createWriteStream(temporary)
  await mergeResultFiles(
    [path],
    async line => {
      if (!out.write(`${line}\n`)) await new Promise<void>(done => out.once('drain', done))
    },
    keep
  )
  out.end()
  await finished(out)
  await rename(temporary, path)
}
