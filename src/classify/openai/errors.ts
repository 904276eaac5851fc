import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai'
import { TaggingError, getErrorMessage } from '../../errors.js'

/** What went wrong with a model call; `final` kinds mean the setup is wrong, so later items stop calling. */
export type ModelErrorKind =
  | 'auth'
  | 'access'
  | 'not-found'
  | 'gone'
  | 'bad-request'
  | 'rate-limit'
  | 'server'
  | 'timeout'
  | 'connection'
  | 'unreachable'
  | 'bad-answer'
  | 'not-json'

const FINAL: ReadonlySet<ModelErrorKind> = new Set(['auth', 'access', 'not-found', 'gone', 'not-json', 'unreachable'])

/** A model call that failed, with a message that says what to check. Never contains the API key. */
export class ModelError extends TaggingError {
  override name = 'ModelError'
  constructor(
    readonly kind: ModelErrorKind,
    message: string,
    readonly status?: number
  ) {
    super(message)
  }

  /** Whether the same setup would fail the same way for every item (wrong key, base-url, model). */
  get final(): boolean {
    return FINAL.has(this.kind)
  }
}

/** What an explanation needs to know about the call. */
export interface CallContext {
  readonly model: string
  readonly baseUrl: string
  readonly timeoutMs: number
  /** Strings to blank out of any server text (the API key). */
  readonly secrets: readonly string[]
}

/** Whether a failed attempt is worth retrying within model-timeout: 408, 409, 429, 5xx, lost connections, timeouts. */
export function isRetryable(error: unknown): boolean {
  // One attempt past its own limit (a server that accepted and stays silent): another may be answered.
  if (error instanceof APIConnectionTimeoutError) return true
  // A refused connection may be a local server still starting; an unknown host or a bad certificate will not mend.
  if (error instanceof APIConnectionError) return !NEVER_REACHABLE.test(rootCause(error).code ?? '')
  if (error instanceof APIError && typeof error.status === 'number') {
    return error.status === 408 || error.status === 409 || error.status === 429 || error.status >= 500
  }
  return false
}

/** Request parameters a server may refuse, and which 400s (or 422s) name them. */
export type AdjustableParam = 'response_format' | 'temperature' | 'seed' | 'max_tokens' | 'reasoning_effort'

/**
 * The request parameter a 400/422 refuses, if it is one the classifier can change: a refused
 * `response_format` (or its schema), or a setting reasoning models refuse (`temperature`, `seed`,
 * `max_tokens`). Read from the error's `param` field, else from its message.
 */
export function refusedParam(error: unknown): AdjustableParam | null {
  if (!(error instanceof APIError) || (error.status !== 400 && error.status !== 422)) return null
  const param = typeof error.param === 'string' ? error.param : ''
  const text = `${param} ${error.message}`.toLowerCase()
  if (/response_format|json_schema|\bschema\b|\bstrict\b|maxitems|structured output|guided_json/.test(text))
    return 'response_format'
  if (/\btemperature\b/.test(text)) return 'temperature'
  if (/\bseed\b/.test(text)) return 'seed'
  if (/\bmax_tokens\b/.test(text)) return 'max_tokens'
  if (/\breasoning_effort\b/.test(text)) return 'reasoning_effort'
  return null
}

