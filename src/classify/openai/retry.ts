import { APIConnectionTimeoutError, APIError } from 'openai'
import { isRetryable } from './errors.js'

/** Waits between attempts: exponential from `initialMs`, capped at `maxMs`, unless the server asks for more. */
export interface Backoff {
  readonly initialMs: number
  readonly maxMs: number
}

export const DEFAULT_BACKOFF: Backoff = { initialMs: 1000, maxMs: 20_000 }

/**
 * Run `attempt` until it succeeds, fails for good, or `deadline` (epoch ms) comes: 429, 5xx and lost
 * connections are tried again after a backoff (or the server's Retry-After). Each attempt is given the time
 * left as its own timeout, so that model-timeout bounds all the attempts together. The last error is thrown.
 */
export async function withRetries<T>(
  attempt: (timeoutMs: number) => Promise<T>,
  deadline: number,
  backoff: Backoff
): Promise<T> {
  let previous: unknown
  for (let tries = 0; ; tries++) {
    const left = deadline - Date.now()
    try {
      return await attempt(Math.max(1, left))
    } catch (error) {
      // A last attempt cut short by the deadline says less than the faults that used up the time.
      if (error instanceof APIConnectionTimeoutError && previous !== undefined) throw previous
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
