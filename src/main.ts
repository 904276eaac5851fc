import * as core from '@actions/core'
import { appendFile } from 'node:fs/promises'
import { DefaultArtifactClient } from '@actions/artifact'
import * as cache from '@actions/cache'
import { runBatchAction, runMergeAction } from './action/batch.js'
import { runSingle, type ActionLog } from './action/single.js'
import { parseBatchInputs, parseBatchMode, parseMergeInputs } from './batch/action-inputs.js'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { restoreActionsCache, withCache } from './cache/index.js'
import { createClassifier } from './classify/provider.js'
import type { Classifier } from './classify/types.js'
import { getErrorMessage } from './errors.js'
import { createOctokit } from './github/client.js'
import { getInputs } from './inputs.js'

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
        artifacts: new DefaultArtifactClient()
      })
      await publish(outcome)
      if (outcome.failure) throw outcome.failure
      return
    }
    const batch = parseBatchInputs(core.getInput)
    const inputs = getInputs()
    for (const name of inputs.provider.ignored) log.warning(`${name} is ignored when provider is "local".`)
    const answers = inputs.provider.provider === 'openai' ? await restoreAnswerCache() : undefined
    const modelClassifier = createClassifier(inputs.provider, inputs.tags, { apiKey: inputs.apiKey, log })
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
          artifacts: new DefaultArtifactClient(),
          cache: cache.isFeatureAvailable() ? cache : undefined,
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

/**
 * Model answers kept across runs in @actions/cache, keyed by fingerprint: an unchanged README costs no new call.
 * Skipped where the runner offers no cache service (outside GitHub, act, some GHES).
 */
async function restoreAnswerCache() {
  if (!cache.isFeatureAvailable()) return undefined
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
