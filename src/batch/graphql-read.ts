import { capBytes, MAX_README_BYTES } from '../core/tag-item.js'
import { getErrorMessage } from '../errors.js'
import { buildReadQuery, README_NAMES, readmeAlias, repoAlias, type BlobNode, type RepoNode } from './graphql-query.js'
import { formatFromFileName } from '../text/clean.js'
import { fetchReadme, readRepository } from '../github/repository.js'
import { isTimeLimit } from '../github/time-limit.js'
import type { Octokit, RepoReadme, RepoRef, RepoSnapshot } from './types.js'

/** What reading one repository gave: a snapshot, or why it could not be read. */
export type ReadOutcome =
  { readonly ref: RepoRef; readonly snapshot: RepoSnapshot } | { readonly ref: RepoRef; readonly error: string }

/** The REST readers used for misses (src/github's, raw and capped); injectable for tests. */
export interface RestReaders {
  readonly fetchReadme: (octokit: Octokit, ref: RepoRef) => Promise<RepoReadme | null>
  readonly readRepository: (octokit: Octokit, ref: RepoRef) => Promise<RepoSnapshot>
}

/** Read one repository through REST (two calls): the fallback when a GraphQL query fails as a whole. */
async function readRepositoryRest(octokit: Octokit, ref: RepoRef): Promise<RepoSnapshot> {
  const info = await readRepository(octokit, ref)
  const readme = await fetchReadme(octokit, ref)
  const [owner = ref.owner, repo = ref.repo] = info.fullName.split('/')
  // The REST repository read is only a fallback; archived and fork are settled by selection already.
  return {
    owner,
    repo,
    fullName: info.fullName,
    id: info.id,
    description: info.description,
    topics: info.topics,
    archived: false,
    fork: false,
    readme
  }
}

const DEFAULT_READERS: RestReaders = { fetchReadme, readRepository: readRepositoryRest }

/** A failed query of at least this many repositories is split in two before REST takes over. */
const MIN_SPLIT = 4

interface GraphqlErrorEntry {
  readonly message?: string
  readonly type?: string
  readonly path?: readonly (string | number)[]
}

/**
 * Read many repositories with one GraphQL query (see buildReadQuery), then REST only for the misses:
 * a README under another name or folder, a truncated blob. A query that fails as a whole (after the
 * retry plugin gave up) is split in halves, and a small one falls back to REST per repository, so no
 * repository is lost; a 401 is rethrown because no repository can be read with that token, and so is a
 * query that got no answer within its time limit (see runBatch). Never throws
 * for one repository's problem.
 */
export async function readRepositories(
  octokit: Octokit,
  refs: readonly RepoRef[],
  readers: RestReaders = DEFAULT_READERS
): Promise<ReadOutcome[]> {
  if (refs.length === 0) return []
  const { query, variables } = buildReadQuery(refs)
  let data: Record<string, RepoNode | null> = {}
  let errors: readonly GraphqlErrorEntry[] = []
  try {
    data = dataOf(await octokit.graphql<unknown>(query, variables))
  } catch (error) {
    const partial = error as { data?: unknown; errors?: GraphqlErrorEntry[]; status?: number }
    // Bad credentials fail every query alike; so does a server that never answers (halving cannot help).
    if (partial.status === 401 || isTimeLimit(error)) throw error
    if (isObject(partial.data) && Array.isArray(partial.errors)) {
      data = partial.data as Record<string, RepoNode | null>
      errors = partial.errors
    } else if (refs.length >= MIN_SPLIT) {
      // A query that keeps failing is most often one that is too heavy (GitHub's 10 s limit): halve it.
      const half = Math.ceil(refs.length / 2)
      return [
        ...(await readRepositories(octokit, refs.slice(0, half), readers)),
        ...(await readRepositories(octokit, refs.slice(half), readers))
      ]
    } else {
      return Promise.all(refs.map(ref => readOneRest(octokit, ref, readers)))
    }
  }
  return Promise.all(
    refs.map(async (ref, i): Promise<ReadOutcome> => {
      const node = data[repoAlias(i)]
      if (!node)
        return {
          ref,
          error: repoError(
            ref,
            errors.find(e => e.path?.[0] === repoAlias(i))
          )
        }
      try {
        return { ref, snapshot: await toSnapshot(octokit, ref, node, readers) }
      } catch (error) {
        return { ref, error: `${ref.fullName}: could not read the README: ${getErrorMessage(error)}` }
      }
    })
  )
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The query's `data`. A 200 whose body is not JSON (a proxy's HTML page) or is JSON without `data` leaves
 * octokit.graphql with a string or undefined: that is a failed query, like a 5xx, not a crash further on.
 */
function dataOf(answer: unknown): Record<string, RepoNode | null> {
  if (!isObject(answer)) {
    const what = typeof answer === 'string' ? 'a body that is not JSON' : 'JSON without "data"'
    throw new Error(`GitHub answered the GraphQL query with ${what}`)
  }
  return answer as Record<string, RepoNode | null>
}

async function readOneRest(octokit: Octokit, ref: RepoRef, readers: RestReaders): Promise<ReadOutcome> {
  try {
    return { ref, snapshot: await readers.readRepository(octokit, ref) }
  } catch (error) {
    return { ref, error: getErrorMessage(error) }
  }
}

function repoError(ref: RepoRef, error: GraphqlErrorEntry | undefined): string {
  if (!error || error.type === 'NOT_FOUND') {
    return `${ref.fullName}: repository not found, or the token cannot read it (it needs contents: read on this repository).`
  }
  return `${ref.fullName}: ${error.message ?? error.type ?? 'could not be read'}`
}

async function toSnapshot(octokit: Octokit, ref: RepoRef, node: RepoNode, readers: RestReaders): Promise<RepoSnapshot> {
  const [owner = ref.owner, repo = ref.repo] = node.nameWithOwner.split('/')
  const readme = pickReadme(node) ?? (await readers.fetchReadme(octokit, ref))
  return {
    owner,
    repo,
    fullName: node.nameWithOwner,
    id: node.databaseId,
    description: node.description ?? '',
    topics: (node.repositoryTopics.nodes ?? []).flatMap(entry => (entry ? [entry.topic.name] : [])),
    archived: node.isArchived,
    fork: node.isFork,
    readme
  }
}

/**
 * The first README candidate that is a text blob. A truncated blob is used only when it already holds
 * the 512 KB the classifier reads; otherwise undefined sends the repository to REST.
 */
function pickReadme(node: RepoNode): RepoReadme | undefined {
  for (let j = 0; j < README_NAMES.length; j++) {
    const blob = node[readmeAlias(j)] as BlobNode | null | undefined
    if (!blob || typeof blob.text !== 'string' || blob.isBinary) continue
    if (blob.isTruncated && Buffer.byteLength(blob.text) < MAX_README_BYTES) return undefined
    return { text: capBytes(blob.text), format: formatFromFileName(README_NAMES[j]!) }
  }
  return undefined
}
