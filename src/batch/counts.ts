import type { TagResult } from '../result.js'

/**
 * How one repository ended: topics (or a new result) written, nothing to do, nothing to tag (neither README
 * nor description), or an error.
 */
export type Outcome = 'tagged' | 'unchanged' | 'skipped' | 'failed'

/** Counts of a batch run, as the action's outputs and the CLI's final line give them. */
export interface BatchCounts {
  tagged: number
  unchanged: number
  skipped: number
  failed: number
  /** Whether any repository's topics changed (or would, in a dry run). */
  changed: boolean
}

export function emptyCounts(): BatchCounts {
  return { tagged: 0, unchanged: 0, skipped: 0, failed: 0, changed: false }
}

/** Add one outcome to running counts. */
export function addOutcome(counts: BatchCounts, outcome: Outcome, topicsChanged = false): void {
  counts[outcome] += 1
  if (topicsChanged) counts.changed = true
}

/** The outcome a result alone implies, for results read back from files (merge): skipped, an error, or not. */
export function outcomeOfResult(result: Pick<TagResult, 'error' | 'skipped'>): Outcome {
  if (result.skipped !== undefined) return 'skipped'
  return result.error === undefined ? 'tagged' : 'failed'
}

/** All repositories counted. */
export function totalOf(counts: Readonly<Record<Outcome, number>>): number {
  return counts.tagged + counts.unchanged + counts.skipped + counts.failed
}

/** `tagged 3, unchanged 1, skipped 0, failed 0`: the final line's wording. */
export function formatCounts(counts: Readonly<Record<Outcome, number>>): string {
  return `tagged ${counts.tagged}, unchanged ${counts.unchanged}, skipped ${counts.skipped}, failed ${counts.failed}`
}
