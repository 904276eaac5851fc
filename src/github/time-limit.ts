/** How long one GitHub request may take, from connecting to the last byte of the answer, in ms. */
export interface TimeLimits {
  readonly restMs: number
  /** GraphQL gets longer: GitHub itself gives a query up to 10 s, and a batch of READMEs is a large answer. */
  readonly graphqlMs: number
}

export const DEFAULT_TIME_LIMITS: TimeLimits = { restMs: 30_000, graphqlMs: 60_000 }

/** The error a request past its time limit fails with; @octokit/request turns it into a retried 500. */
export class TimeLimitError extends Error {
  override name = 'TimeLimitError'
}

/**
 * Wrap a fetch so each request is aborted after its time limit (the caller's own signal still works). The
 * limit covers the body too: a README streamed from a server that stalls mid-way also fails.
 */
export function withTimeLimit(base: typeof fetch, limits: Partial<TimeLimits> = {}): typeof fetch {
  const { restMs, graphqlMs } = { ...DEFAULT_TIME_LIMITS, ...limits }
  return async (input, init) => {
    const url = input instanceof Request ? input.url : String(input)
    const ms = new URL(url).pathname.endsWith('/graphql') ? graphqlMs : restMs
    const limit = AbortSignal.timeout(ms)
    const signal = init?.signal ? AbortSignal.any([init.signal, limit]) : limit
    try {
      return await base(input, { ...init, signal })
    } catch (error) {
      if (!limit.aborted || init?.signal?.aborted) throw error
      const method = init?.method ?? 'GET'
      throw new TimeLimitError(`GitHub did not answer ${method} ${url} within ${ms / 1000} s`, { cause: error })
    }
  }
}

/** Whether `error` (or an error it wraps, as Octokit's RequestError does) is a request past its time limit. */
export function isTimeLimit(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++)
    if (e.name === 'TimeLimitError') return true
  return false
}
