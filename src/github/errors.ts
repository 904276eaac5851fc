import { TaggingError } from '../errors.js'

/** `owner/name` of a repository. */
export interface RepoRef {
  readonly owner: string
  readonly repo: string
}

/** `owner/name`. */
export function repoName(ref: RepoRef): string {
  return `${ref.owner}/${ref.repo}`
}

/**
 * The HTTP status of an Octokit RequestError, else undefined. Checked by shape: @octokit/request-error is a
 * transitive dependency, and a bundle may hold two copies of it, which defeats instanceof.
 */
export function httpStatus(error: unknown): number | undefined {
  if (!(error instanceof Error) || error.name !== 'HttpError') return undefined
  const status: unknown = (error as { status?: unknown }).status
  return typeof status === 'number' ? status : undefined
}

/**
 * When a 403/429 is GitHub's rate limit (not a permission), say so and when it resets: the throttling plugin
 * has already waited and retried by the time such an error gets here.
 */
function rateLimitNote(error: unknown, status: number | undefined): string | undefined {
  if (status !== 403 && status !== 429) return undefined
  const headers = (error as { response?: { headers?: Record<string, unknown> } }).response?.headers ?? {}
  const message = error instanceof Error ? error.message : ''
  if (headers['x-ratelimit-remaining'] !== '0' && !/rate limit/i.test(message)) return undefined
  const reset = Number(headers['x-ratelimit-reset'])
  const when = Number.isFinite(reset) && reset > 0 ? ` It resets at ${new Date(reset * 1000).toISOString()}.` : ''
  return `GitHub's API rate limit for this token is used up (${status}: ${message}).${when} Run later, or use a token with its own limit (a GitHub App token).`
}

/**
 * Explain a failed read of a repository: a 404 or 403 names the repository and the permission it needs.
 * Anything else keeps GitHub's message.
 */
export function explainReadError(error: unknown, ref: RepoRef, what: string): Error {
  const status = httpStatus(error)
  const name = repoName(ref)
  const message = error instanceof Error ? error.message : String(error)
  const limited = rateLimitNote(error, status)
  if (limited) return new TaggingError(`Cannot read ${what} of ${name}: ${limited}`, { cause: error })
  if (status === 404 || status === 403) {
    return new TaggingError(
      `Cannot read ${what} of ${name}: GitHub answered ${status} (${message}). ` +
        `Check that the repository "${name}" exists and that github-token can read it: it needs \`contents: read\` ` +
        `on ${name}. The workflow's GITHUB_TOKEN only reaches the workflow's own repository; for another private ` +
        `repository pass a fine-grained token or GitHub App token with Contents: read as github-token.`,
      { cause: error }
    )
  }
  return new TaggingError(`Cannot read ${what} of ${name}: ${message}`, { cause: error })
}

/**
 * GitHub refused a topics write for lack of permission (a 403 that is neither a rate limit nor an archived
 * repository): the token will be refused on every other repository too.
 */
export class TopicsRefusedError extends TaggingError {}

/** Explain a failed topics write: the token needs Administration: write, which GITHUB_TOKEN cannot have. */
export function explainTopicsError(error: unknown, ref: RepoRef): Error {
  const status = httpStatus(error)
  const name = repoName(ref)
  const message = error instanceof Error ? error.message : String(error)
  const limited = rateLimitNote(error, status)
  if (limited) return new TaggingError(`Cannot set the topics of ${name}: ${limited}`, { cause: error })
  if (status === 403 && /\barchived\b/i.test(message)) {
    return new TaggingError(
      `Cannot set the topics of ${name}: it is archived, so GitHub keeps it read-only. Unarchive it, or leave it ` +
        `out (exclude, include-archived: false, or output: artifact).`,
      { cause: error }
    )
  }
  if (status === 403 || status === 404) {
    return new (status === 403 ? TopicsRefusedError : TaggingError)(
      `Cannot set the topics of ${name}: GitHub answered ${status} (${message}). Setting topics needs a token ` +
        `with Administration: write on ${name} — a fine-grained personal access token or a GitHub App token — ` +
        `passed as topics-token (for example \`topics-token: \${{ secrets.TOPICS_TOKEN }}\`). The workflow's ` +
        `GITHUB_TOKEN cannot set topics, whatever its \`permissions:\` say. To only preview, set dry-run: true; ` +
        `to skip topics, set output: artifact.`,
      { cause: error }
    )
  }
  return new TaggingError(`Cannot set the topics of ${name}: ${message}`, { cause: error })
}
