import * as core from '@actions/core'
import { createActionClassifier } from './action/classifier.js'
import { runSingle, type ActionLog, type ActionOutcome } from './action/single.js'
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
    const reader = createOctokit({ token: inputs.githubToken, warn: log.warning })
    const writer = inputs.topicsToken === inputs.githubToken ? reader : createOctokit({ token: inputs.topicsToken, warn: log.warning })
    const outcome = await runSingle(inputs, { reader, writer, classifier: createActionClassifier(inputs), log })
    await publish(outcome)
    if (outcome.failure) throw outcome.failure
  } catch (error) {
    core.setFailed(getErrorMessage(error))
  }
}

/** Set the step outputs and write the job summary (the summary is skipped where the runner has none). */
async function publish(outcome: ActionOutcome): Promise<void> {
  for (const [name, value] of Object.entries(outcome.outputs)) core.setOutput(name, value)
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(outcome.summary).write()
}
