import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads'
import { answerLine } from '../../core/batch-line.js'
import { buildClassifier } from '../classifier-flags.js'
import { isWorkerSetup, type LineReply, type LineTask, type WorkerSetup } from './messages.js'

/**
 * This module: what a worker thread runs when the CLI runs in-process (tests). The CLI's entry passes itself
 * instead (CliIO.threadScript) and imports this module in a worker thread: once bundled, this module sits in
 * a chunk whose URL is no script to run.
 */
export const WORKER_MODULE = new URL(import.meta.url)

/** Build the classifier once, then answer each line the pool sends with the single thread's own function. */
function serve(port: MessagePort, setup: WorkerSetup): void {
  // Left unhandled on purpose: a classifier that cannot be built ends the worker, and the pool hears of it.
  const ready = buildClassifier(setup.plan, { env: process.env, stderr: process.stderr })
  port.on('message', (task: LineTask) => {
    void ready
      .then(classifier => answerLine(task.text, task.line, setup.baseDir, classifier, setup.plan.selection))
      .then(answer => port.postMessage({ seq: task.seq, answer } satisfies LineReply))
  })
}

if (!isMainThread && parentPort && isWorkerSetup(workerData)) serve(parentPort, workerData)
