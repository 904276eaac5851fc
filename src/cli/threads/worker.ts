import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads'
import { answerLine } from '../../core/batch-line.js'
import { buildClassifier } from '../classifier-flags.js'
import { batchedPost } from './batched-post.js'
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
  const reply = batchedPost<LineReply>(replies => port.postMessage(replies))
  port.on('message', (tasks: LineTask[]) => {
    for (const task of tasks) {
      void ready
        .then(classifier => answerLine(task.text, task.line, setup.baseDir, classifier, setup.plan.selection))
        .then(answer => reply({ seq: task.seq, answer }))
    }
  })
}

if (!isMainThread && parentPort && isWorkerSetup(workerData)) serve(parentPort, workerData)
