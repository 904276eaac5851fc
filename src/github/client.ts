import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type Bottleneck from 'bottleneck'

/** The Octokit every GitHub helper takes: @actions/github's client with the retry and throttling plugins. */
export type Octokit = ReturnType<typeof getOctokit>

/** Where to report a rate-limit wait; the adapter passes core.warning. */
export type Warn = (message: string) => void

export interface OctokitOptions {
  readonly token: string
  /** The REST API root; defaults to GITHUB_API_URL (GitHub Enterprise Server), else https://api.github.com. */
  readonly baseUrl?: string
  readonly warn?: Warn
  /** Seconds are multiplied by this before waiting (1000 in production); tests shorten it. */
  readonly retryAfterBaseValue?: number
  /** How many times a rate-limited request is retried before it fails. */
  readonly rateLimitRetries?: number
  /**
   * Limiter overrides for the throttling plugin, e.g. `{write: new Bottleneck.Group({minTime: 0})}`: by default
   * every write and every GraphQL request waits for one shared limiter, one at a time about 1 s apart.
   * Tests and benchmarks pass their own (batch mode, issue 6).
   */
  readonly limiters?: { readonly write?: Bottleneck.Group }
}

/** Statuses that retrying cannot fix (the retry plugin's list); 429 and 5xx are retried. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 451]

/**
 * Build the client. @actions/github gives proxy support (HTTPS_PROXY on self-hosted runners); the base URL
 * is read here, not when @actions/github was first imported, so a changed GITHUB_API_URL is honoured.
 */
export function createOctokit(options: OctokitOptions): Octokit {
  const warn = options.warn ?? (() => undefined)
  const retries = options.rateLimitRetries ?? 2
  const baseValue = options.retryAfterBaseValue ?? 1000
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const again = retryCount < retries
      warn(
        `GitHub ${kind} hit on ${request.method} ${request.url}${again ? `; retrying in ${retryAfter} s` : '; giving up'}.`
      )
      return again
    }
  return getOctokit(
    options.token,
    {
      baseUrl: (options.baseUrl || process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
      retry: { doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: baseValue },
      throttle: {
        ...options.limiters,
        retryAfterBaseValue: baseValue,
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit')
      }
    },
    retry,
    throttling
  )
}
