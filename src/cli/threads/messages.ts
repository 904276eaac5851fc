import type { AnsweredLine } from '../../core/batch-line.js'
import type { ClassifierPlan } from '../classifier-flags.js'

/** What a batch worker thread gets as its workerData: enough to build its own classifier once. */
export interface WorkerSetup {
  readonly kind: typeof WORKER_KIND
  readonly plan: ClassifierPlan
  /** The folder `readme_path` is relative to. */
  readonly baseDir: string
}

/** Marks our workerData, so that the CLI loaded in a thread of some other program stays inert. */
export const WORKER_KIND = 'readme-tagger/batch-lines'

/** One input line, numbered by the pool (`seq`) to match its answer. Tasks and replies travel in batches. */
export interface LineTask {
  readonly seq: number
  readonly text: string
  readonly line: number
}

export interface LineReply {
  readonly seq: number
  readonly answer: AnsweredLine
}

export function isWorkerSetup(data: unknown): data is WorkerSetup {
  return typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === WORKER_KIND
}
