import { defaults as actionsDefaults, getUserAgentWithOrchestrationId } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { Octokit as RestOctokit } from '@octokit/rest'
import type Bottleneck from 'bottleneck'
import { withTimeLimit, type TimeLimits } from './time-limit.js'

export { DEFAULT_TIME_LIMITS, type TimeLimits } from './time-limit.js'

/** @octokit/rest with the retry and throttling plugins: the one client class of the action and the CLI. */
const TaggerOctokit = RestOctokit.plugin(retry, throttling)

/** The Octokit every GitHub helper takes. */
export type Octokit = InstanceType<typeof TaggerOctokit>

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
  /** How long one request may take (connect to last byte); defaults: DEFAULT_TIME_LIMITS. */
  readonly timeLimits?: Partial<TimeLimits>
}

/** Statuses that retrying cannot fix (the retry plugin's list); 429, 5xx and timed-out requests are retried. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 451]

/**
 * Build the client, for the action and the CLI alike. The fetch comes from @actions/github, which routes
 * through HTTPS_PROXY/HTTP_PROXY (minus NO_PROXY) on self-hosted runners, wrapped in a time limit so that a
 * server that accepts the connection and never answers fails the request (then retried like a 5xx). The base
 * URL is read here, not when @actions/github was first imported, so a changed GITHUB_API_URL is honoured.
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
  const proxyFetch = (actionsDefaults.request?.fetch as typeof fetch | undefined) ?? fetch
  return new TaggerOctokit({
    auth: options.token,
    userAgent: getUserAgentWithOrchestrationId('readme-tagger'),
    baseUrl: (options.baseUrl || process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    request: { fetch: withTimeLimit(proxyFetch, options.timeLimits) },
    retry: { doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: baseValue },
    throttle: {
      ...options.limiters,
      retryAfterBaseValue: baseValue,
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit')
    }
  })
}