/** A ModelError for anything a model call threw, with the fix to try. */
export function explainError(error: unknown, context: CallContext): ModelError {
  if (error instanceof ModelError)
    return new ModelError(error.kind, redact(error.message, context.secrets), error.status)
  const server = redact(serverText(error), context.secrets)
  const at = `at base-url ${context.baseUrl}`
  const seconds = `${Math.round(context.timeoutMs / 100) / 10} s`
  if (error instanceof APIConnectionTimeoutError) {
    return new ModelError(
      'timeout',
      `no answer from the model server ${at} within model-timeout (${seconds}); raise model-timeout or check the server`
    )
  }
  if (error instanceof APIConnectionError) {
    const cause = rootCause(error)
    const code = cause.code ?? ''
    const why = redact(cause.message, context.secrets)
    const setup = NEVER_REACHABLE.test(code) || code === 'ECONNREFUSED'
    return new ModelError(
      setup ? 'unreachable' : 'connection',
      `could not reach the model server ${at} (${why}); check base-url${setup ? '' : ' and the network'}`
    )
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    const status = error.status
    const said = server ? `: ${server}` : ''
    switch (status) {
      case 401:
        return new ModelError(
          'auth',
          `the model server ${at} rejected the API key (401)${said}; check the api-key input (OPENAI_API_KEY for the CLI)`,
          status
        )
      case 403:
        return new ModelError(
          'access',
          `the API key has no access to model "${context.model}" ${at} (403)${said}; check the key's project and model permissions, or choose another model`,
          status
        )
      case 404:
        return new ModelError(
          'not-found',
          `not found ${at} (404)${said}; check that base-url is the API root of an OpenAI-compatible server (usually ending in /v1, without /chat/completions) and that model "${context.model}" exists there`,
          status
        )
      case 410:
        return new ModelError(
          'gone',
          `the endpoint ${at} is gone (410)${said}; the service was retired (GitHub Models was, on 2026-07-30): point base-url at a current OpenAI-compatible server`,
          status
        )
      case 429:
        return new ModelError(
          'rate-limit',
          `still rate-limited (429) ${at} after retrying for model-timeout (${seconds})${said}; raise model-timeout, lower concurrency, or check the account's quota`,
          status
        )
      default:
        if (status >= 500 || status === 408 || status === 409) {
          return new ModelError(
            'server',
            `the model server ${at} kept failing (${status}) through model-timeout (${seconds})${said}; try again later or raise model-timeout`,
            status
          )
        }
        return new ModelError(
          'bad-request',
          `the model server ${at} refused the request for model "${context.model}" (${status})${said}`,
          status
        )
    }
  }
  if (error instanceof SyntaxError) {
    return new ModelError(
      'bad-answer',
      `the model server ${at} answered with a body that is not valid JSON (${redact(error.message, context.secrets)}); check base-url`
    )
  }
  return new ModelError('bad-answer', `the model call failed ${at}: ${redact(getErrorMessage(error), context.secrets)}`)
}

/** Connection failures that retrying cannot mend: unknown host, refused port number, certificate problems. */
const NEVER_REACHABLE =
  /^(ENOTFOUND|ERR_INVALID_URL|ERR_TLS_CERT_ALTNAME_INVALID|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_.*|CERT_.*)$/

/** The innermost cause of an error (fetch wraps the socket error twice), with its code when it has one. */
function rootCause(error: unknown): { code?: string; message: string } {
  let current: unknown = error
  for (let depth = 0; depth < 5 && current instanceof Error && current.cause !== undefined; depth++)
    current = current.cause
  const code = (current as { code?: unknown } | null)?.code
  return { code: typeof code === 'string' ? code : undefined, message: getErrorMessage(current) }
}

/** The server's own words from an SDK error, on one line and short. */
function serverText(error: unknown): string {
  const message = getErrorMessage(error)
    .replace(/^\d{3}\s+/, '')
    .replace(/\s*status code \(no body\)\s*/, '')
    .replace(/\s+/g, ' ')
    .trim()
  return message.length > 300 ? `${message.slice(0, 300)}…` : message
}

/**
 * Blank out secrets (and anything shaped like an OpenAI key) in a text shown to users.
 * @example redact('bad key sk-abc123def456ghi789', []) // 'bad key [redacted]'
 */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text
  for (const secret of secrets) if (secret.length >= 6) out = out.split(secret).join('[redacted]')
  return out.replace(/\bsk-[A-Za-z0-9_-]{12,}/g, '[redacted]')
}
