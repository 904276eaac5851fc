import type { Classifier, SelectionOptions } from '../classify/types.js'
import { failedResult, itemFingerprint, skippedResult, tagItem, type TagItem } from '../core/tag-item.js'
import { getErrorMessage, InputError, TaggingError } from '../errors.js'
import { httpStatus } from '../github/errors.js'
import { isTimeLimit } from '../github/time-limit.js'
import { emptyReplaceWarning, type TopicPlan } from '../github/topics.js'
import type { TagResult } from '../result.js'
import { addOutcome, emptyCounts, type BatchCounts, type Outcome } from './counts.js'
import { DEFAULT_GRAPHQL_BATCH } from './graphql-query.js'
import { readRepositories, type ReadOutcome } from './graphql-read.js'
import { createPool } from './pool.js'
import { findEarlier, type ResumeIndex } from './resume.js'
import { writeRepositoryTopics, type TopicsSettings, type WriteState } from './topics-write.js'

export type { TopicsSettings } from './topics-write.js'
import type { Octokit, RepoRef } from './types.js'

/** What the run did for one repository: the result line, how it ended, and the topic change. */
export interface BatchRecord {
  readonly result: TagResult
  readonly outcome: Outcome
  /** The planned topic change, when topics are written (or previewed); null otherwise. */
  readonly topics: TopicPlan | null
  /** Things worth a warning that did not make the repository fail (no README, say). */
  readonly warnings: readonly string[]
  /** True when an earlier result with the same fingerprint (and provider) was reused, not tagged again. */
  readonly resumed: boolean
  /**
   * `refused`: GitHub refused this repository's topics write for lack of permission (the result's error says
   * which token and permission). `planned`: a change planned after such a refusal, not sent.
   */
  readonly write?: 'refused' | 'planned'
}

export interface BatchDeps {
  /** Reads (GraphQL, REST for misses). */
  readonly octokit: Octokit
  readonly classifier: Classifier
  readonly selection: SelectionOptions
  /** Called once per repository, in completion order; a rejection stops the run (e.g. a full disk). */
  readonly onRecord: (record: BatchRecord) => void | Promise<void>
  /** Injectable reader (defaults to the GraphQL bulk reader). */
  readonly read?: (octokit: Octokit, refs: readonly RepoRef[]) => Promise<ReadOutcome[]>
  /** When aborted, no new repository is started; those started finish and are recorded. */
  readonly signal?: AbortSignal
}

export interface BatchOptions {
  /** Repositories tagged (and written) at once. */
  readonly concurrency: number
  /** Repositories per GraphQL query. */
  readonly graphqlBatch?: number
  /** Write topics; null or undefined means results only. */
  readonly topics?: TopicsSettings | null
  /** Earlier results: a repository whose fingerprint is unchanged is not tagged again. */
  readonly previous?: ResumeIndex
}

/** GraphQL chunks read ahead of the one being tagged: memory holds at most this many chunks' READMEs more. */
const READ_AHEAD = 2

/**
 * After this many chunks in a row whose query got no answer within its time limit (retries included), the
 * run stops: a GitHub (or proxy) that accepts connections and stays silent must not take the job's 6 hours.
 */
const SILENT_CHUNKS = 2

/**
 * Tag many repositories. Reading goes a GraphQL batch at a time with two batches read ahead, while up to
 * `concurrency` repositories are tagged and written; memory is bounded by those, not by the list.
 * Every repository gives exactly one record: a failure is a result with `error`, never an exception.
 */
export async function runBatch(refs: readonly RepoRef[], deps: BatchDeps, options: BatchOptions): Promise<BatchCounts> {
  const counts = emptyCounts()
  const read = deps.read ?? readRepositories
  const size = Math.max(1, options.graphqlBatch ?? DEFAULT_GRAPHQL_BATCH)
  const pool = createPool(Math.max(1, options.concurrency))
  const chunks: RepoRef[][] = []
  for (let i = 0; i < refs.length; i += size) chunks.push(refs.slice(i, i + size))

  const writes: WriteState = { refused: false }
  const record = async (entry: BatchRecord) => {
    addOutcome(counts, entry.outcome, (entry.topics?.changed ?? false) && entry.write !== 'planned')
    await deps.onRecord(entry)
  }
  // Reads run READ_AHEAD chunks ahead of tagging, so a slow query hides behind the work on earlier ones.
  const reads: Promise<ChunkRead>[] = []
  let nextChunk = 0
  const fill = () => {
    while (reads.length < READ_AHEAD && nextChunk < chunks.length && !deps.signal?.aborted) {
      const pending = readChunk(read, deps.octokit, chunks[nextChunk++]!)
      // Handled here so that a read failing while an earlier chunk is tagged is not an unhandled rejection.
      pending.catch(() => undefined)
      reads.push(pending)
    }
  }
  fill()
  let silent = 0
  while (reads.length > 0) {
    let outcomes: ReadOutcome[]
    try {
      const chunk = await reads.shift()!
      silent = chunk.silent ? silent + 1 : 0
      if (silent >= SILENT_CHUNKS)
        throw new TaggingError(
          `GitHub did not answer ${silent} GraphQL queries in a row within their time limit, retries included ` +
            `(${chunk.silent}); stopping here. Check GITHUB_API_URL and the proxy settings, or run again later.`
        )
      outcomes = chunk.outcomes
    } catch (error) {
      // Let what was started finish and be recorded; reads already under way are dropped.
      await Promise.allSettled(reads)
      await pool.drain()
      throw error
    }
    fill()
    for (const outcome of outcomes) {
      if (deps.signal?.aborted) break
      await pool.start(async () => record(await processSafely(outcome, deps, options, writes)))
    }
  }
  await pool.drain()
  return counts
}

