import * as core from '@actions/core'
import { appendFile } from 'node:fs/promises'
import { runBatchAction, runMergeAction } from './action/batch.js'
import { runSingle, type ActionLog } from './action/single.js'
import { parseBatchInputs, parseBatchMode, parseMergeInputs } from './batch/action-inputs.js'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { restoreActionsCache, withCache, type ActionsCacheApi } from './cache/index.js'
import { createClassifier } from './classify/provider.js'
import type { Classifier } from './classify/types.js'
import { getErrorMessage } from './errors.js'
import { createOctokit } from './github/client.js'
import { getInputs } from './inputs.js'
import { lazyArtifactClient } from './output/artifact-client.js'

const log: ActionLog = { info: message => core.info(message), warning: message => core.warning(message) }

/**
 * The action adapter: inputs → one repository tagged → outputs and job summary. The only place that fails
 * the step: everything below throws (or returns `failure`) and this catch reports it once.
 */
export async function run(): Promise<void> {
  try {
    if (parseBatchMode(core.getInput) === 'merge') {
      const outcome = await runMergeAction(parseMergeInputs(core.getInput), {
        log,
        artifacts: lazyArtifactClient()
      })
      await publish(outcome)
      if (outcome.failure) throw outcome.failure
      return
    }
    const batch = parseBatchInputs(core.getInput)
    const inputs = getInputs()
    for (const name of inputs.provider.ignored) log.warning(`${name} is ignored when provider is "local".`)
    // @actions/cache is loaded only by the runs that use it: a batch (to resume) and a model run (answers).
    const model = inputs.provider.provider === 'openai'
    const cache = batch || model ? await loadActionsCache() : undefined
    const answers = model && cache ? await restoreAnswerCache(cache) : undefined
    const modelClassifier = await createClassifier(inputs.provider, inputs.tags, { apiKey: inputs.apiKey, log })
    const classifier: Classifier = answers ? withCache(modelClassifier, answers.cache) : modelClassifier
    // Many repositories: rate limits are waited out many times over rather than lose a repository.
    const rateLimitRetries = batch ? 10 : undefined
    const reader = createOctokit({ token: inputs.githubToken, warn: log.warning, rateLimitRetries })
    const writer =
      inputs.topicsToken === inputs.githubToken
        ? reader
        : createOctokit({ token: inputs.topicsToken, warn: log.warning, rateLimitRetries })
    const outcome = batch
      ? await runBatchAction(inputs, batch, {
          reader,
          writer,
          classifier,
          log,
          artifacts: lazyArtifactClient(),
          cache,
          signal: cancellation()
        })
      : await runSingle(inputs, { reader, writer, classifier, log })
    await answers?.save()
    await publish(outcome)
    if (outcome.failure) throw outcome.failure
  } catch (error) {
    core.setFailed(getErrorMessage(error))
  }
}

/**
 * Set the step outputs and append the job summary to GITHUB_STEP_SUMMARY (skipped where the runner has none).
 * Appended directly rather than through core.summary, which remembers the first file it saw.
 */
async function publish(outcome: {
  readonly outputs: Readonly<Record<string, string>>
  readonly summary: string
}): Promise<void> {
  for (const [name, value] of Object.entries(outcome.outputs)) core.setOutput(name, value)
  const summaryFile = process.env.GITHUB_STEP_SUMMARY
  if (summaryFile) await appendFile(summaryFile, outcome.summary, 'utf8')
}

/** @actions/cache, or undefined where the runner offers no cache service (outside GitHub, act, some GHES). */
async function loadActionsCache(): Promise<ActionsCacheApi | undefined> {
  const cache = await import('@actions/cache')
  return cache.isFeatureAvailable() ? cache : undefined
}

/** Model answers kept across runs in @actions/cache, keyed by fingerprint: an unchanged README costs no new call. */
async function restoreAnswerCache(cache: ActionsCacheApi) {
  return restoreActionsCache(cache, {
    path: join(process.env.RUNNER_TEMP || tmpdir(), 'readme-tagger-answers.jsonl'),
    runKey: `${process.env.GITHUB_RUN_ID ?? 'local'}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}`,
    log
  })
}

/** Aborted on SIGINT/SIGTERM (a cancelled or timed-out job): a batch stops starting repositories and caches its results. */
function cancellation(): AbortSignal {
  const controller = new AbortController()
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => controller.abort())
  return controller.signal
}
