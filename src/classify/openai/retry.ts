import { APIConnectionTimeoutError, APIError } from 'openai'
import { isRetryable } from './errors.js'

/** Waits between attempts: exponential from `initialMs`, capped at `maxMs`, unless the server asks for more. */
export interface Backoff {
  readonly initialMs: number
  readonly maxMs: number
}

export const DEFAULT_BACKOFF: Backoff = { initialMs: 1000, maxMs: 20_000 }

/**
 * One attempt's own limit (connect to answer): a server that accepts and stays silent costs this, then the
 * attempt is retried like a 5xx, all within model-timeout.
 */
export const DEFAULT_ATTEMPT_MS = 60_000

/**
 * Run `attempt` until it succeeds, fails for good, or `deadline` (epoch ms) comes: 429, 5xx, lost connections
 * and attempts past `attemptMs` are tried again after a backoff (or the server's Retry-After). Each attempt's
 * timeout is `attemptMs` or the time left, whichever is shorter, so that model-timeout bounds all the
 * attempts together. The last error is thrown.
 */
export async function withRetries<T>(
  attempt: (timeoutMs: number) => Promise<T>,
  deadline: number,
  backoff: Backoff,
  attemptMs = DEFAULT_ATTEMPT_MS
): Promise<T> {
  let previous: unknown
  for (let tries = 0; ; tries++) {
    const left = deadline - Date.now()
    try {
      return await attempt(Math.max(1, Math.min(left, attemptMs)))
    } catch (error) {
      // A last attempt cut short by the deadline says less than the faults that used up the time.
      const spent = Date.now() >= deadline
      if (error instanceof APIConnectionTimeoutError && spent && previous !== undefined) throw previous
      if (!isRetryable(error)) throw error
      const wait = delayBefore(tries, backoff, error)
      if (Date.now() + wait >= deadline) throw error
      previous = error
      await new Promise(resolve => setTimeout(resolve, wait))
    }
  }
}

function delayBefore(tries: number, backoff: Backoff, error: unknown): number {
  const exponential = Math.min(backoff.maxMs, backoff.initialMs * 2 ** tries)
  const jittered = exponential * (0.8 + Math.random() * 0.4)
  return Math.max(jittered, retryAfterMs(error) ?? 0)
}

/** The server's Retry-After (seconds or a date) or retry-after-ms, when it sent one. */
function retryAfterMs(error: unknown): number | undefined {
  if (!(error instanceof APIError) || !error.headers) return undefined
  const ms = Number(error.headers.get('retry-after-ms'))
  if (Number.isFinite(ms) && ms > 0) return ms
  const header = error.headers.get('retry-after')
  if (!header) return undefined
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const at = Date.parse(header)
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now())
}
