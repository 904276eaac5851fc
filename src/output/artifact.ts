import type { UploadArtifactOptions, UploadArtifactResponse } from '@actions/artifact'
import { basename, dirname, resolve } from 'node:path'
import { getErrorMessage, InputError } from '../errors.js'
import { lazyArtifactClient } from './artifact-client.js'

/** The part of @actions/artifact's client used here; tests may pass another. */
export interface ArtifactUploader {
  uploadArtifact(
    name: string,
    files: string[],
    rootDirectory: string,
    options?: UploadArtifactOptions
  ): Promise<UploadArtifactResponse>
}

export interface ArtifactRequest {
  readonly name: string
  /** The result file to upload (zipped, as the only entry). */
  readonly file: string
  /** Days to keep it; undefined means the repository's setting. */
  readonly retentionDays?: number
}

export type ArtifactOutcome =
  | { readonly uploaded: true; readonly id: number | null; readonly size: number | null }
  | { readonly uploaded: false; readonly reason: string }

type Env = Readonly<Record<string, string | undefined>>

/** Characters the artifact service refuses in a name (as @actions/artifact's own check lists them). */
const FORBIDDEN_IN_NAME = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/']

/**
 * `artifact-name`, checked before any network call: the upload comes last, after topics were written.
 * Empty means `fallback`.
 * @example parseArtifactName('', 'readme-tags') // 'readme-tags'
 */
export function parseArtifactName(value: string, fallback: string): string {
  const name = value.trim() || fallback
  const bad = FORBIDDEN_IN_NAME.find(char => name.includes(char))
  if (bad !== undefined) {
    throw new InputError(
      `artifact-name "${name}" cannot contain ${JSON.stringify(bad)} (artifact names exclude " : < > | * ? \\ / ` +
        `and line breaks). In a matrix, use a plain suffix such as \${{ strategy.job-index }}.`
    )
  }
  return name
}

/**
 * Why this runner has no artifact service, or undefined when it has one. Checked before uploading so that
 * running outside GitHub (locally, in `act` without an artifact server, on GHES) is a warning, not a failure.
 */
export function missingArtifactService(env: Env = process.env): string | undefined {
  if (isGhes(env.GITHUB_SERVER_URL)) {
    return `GitHub Enterprise Server (${env.GITHUB_SERVER_URL}) does not support @actions/artifact v2 and later`
  }
  const token = env.ACTIONS_RUNTIME_TOKEN
  if (!token || !env.ACTIONS_RESULTS_URL) {
    return 'the runner gives no artifact service (ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is not set: not on GitHub Actions, or act without --artifact-server-path)'
  }
  if (!hasResultsScope(token)) {
    return 'the runtime token carries no Actions.Results scope (an emulated runner without an artifact service)'
  }
  return undefined
}

/**
 * Upload the result file as a zipped artifact. No artifact service gives `{uploaded: false, reason}`;
 * a name already used in this run is an InputError that suggests another name.
 */
export async function uploadResultArtifact(
  request: ArtifactRequest,
  client: ArtifactUploader = lazyArtifactClient(),
  env: Env = process.env
): Promise<ArtifactOutcome> {
  const missing = missingArtifactService(env)
  if (missing) return { uploaded: false, reason: missing }
  const file = resolve(request.file)
  try {
    const response = await client.uploadArtifact(request.name, [file], dirname(file), {
      ...(request.retentionDays === undefined ? {} : { retentionDays: request.retentionDays })
    })
    return { uploaded: true, id: response.id ?? null, size: response.size ?? null }
  } catch (error) {
    throw explainUploadError(error, request.name, basename(file), env)
  }
}

function explainUploadError(error: unknown, name: string, file: string, env: Env): Error {
  const message = getErrorMessage(error)
  // The results service answers 409 Conflict; the client only passes that on in its message.
  if (/\(409\)|already exists/i.test(message)) {
    const suggestion = `${name}-${env.GITHUB_JOB || 'job'}${env.GITHUB_RUN_ATTEMPT ? `-${env.GITHUB_RUN_ATTEMPT}` : ''}`
    return new InputError(
      `artifact-name "${name}" is already used by another artifact in this workflow run (a name can be uploaded ` +
        `once per run, e.g. by a matrix job or an earlier step). Set artifact-name to another name, such as ` +
        `"${suggestion}".`,
      { cause: error }
    )
  }
  if (/artifact name is not valid|name input during validation is empty/i.test(message)) {
    return new InputError(`artifact-name "${name}" is not a valid artifact name: ${message.split('\n')[0]}`, {
      cause: error
    })
  }
  return new Error(`Could not upload ${file} as artifact "${name}": ${message}`, { cause: error })
}

function isGhes(serverUrl: string | undefined): boolean {
  if (!serverUrl) return false
  let host: string
  try {
    host = new URL(serverUrl).hostname.toUpperCase()
  } catch {
    return false
  }
  return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST')
}

/** Whether a runtime token is a JWT whose `scp` claim holds `Actions.Results:<run>:<job>`. */
function hasResultsScope(token: string): boolean {
  const payload = token.split('.')[1]
  if (!payload) return false
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
    const scope = claims !== null && typeof claims === 'object' ? (claims as { scp?: unknown }).scp : undefined
    return typeof scope === 'string' && scope.split(' ').some(part => /^Actions\.Results:[^:]+:[^:]+$/.test(part))
  } catch {
    return false
  }
}
