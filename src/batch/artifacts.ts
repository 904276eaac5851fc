import type {
  DownloadArtifactOptions,
  DownloadArtifactResponse,
  ListArtifactsOptions,
  ListArtifactsResponse
} from '@actions/artifact'
import { readdir, readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { getErrorMessage, InputError } from '../errors.js'
import { missingArtifactService, type ArtifactOutcome, type ArtifactUploader } from '../output/artifact.js'

/** The parts of @actions/artifact's client a batch uses; the adapter passes `new DefaultArtifactClient()`. */
export interface BatchArtifactClient extends ArtifactUploader {
  listArtifacts(options?: ListArtifactsOptions): Promise<ListArtifactsResponse>
  downloadArtifact(artifactId: number, options?: DownloadArtifactOptions): Promise<DownloadArtifactResponse>
}

type Env = Readonly<Record<string, string | undefined>>

/** The artifact name of shard i: `<artifact-name>-<i>`. */
export function shardArtifactName(artifactName: string, index: number): string {
  return `${artifactName}-${index}`
}

/**
 * Upload files of one folder as one zipped artifact. No artifact service gives `{uploaded: false, reason}`
 * (the caller warns and keeps the files); a name already used in the run is an InputError.
 */
export async function uploadBatchArtifact(
  request: { name: string; files: readonly string[]; retentionDays?: number },
  client: Pick<BatchArtifactClient, 'uploadArtifact'>,
  env: Env = process.env
): Promise<ArtifactOutcome> {
  const missing = missingArtifactService(env)
  if (missing) return { uploaded: false, reason: missing }
  const files = request.files.map(file => resolve(file))
  try {
    const options = request.retentionDays === undefined ? {} : { retentionDays: request.retentionDays }
    const response = await client.uploadArtifact(request.name, files, dirname(files[0]!), options)
    return { uploaded: true, id: response.id ?? null, size: response.size ?? null }
  } catch (error) {
    const message = getErrorMessage(error)
    if (/\(409\)|already exists/i.test(message)) {
      throw new InputError(
        `artifact "${request.name}" already exists in this workflow run (a name can be uploaded once per run; a ` +
          `shard uploads <artifact-name>-<i>): give every batch step of the run its own artifact-name, and use ` +
          `each shard number once.`
      )
    }
    throw new Error(`Could not upload artifact "${request.name}": ${message}`, { cause: error })
  }
}

/**
 * Upload, warning when the runner has no artifact service; an upload that fails comes back as the error,
 * so that the caller still sets its outputs and job summary before failing the step.
 */
export async function uploadOrFailure(
  request: { name: string; files: readonly string[]; retentionDays?: number },
  client: Pick<BatchArtifactClient, 'uploadArtifact'>,
  warn: (message: string) => void,
  env: Env = process.env
): Promise<Error | undefined> {
  try {
    const uploaded = await uploadBatchArtifact(request, client, env)
    if (!uploaded.uploaded)
      warn(`The results were not uploaded as an artifact: ${uploaded.reason}. They are kept in ${request.files[0]}.`)
    return undefined
  } catch (error) {
    return error instanceof Error ? error : new Error(getErrorMessage(error))
  }
}

/**
 * Download this run's shard artifacts (`<artifact-name>-<i>`), each into its own folder under `dir`,
 * in shard order. Returns the folders with the files each holds.
 */
export async function downloadShardArtifacts(
  artifactName: string,
  dir: string,
  client: Pick<BatchArtifactClient, 'listArtifacts' | 'downloadArtifact'>,
  env: Env = process.env
): Promise<{ name: string; files: string[] }[]> {
  const missing = missingArtifactService(env)
  if (missing) throw new Error(`mode: merge needs the run's artifacts, but ${missing}.`)
  const pattern = new RegExp(`^${artifactName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d+)$`)
  const { artifacts } = await client.listArtifacts({ latest: true })
  const shards = artifacts
    .map(artifact => ({ artifact, index: Number(pattern.exec(artifact.name)?.[1] ?? NaN) }))
    .filter(entry => Number.isInteger(entry.index))
    .sort((a, b) => a.index - b.index)
  if (shards.length === 0) {
    const seen = artifacts.map(a => a.name).join(', ') || 'none'
    throw new InputError(
      `mode: merge found no artifacts named ${artifactName}-<i> in this run (artifacts: ${seen}). Run the shard jobs ` +
        `first (needs: <shard job>) with the same artifact-name, and output including "artifact".`
    )
  }
  const downloaded: { name: string; files: string[] }[] = []
  for (const { artifact } of shards) {
    const path = join(dir, artifact.name)
    await client.downloadArtifact(artifact.id, { path })
    downloaded.push({ name: artifact.name, files: (await readdir(path)).map(file => join(path, file)) })
  }
  return downloaded
}

/**
 * The shard artifacts a merge did not find: a shard whose job failed before uploading. Each shard's counts
 * file says how many shards there are (`shards`), so a missing last shard is noticed too.
 * @example missingShards('org-tags', [{ name: 'org-tags-1', files: [] }]) // [] (nothing says there are more)
 */
export async function missingShards(
  artifactName: string,
  shards: readonly { name: string; files: readonly string[] }[]
): Promise<number[]> {
  let count = 0
  const found = new Set<number>()
  for (const shard of shards) {
    const index = Number(shard.name.slice(artifactName.length + 1))
    found.add(index)
    count = Math.max(count, index)
    const countsFile = shard.files.find(file => file.endsWith('.counts.json'))
    if (!countsFile) continue
    try {
      const declared: unknown = (JSON.parse(await readFile(countsFile, 'utf8')) as { shards?: unknown }).shards
      if (typeof declared === 'number' && Number.isInteger(declared)) count = Math.max(count, declared)
    } catch {
      // An unreadable counts file is reported by the counts themselves; only the shard number is lost.
    }
  }
  return Array.from({ length: count }, (_, i) => i + 1).filter(index => !found.has(index))
}
