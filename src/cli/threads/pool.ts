import { Worker } from 'node:worker_threads'
import type { AnsweredLine } from '../../core/batch-line.js'
import { batchedPost } from './batched-post.js'
import type { LineReply, LineTask, WorkerSetup } from './messages.js'
import { WORKER_MODULE } from './worker.js'

/** Answers one input line. */
export type LineAnswerer = (text: string, line: number) => Promise<AnsweredLine>

/** Lines in flight per worker: enough that none waits for its next line while the main thread is busy. */
export const LINES_PER_WORKER = 32

/** Worker threads that answer input lines; the caller keeps the order and bounds what is in flight. */
export interface LinePool {
  /** The answer for one line, from the worker with the fewest lines waiting. */
  readonly answer: LineAnswerer
  /** Stop the workers (after the last answer, or on the way out of a failed run). */
  close(): Promise<void>
}

interface Waiting {
  resolve(answer: AnsweredLine): void
  reject(error: unknown): void
}

interface Thread {
  readonly worker?: Worker
  readonly waiting: Map<number, Waiting>
  readonly send: (task: LineTask) => void
}

/**
 * Start `size` worker threads running `script`, each building its classifier from `setup`; with `local`,
 * this thread is one of the `size` and answers its share of the lines with it. On 2 cores, main thread and
 * one worker took 2.09 s for 2,120 READMEs against 2.28 s for two workers (median of 6; `--threads 1` 2.33 s):
 * a worker costs a second start-up and warm-up, and the main thread was mostly waiting. A worker that
 * fails or exits early fails the lines it holds and every later one: a crash is a bug, not a bad input line,
 * so the run stops with its message rather than hide it behind per-line errors.
 */
export function startLinePool(
  size: number,
  setup: WorkerSetup,
  script: URL = WORKER_MODULE,
  local?: LineAnswerer
): LinePool {
  let failure: Error | undefined
  let closing = false
  let seq = 0
  const threads: Thread[] = Array.from({ length: local ? size - 1 : size }, () => {
    const worker = new Worker(script, { workerData: setup, execArgv: execArgvFor(script) })
    const send = batchedPost<LineTask>(tasks => worker.postMessage(tasks))
    const thread: Thread = { worker, waiting: new Map(), send }
    worker.on('message', (replies: LineReply[]) => {
      for (const { seq, answer } of replies) {
        thread.waiting.get(seq)?.resolve(answer)
        thread.waiting.delete(seq)
      }
    })
    worker.on('error', error => fail(error))
    worker.on('exit', code => {
      if (!closing) fail(new Error(`a batch worker thread stopped (exit code ${code}) before the batch was done`))
    })
    return thread
  })
  if (local) threads.push(localThread(local))

  function fail(error: Error): void {
    failure ??= new Error(`a batch worker thread failed: ${error.message}`, { cause: error })
    for (const thread of threads) {
      for (const waiting of thread.waiting.values()) waiting.reject(failure)
      thread.waiting.clear()
    }
  }

  return {
    answer(text, line) {
      if (failure) return Promise.reject(failure)
      const thread = threads.reduce((best, next) => (next.waiting.size < best.waiting.size ? next : best))
      const task: LineTask = { seq: seq++, text, line }
      const answer = new Promise<AnsweredLine>((resolve, reject) => thread.waiting.set(task.seq, { resolve, reject }))
      // The run awaits answers in input order and stops at the first rejection: the rest must not go unhandled.
      answer.catch(() => {})
      thread.send(task)
      return answer
    },
    async close() {
      closing = true
      await Promise.all(threads.map(thread => thread.worker?.terminate()))
    }
  }
}

/**
 * Run from the sources in a process without tsx (vitest) the script is TypeScript, which the worker then
 * needs tsx to load. The built CLI is JavaScript, and a process started with tsx passes it on to its workers.
 */
function execArgvFor(script: URL): string[] | undefined {
  if (!script.pathname.endsWith('.ts') || process.execArgv.some(arg => /tsx/.test(arg))) return undefined
  return ['--import', 'tsx']
}

/**
 * This thread as one of the pool's: its lines are answered one per turn of the event loop, so that reading,
 * feeding the workers and writing go on between them.
 */
function localThread(answer: LineAnswerer): Thread {
  const waiting = new Map<number, Waiting>()
  const queue: LineTask[] = []
  const next = (): void => {
    const task = queue.shift()
    if (!task) return
    if (queue.length > 0) setImmediate(next)
    // A failed worker has failed every line in flight, this thread's too: nothing left to answer.
    const settle = waiting.get(task.seq)
    if (!settle) return
    answer(task.text, task.line).then(
      result => {
        waiting.delete(task.seq)
        settle.resolve(result)
      },
      error => {
        waiting.delete(task.seq)
        settle.reject(error)
      }
    )
  }
  return {
    waiting,
    send(task) {
      queue.push(task)
      if (queue.length === 1) setImmediate(next)
    }
  }
}
