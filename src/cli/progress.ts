import type { Writable } from 'node:stream'
import { formatCounts, type Outcome } from '../batch/counts.js'

const REPORT_EVERY_MS = 10_000

/**
 * Progress on stderr: a live line on a terminal, a count every 10 s otherwise (logs stay short),
 * and a final line with the counts.
 */
export function createProgress(stream: Writable & { isTTY?: boolean }, now: () => number = Date.now) {
  const counts: Record<Outcome, number> = { tagged: 0, unchanged: 0, skipped: 0, failed: 0 }
  const started = now()
  let lastReport = started
  const line = () => formatCounts(counts)
  return {
    count(outcome: Outcome): void {
      counts[outcome] += 1
      const time = now()
      if (stream.isTTY) {
        stream.write(`\r${line()}`)
      } else if (time - lastReport >= REPORT_EVERY_MS) {
        lastReport = time
        stream.write(`${line()} (${Math.round((time - started) / 1000)} s)\n`)
      }
    },
    done(): Record<Outcome, number> {
      stream.write(`${stream.isTTY ? '\r' : ''}done: ${line()}\n`)
      return { ...counts }
    }
  }
}
