import type { BatchRecord } from './run.js'

/**
 * Once GitHub refuses a topics write for lack of permission, the rest are planned only: one error says so,
 * with the first refusal's explanation (the token, the permission, what to do).
 */
export function refusalMessage(firstRefusal: string, refusedCount: number, plannedCount: number): string {
  const more = refusedCount > 1 ? ` (${refusedCount} writes under way were refused alike)` : ''
  if (plannedCount === 0) return `${firstRefusal}${more}`
  return (
    `GitHub refused to set topics, so no more writes were sent${more}: ${plannedCount} more topic changes were ` +
    `planned and reported, not written. ${firstRefusal}`
  )
}

/** The refused and planned writes of a run, for the one error that says them at the end. */
export interface RefusalTally {
  /** Counts a record's write; true when it was refused (its error is then said at the end, not now). */
  see(record: Pick<BatchRecord, 'write' | 'result'>): boolean
  /** The error for the refusals seen, and how many repositories they were; undefined when none was refused. */
  refused(): { message: string; refusedCount: number } | undefined
}

export function tallyRefusals(): RefusalTally {
  const refusals: string[] = []
  let planned = 0
  return {
    see(record) {
      if (record.write === 'planned') planned += 1
      if (record.write !== 'refused') return false
      refusals.push(record.result.error ?? '')
      return true
    },
    refused: () =>
      refusals.length > 0
        ? { message: refusalMessage(refusals[0]!, refusals.length, planned), refusedCount: refusals.length }
        : undefined
  }
}
