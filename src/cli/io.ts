import type { Writable } from 'node:stream'

/** What a CLI command may touch: streams and environment, passed in so tests can run commands in-process. */
export interface CliIO {
  readonly stdin: NodeJS.ReadableStream
  readonly stdout: Writable
  readonly stderr: Writable
  readonly env: NodeJS.ProcessEnv
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

/** Write and wait for the stream to accept more, so a slow consumer holds the producer back. */
export async function writeLine(stream: Writable, line: string): Promise<void> {
  if (!stream.write(`${line}\n`)) {
    await new Promise<void>(resolve => stream.once('drain', resolve))
  }
}
