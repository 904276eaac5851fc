import { totalOf, type BatchCounts } from '../batch/counts.js'
import type { BatchRecord } from '../batch/run.js'
import type { SummaryRow } from '../batch/summary.js'
import { TaggingError } from '../errors.js'
import type { TagResult } from '../result.js'

/** Step outputs of the batch modes: per-repository outputs would pass GitHub's 1 MB limit, so counts only. */
export interface BatchOutcome {
  readonly outputs: Readonly<Record<'result-file' | 'changed' | 'tagged' | 'unchanged' | 'skipped' | 'failed', string>>
  readonly summary: string
  readonly failure?: Error
}

/** The step outputs from the counts. */
export function outputs(resultFile: string, counts: BatchCounts): BatchOutcome['outputs'] {
  return {
    'result-file': resultFile,
    changed: String(counts.changed),
    tagged: String(counts.tagged),
    unchanged: String(counts.unchanged),
    skipped: String(counts.skipped),
    failed: String(counts.failed)
  }
}

/**
 * The step's failure: a failed upload and a refused topics write (always), and failed repositories unless
 * fail-on-error is false. `refusedCount` repositories are the refused writes, already said by `refused`.
 */
export function withFailure(
  counts: BatchCounts,
  failOnError: boolean,
  uploadFailure?: Error,
  refused?: { message: string; refusedCount: number }
): { failure?: Error } {
  const others = counts.failed - (refused?.refusedCount ?? 0)
  const failed =
    failOnError && others > 0
      ? `${others} of ${totalOf(counts)} repositories failed (see the warnings and the result file); set fail-on-error: false to let the step pass.`
      : undefined
  const messages = [uploadFailure?.message, refused?.message, failed].filter(Boolean)
  return messages.length > 0 ? { failure: new TaggingError(messages.join('\n')) } : {}
}

/** One repository's line in the job summary. */
export function row(
  result: TagResult,
  outcome: SummaryRow['outcome'],
  topics: SummaryRow['topics'],
  write?: BatchRecord['write']
): SummaryRow {
  return {
    repository: result.repository ?? result.id ?? '?',
    outcome,
    tags: result.scores.map(s => s.name),
    topics,
    ...(result.error ? { error: result.error } : {}),
    ...(result.skipped ? { skipped: result.skipped } : {}),
    ...(write === 'planned' ? { notWritten: true } : {})
  }
}
