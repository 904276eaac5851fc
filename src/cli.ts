#!/usr/bin/env node
import { isMainThread } from 'node:worker_threads'

// `batch --threads` runs this same file in its worker threads (see cli/threads/pool.ts). Both branches are
// imported on demand so that, once bundled, a worker loads the tagging code only, not the whole CLI.
if (isMainThread) {
  const { runCli } = await import('./cli/run.js')
  // The reader of our output went away (`readme-tagger batch … | head`): stop quietly, as Unix tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit()
  })

  process.exitCode = await runCli(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    threadScript: new URL(import.meta.url)
  })
} else await import('./cli/threads/worker.js')