/** A chunk's outcomes and, when its query got no answer at all within its time limit, the error saying so. */
interface ChunkRead {
  readonly outcomes: ReadOutcome[]
  readonly silent: string | null
}

/**
 * A reader that throws fails every repository of its chunk, except for bad credentials (401): no
 * repository can be read with that token, so the run stops with GitHub's message.
 */
async function readChunk(
  read: NonNullable<BatchDeps['read']>,
  octokit: Octokit,
  chunk: readonly RepoRef[]
): Promise<ChunkRead> {
  try {
    return { outcomes: await read(octokit, chunk), silent: null }
  } catch (error) {
    if (httpStatus(error) === 401)
      throw new InputError(
        `GitHub refused the token (401 ${getErrorMessage(error)}): check github-token / GITHUB_TOKEN.`
      )
    const message = getErrorMessage(error)
    const outcomes = chunk.map(ref => ({ ref, error: `${ref.fullName}: ${message}` }))
    return { outcomes, silent: isTimeLimit(error) ? message : null }
  }
}

/** processOne, with a last guard: a bug in one repository's path still gives that repository a result. */
async function processSafely(
  outcome: ReadOutcome,
  deps: BatchDeps,
  options: BatchOptions,
  writes: WriteState
): Promise<BatchRecord> {
  try {
    return await processOne(outcome, deps, options, writes)
  } catch (error) {
    const base = {
      id: null,
      repository: outcome.ref.fullName,
      fingerprint: itemFingerprint({ readme: '' }, deps.classifier, deps.selection)
    }
    return failed(failedResult(base, deps.classifier, `${outcome.ref.fullName}: ${getErrorMessage(error)}`), [])
  }
}

/**
 * Read outcome → result → topics, for one repository. `writes` is shared by the run: after a refused
 * write, topics are planned and reported, not sent.
 */
export async function processOne(
  outcome: ReadOutcome,
  deps: BatchDeps,
  options: BatchOptions,
  writes: WriteState = { refused: false }
): Promise<BatchRecord> {
  const { classifier, selection } = deps
  if ('error' in outcome) {
    const base = {
      id: null,
      repository: outcome.ref.fullName,
      fingerprint: itemFingerprint({ readme: '' }, classifier, selection)
    }
    return failed(failedResult(base, classifier, outcome.error), [])
  }
  const repo = outcome.snapshot
  const item: TagItem = {
    repository: repo.fullName,
    repositoryId: repo.id,
    readme: repo.readme?.text ?? '',
    description: repo.description,
    format: repo.readme?.format
  }
  const warnings: string[] = []
  if (!repo.readme && repo.description.trim() === '') {
    // An empty repository is common in an organisation: a skip, counted and reported, never a failure.
    const reason = `${repo.fullName} has neither a README nor a description: nothing to tag, skipped.`
    const base = {
      id: repo.id === null ? null : String(repo.id),
      repository: repo.fullName,
      fingerprint: itemFingerprint(item, classifier, selection)
    }
    return {
      result: skippedResult(base, classifier, reason),
      outcome: 'skipped',
      topics: null,
      warnings: [reason],
      resumed: false
    }
  }
  if (!repo.readme) warnings.push(`${repo.fullName} has no README; tagged from its description alone.`)

  // A reused result skips the classifier, not the topics: a dry run before, or topics changed by hand
  // since, must still be written.
  const earlier = findEarlier(options.previous, repo)
  const resumed =
    earlier !== undefined &&
    earlier.error === undefined &&
    earlier.provider === classifier.identity.provider &&
    earlier.fingerprint === itemFingerprint(item, classifier, selection)
  const result = resumed ? earlier : await tagItem(item, classifier, selection)
  if (result.error !== undefined) return failed(result, warnings)
  // An archived repository (named explicitly, or include-archived) is read-only: a PUT could only fail.
  if (options.topics && repo.archived)
    warnings.push(`${repo.fullName} is archived, so GitHub keeps it read-only: its topics are left as they are.`)
  if (!options.topics || repo.archived)
    return { result, outcome: resumed ? 'unchanged' : 'tagged', topics: null, warnings, resumed }
  const written = await writeRepositoryTopics(repo, result, classifier, options.topics, writes)
  const write = written.write ? { write: written.write } : {}
  if ('error' in written) return { ...failed({ ...result, error: written.error }, warnings), ...write }
  const { plan } = written
  if (plan.keptEmptyReplace) warnings.push(emptyReplaceWarning(repo.fullName))
  return { result, outcome: plan.changed ? 'tagged' : 'unchanged', topics: plan, warnings, resumed, ...write }
}

function failed(result: TagResult, warnings: readonly string[]): BatchRecord {
  return { result, outcome: 'failed', topics: null, warnings, resumed: false }
}
