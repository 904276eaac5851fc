import * as core from '@actions/core'
import { appendFile } from 'node:fs/promises'
import { runSingle, type ActionLog, type ActionOutcome } from './action/single.js'
import { createClassifier } from './classify/provider.js'
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
    const inputs = getInputs()
    for (const name of inputs.provider.ignored) log.warning(`${name} is ignored when provider is "local".`)
    const classifier = createClassifier(inputs.provider, inputs.tags, { apiKey: inputs.apiKey, log })
    const reader = createOctokit({ token: inputs.githubToken, warn: log.warning })
    const writer = inputs.topicsToken === inputs.githubToken ? reader : createOctokit({ token: inputs.topicsToken, warn: log.warning })
    const outcome = await runSingle(inputs, { reader, writer, classifier, log })
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
async function publish(outcome: ActionOutcome): Promise<void> {
  for (const [name, value] of Object.entries(outcome.outputs)) core.setOutput(name, value)
  const summaryFile = process.env.GITHUB_STEP_SUMMARY
  if (summaryFile) await appendFile(summaryFile, outcome.summary, 'utf8')
}
