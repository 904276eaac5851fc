import { mkdtemp, writeFile, readFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import type { BatchInputs, MergeInputs } from '../batch/action-inputs.js'
import {
  downloadShardArtifacts,
  missingShards,
  shardArtifactName,
  uploadOrFailure,
  type BatchArtifactClient
} from '../batch/artifacts.js'
import { emptyCounts, formatCounts, outcomeOfResult, type BatchCounts } from '../batch/counts.js'
import { mergeResultFiles } from '../batch/merge.js'
import { selectRepositories } from '../batch/repositories.js'
import { openResultLog } from '../batch/result-log.js'
import { classifierFromTopics } from '../batch/learn-topics.js'
import { restoreResultCache, resumeCachePrefix } from '../batch/resume-cache.js'
import { tallyRefusals } from '../batch/refusal.js'
import { runBatch } from '../batch/run.js'
import { inShard } from '../batch/shard.js'
import { batchSummaryMarkdown, type SummaryRow } from '../batch/summary.js'
import { addUsage, emptyUsage, formatUsage } from '../pricing.js'
import type { ActionsCacheApi } from '../cache/actions.js'
import type { Classifier } from '../classify/types.js'
import { TaggingError } from '../errors.js'
import type { Octokit } from '../github/client.js'
import type { Inputs } from '../inputs.js'
import type { TagResult } from '../result.js'
import type { ActionLog } from './single.js'
import { outputs, row, withFailure, type BatchOutcome } from './batch-outcome.js'

export type { BatchOutcome } from './batch-outcome.js'

type Env = Readonly<Record<string, string | undefined>>

export interface BatchActionDeps {
  readonly reader: Octokit
  readonly writer: Octokit
  readonly classifier: Classifier
  readonly log: ActionLog
  readonly artifacts: BatchArtifactClient
  /** @actions/cache, for resuming; absent or unavailable means no resume. */
  readonly cache?: ActionsCacheApi
  readonly env?: Env
  /** Aborted when the job is cancelled or times out: no new repository starts, and what was done is cached. */
  readonly signal?: AbortSignal
}

/** The counts file that travels with a shard's results, so a merge can give the same outputs. */
function countsFileOf(resultFile: string): string {
  return join(dirname(resultFile), `${basename(resultFile).replace(/\.[^.]+$/, '')}.counts.json`)
}

/** The action inputs the batch mode reads besides its own. */
export type BatchActionInputs = Pick<
  Inputs,
  'maxTags' | 'minScore' | 'relativeCut' | 'output' | 'topicsMode' | 'dryRun' | 'artifactName' | 'retentionDays'
>

/**
 * `repositories` mode: select, shard, read through GraphQL, tag, write topics, write the JSON Lines result
 * file (resuming from the cache), upload it as `<artifact-name>[-<i>]`. One failing repository is a
 * warning and a result with `error`; `fail-on-error` decides the step at the end.
 */
export async function runBatchAction(
  inputs: BatchActionInputs,
  batch: BatchInputs,
  deps: BatchActionDeps
): Promise<BatchOutcome> {
  const { log } = deps
  const env = deps.env ?? process.env
  const selected = await selectRepositories(deps.reader, batch.sources, batch)
  const repositories = inShard(selected.repositories, batch.shard)
  const where = batch.sharded ? ` in shard ${batch.shard.index}/${batch.shard.count}` : ''
  log.info(
    `${repositories.length} repositories${where}; ${selected.skipped.length} left out (archived, forks, exclude).`
  )

  const cache = deps.cache
    ? await restoreResultCache(deps.cache, {
        path: batch.resultFile,
        prefix: resumeCachePrefix(inputs.artifactName, batch.shard),
        runKey: `${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`,
        log
      })
    : undefined
  const resultLog = await openResultLog(batch.resultFile, { resume: cache?.restored ?? false })
  // Before tagging, one more read of every repository: examples from topics people gave (none kept).
  const learned = batch.learnFromTopics
    ? await classifierFromTopics(deps.classifier, repositories, {
        octokit: deps.reader,
        previous: resultLog.previous,
        warning: log.warning
      })
    : undefined
  if (learned) log.info(learned.note)
  const rows: SummaryRow[] = []
  const usage = emptyUsage()
  // As GitHub names them (a renamed repository answers under its new name).
  const seen = new Set<string>()
  const refusals = tallyRefusals()
  let counts: BatchCounts | undefined
  try {
    counts = await runBatch(
      repositories,
      {
        octokit: deps.reader,
        classifier: learned?.classifier ?? deps.classifier,
        selection: { maxTags: inputs.maxTags, minScore: inputs.minScore, relativeCut: inputs.relativeCut },
        onRecord: async record => {
          for (const warning of record.warnings) log.warning(warning)
          // A refused write is said once, in the step's error.
          if (!refusals.see(record) && record.result.error) log.warning(record.result.error)
          rows.push(row(record.result, record.outcome, record.topics, record.write))
          addUsage(usage, record.result)
          if (record.result.repository) seen.add(record.result.repository.toLowerCase())
          await resultLog.write(learned ? learned.mark(record.result) : record.result, record.resumed)
        },
        ...(deps.signal ? { signal: deps.signal } : {})
      },
      {
        concurrency: batch.concurrency,
        previous: resultLog.previous,
        topics: inputs.output.topics ? { octokit: deps.writer, mode: inputs.topicsMode, dryRun: inputs.dryRun } : null
      }
    )
  } finally {
    // Cut off, the file keeps earlier results of repositories not reached yet, for the next attempt.
    const complete = counts !== undefined && !deps.signal?.aborted
    await resultLog.close(complete ? { keepOnly: seen } : {})
    await cache?.save()
  }
  if (deps.signal?.aborted) {
    throw new TaggingError(
      `Cancelled after ${formatCounts(counts)} of ${repositories.length} repositories; the results so far are cached: re-run the job to do only what is left.`
    )
  }
  log.info(formatCounts(counts))
  const countsFile = countsFileOf(resultLog.path)
  // A shard also says how many shards there are, so that a merge notices one that never uploaded.
  await writeFile(countsFile, `${JSON.stringify(batch.sharded ? { ...counts, shards: batch.shard.count } : counts)}\n`)
  const name = batch.sharded ? shardArtifactName(inputs.artifactName, batch.shard.index) : inputs.artifactName
  const uploadFailure = inputs.output.artifact
    ? await uploadOrFailure(
        { name, files: [resultLog.path, countsFile], retentionDays: inputs.retentionDays },
        deps.artifacts,
        log.warning,
        env
      )
    : undefined
  const title = `readme-tagger: ${repositories.length} repositories${where}`
  const refused = refusals.refused()
  return {
    outputs: outputs(resultLog.path, counts),
    summary: batchSummaryMarkdown(rows, counts, {
      title,
      dryRun: inputs.dryRun && inputs.output.topics,
      ...(usage.calls > 0 ? { usage: formatUsage(usage) } : {}),
      ...(learned ? { examples: learned.counts ?? learned.note } : {}),
      ...(refused ? { refused: refused.message } : {})
    }),
    ...withFailure(counts, batch.failOnError, uploadFailure, refused)
  }
}

/**
 * `mode: merge`: download the run's `<artifact-name>-<i>` artifacts, join their results into one JSON
 * Lines file (uploaded as `<artifact-name>`), and sum their counts.
 */
export async function runMergeAction(
  inputs: MergeInputs,
  deps: Pick<BatchActionDeps, 'log' | 'artifacts' | 'env'>
): Promise<BatchOutcome> {
  const env = deps.env ?? process.env
  const dir = await mkdtemp(join(env.RUNNER_TEMP || tmpdir(), 'readme-tagger-merge-'))
  const shards = await downloadShardArtifacts(inputs.artifactName, dir, deps.artifacts, env)
  deps.log.info(`Merging ${shards.map(s => s.name).join(', ')}.`)
  const missing = await missingShards(inputs.artifactName, shards)
  if (missing.length > 0) {
    const names = missing.map(index => shardArtifactName(inputs.artifactName, index)).join(', ')
    deps.log.warning(
      `No results from shard ${missing.join(', ')} of ${shards.length + missing.length} (${names} missing: see ` +
        `that job); its repositories are not in the merge.`
    )
  }
  const resultFiles = shards.flatMap(shard => shard.files.filter(file => file.endsWith('.jsonl')))
  const rows: SummaryRow[] = []
  const resultLog = await openResultLog(inputs.resultFile, { resume: false })
  const report = await mergeResultFiles(resultFiles, async line => {
    const result = JSON.parse(line) as TagResult
    rows.push(row(result, outcomeOfResult(result), null))
    await resultLog.write(result, false)
  })
  await resultLog.close()
  for (const warning of report.warnings) deps.log.warning(warning)
  const counts = (await shardCounts(shards)) ?? report.counts
  const countsFile = countsFileOf(resultLog.path)
  await writeFile(countsFile, `${JSON.stringify(counts)}\n`)
  const uploadFailure = inputs.upload
    ? await uploadOrFailure(
        { name: inputs.artifactName, files: [resultLog.path, countsFile], retentionDays: inputs.retentionDays },
        deps.artifacts,
        deps.log.warning,
        env
      )
    : undefined
  deps.log.info(`${formatCounts(counts)} (${shards.length} shards)`)
  return {
    outputs: outputs(resultLog.path, counts),
    summary: batchSummaryMarkdown(rows, counts, {
      title: `readme-tagger: ${rows.length} repositories from ${shards.length} shards`
    }),
    ...withFailure(counts, inputs.failOnError, uploadFailure)
  }
}

/** The shards' own counts summed (they know unchanged and changed), or undefined if one lacks them. */
async function shardCounts(shards: readonly { files: string[] }[]): Promise<BatchCounts | undefined> {
  const total = emptyCounts()
  for (const shard of shards) {
    const file = shard.files.find(f => f.endsWith('.counts.json'))
    if (!file || !existsSync(file)) return undefined
    const counts = JSON.parse(await readFile(file, 'utf8')) as BatchCounts
    total.tagged += counts.tagged
    total.unchanged += counts.unchanged
    // Shards of an older version counted no skips.
    total.skipped += counts.skipped ?? 0
    total.failed += counts.failed
    total.changed ||= counts.changed
  }
  return total
}
