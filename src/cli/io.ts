import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import type { Writable } from 'node:stream'
import { getErrorMessage, InputError } from '../errors.js'

/** What a CLI command may touch: streams and environment, passed in so tests can run commands in-process. */
export interface CliIO {
  readonly stdin: NodeJS.ReadableStream
  readonly stdout: Writable
  readonly stderr: Writable
  readonly env: NodeJS.ProcessEnv
  /**
   * The file `batch --threads` runs in its worker threads: the CLI's entry, which hands a worker thread to
   * cli/threads/worker.ts. Callers that run the CLI in-process leave it out, and the worker module runs itself.
   */
  readonly threadScript?: URL
}

/** Exit codes: 0 all ok, 1 an item failed, 2 a usage error (unknown flag, missing file, bad list). */
export const EXIT_OK = 0
export const EXIT_ITEM_FAILED = 1
export const EXIT_USAGE = 2

export interface Command {
  /** One line for the top-level help. */
  readonly summary: string
  readonly help: string
  run(argv: string[], io: CliIO): Promise<number>
}

/**
 * Write and wait for the stream to accept more, so a slow consumer holds the producer back. A stream
 * that failed (disk full, reader gone) makes this throw instead of waiting for a 'drain' that never comes.
 */
export async function writeLine(stream: Writable, line: string): Promise<void> {
  if (stream.errored) throw stream.errored
  if (!stream.write(`${line}\n`)) await once(stream, 'drain')
}

/**
 * Opens `--result-file` for writing (making its folder), before any work is done: a path that cannot be
 * written is a usage error. Later write errors surface through writeLine and `finished`.
 */
export async function openResultFile(path: string): Promise<Writable> {
  const fail = (error: unknown): never => {
    throw new InputError(`--result-file: cannot write "${path}" (${getErrorMessage(error)}); check the path.`)
  }
  await mkdir(dirname(resolve(path)), { recursive: true }).catch(fail)
  const stream = createWriteStream(path)
  stream.on('error', () => {}) // kept in stream.errored for writeLine and finished()
  await once(stream, 'open').catch(fail)
  return stream
}
