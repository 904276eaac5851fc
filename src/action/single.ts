import type { Classifier, SelectionOptions } from '../classify/types.js'
import { itemFingerprint, skippedResult, tagItem, type TagItem } from '../core/tag-item.js'
import { getErrorMessage, TaggingError } from '../errors.js'
import type { Octokit } from '../github/client.js'
import { fetchReadme, readRepository, type RepositoryInfo } from '../github/repository.js'
import { emptyReplaceWarning, planTopics, putTopics, type TopicPlan } from '../github/topics.js'
import type { Inputs } from '../inputs.js'
import { uploadResultArtifact, type ArtifactOutcome, type ArtifactUploader } from '../output/artifact.js'
import { writeResultFile } from '../output/result-file.js'
import { renderSummary, type SummaryInput } from '../output/summary.js'
import type { TagResult } from '../result.js'
import type { TagEntry } from '../tags/types.js'

/** Where the action reports progress; the adapter passes @actions/core's functions. */
export interface ActionLog {
  info(message: string): void
  warning(message: string): void
}

export interface SingleDeps {
  /** Reads the repository and its README (github-token). */
  readonly reader: Octokit
  /** Writes topics (topics-token, else github-token). */
  readonly writer: Octokit
  readonly classifier: Classifier
  readonly log: ActionLog
  readonly artifacts?: ArtifactUploader
  readonly env?: Readonly<Record<string, string | undefined>>
}

/** What the adapter publishes: step outputs, the job summary, and the error that fails the step, if any. */
export interface ActionOutcome {
  readonly outputs: Readonly<Record<'tags' | 'result' | 'result-file' | 'topics' | 'changed', string>>
  readonly summary: string
  readonly failure?: Error
}

/**
 * Tag one repository: read it, classify, plan and write topics, write the result file and artifact.
 * A failed topics write or a failed tagging still writes the result first, then comes back as `failure`.
 */
export async function runSingle(inputs: Inputs, deps: SingleDeps): Promise<ActionOutcome> {
  const { log } = deps
  const repository = await readRepository(deps.reader, inputs.repository)
  const selection: SelectionOptions = {
    maxTags: inputs.maxTags,
    minScore: inputs.minScore,
    relativeCut: inputs.relativeCut
  }
  const result = await tagRepository(repository, inputs.readmeRef, deps, selection)
  const failures: string[] = []
  // A repository with nothing to read is skipped with a warning; a tagging failure fails the step, after the result is written.
  if (result.skipped) log.warning(result.skipped)
  else if (result.error) failures.push(result.error)
  else
    log.info(
      `${repository.fullName}: ${result.scores.map(s => `${s.name} (${s.score})`).join(', ') || 'no tag chosen'}`
    )

  let topics: SummaryInput['topics']
  let finalTopics: readonly string[] = repository.topics
  let changed = false
  if (inputs.output.topics && !result.error && !result.skipped) {
    const written = await writeTopics(inputs, deps, repository, chosenEntries(result, deps.classifier))
    topics = written.summary
    if (written.plan) {
      finalTopics = written.error ? repository.topics : written.plan.after
      changed = written.plan.changed && !written.error
    }
    if (written.error) failures.push(written.error)
  }

  const resultFile = await writeResultFile(inputs.resultFile, result)
  let artifact: SummaryInput['artifact']
  if (inputs.output.artifact) {
    const outcome = await uploadOrExplain(inputs, resultFile, deps)
    if ('error' in outcome) failures.push(outcome.error)
    else if (!outcome.uploaded)
      log.warning(`The result was not uploaded as an artifact: ${outcome.reason}. It is kept in ${resultFile}.`)
    artifact = { name: inputs.artifactName, outcome }
  }

  return {
    outputs: {
      tags: JSON.stringify(result.scores.map(score => score.name)),
      result: JSON.stringify(result),
      'result-file': resultFile,
      topics: JSON.stringify(finalTopics),
      changed: String(changed)
    },
    summary: renderSummary({ repository: repository.fullName, result, topics, artifact, resultFile }),
    ...(failures.length > 0 ? { failure: new TaggingError(failures.join('\n')) } : {})
  }
}

/** Upload the artifact; a failed upload (not a missing service) comes back with `error` so outputs still go out. */
async function uploadOrExplain(
  inputs: Inputs,
  resultFile: string,
  deps: SingleDeps
): Promise<ArtifactOutcome | { uploaded: false; reason: string; error: string }> {
  try {
    return await uploadResultArtifact(
      { name: inputs.artifactName, file: resultFile, retentionDays: inputs.retentionDays },
      deps.artifacts,
      deps.env
    )
  } catch (error) {
    const message = getErrorMessage(error)
    return { uploaded: false, reason: message, error: message }
  }
}

/** Read the README and tag; no README means the description alone, neither means a skipped result. */
async function tagRepository(
  repository: RepositoryInfo,
  readmeRef: string | undefined,
  deps: SingleDeps,
  selection: SelectionOptions
): Promise<TagResult> {
  const ref = splitName(repository.fullName)
  const readme = await fetchReadme(deps.reader, ref, { ref: readmeRef })
  const item: TagItem = {
    repository: repository.fullName,
    repositoryId: repository.id,
    readme: readme?.text ?? '',
    description: repository.description,
    format: readme?.format
  }
  if (readme?.truncated)
    deps.log.info(`The README of ${repository.fullName} is over 512 KB: only its first 512 KB are read.`)
  if (!readme) {
    if (repository.description.trim() === '') {
      const base = {
        id: String(repository.id),
        repository: repository.fullName,
        fingerprint: itemFingerprint(item, deps.classifier, selection)
      }
      return skippedResult(
        base,
        deps.classifier,
        `Nothing to tag: ${repository.fullName} has neither a README nor a description.`
      )
    }
    deps.log.warning(`${repository.fullName} has no README: tagging from its description alone.`)
  }
  const result = await tagItem(item, deps.classifier, selection)
  return result.error ? { ...result, error: `Could not tag ${repository.fullName}: ${result.error}` } : result
}

/** Plan the topics and, unless dry-run or unchanged, write them. Errors are returned, not thrown. */
async function writeTopics(
  inputs: Inputs,
  deps: SingleDeps,
  repository: RepositoryInfo,
  chosen: readonly TagEntry[]
): Promise<{ plan?: TopicPlan; error?: string; summary: SummaryInput['topics'] }> {
  let plan: TopicPlan
  try {
    plan = planTopics(repository.topics, inputs.tags, chosen, inputs.topicsMode)
  } catch (error) {
    // Over-full merge or a tag without a topic form: nothing is written; the summary shows why.
    const message = getErrorMessage(error)
    const unchanged = { before: repository.topics, after: repository.topics, changed: false }
    return {
      error: message,
      summary: { mode: inputs.topicsMode, plan: unchanged, dryRun: inputs.dryRun, error: message }
    }
  }
  const base = { mode: inputs.topicsMode, plan, dryRun: inputs.dryRun }
  const ref = splitName(repository.fullName)
  if (plan.keptEmptyReplace) {
    deps.log.warning(emptyReplaceWarning(repository.fullName))
    return { plan, summary: base }
  }
  if (!plan.changed) {
    deps.log.info(`Topics of ${repository.fullName} unchanged: ${plan.after.join(', ') || '(none)'}.`)
    return { plan, summary: base }
  }
  if (inputs.dryRun) {
    deps.log.info(`Dry run: would set the topics of ${repository.fullName} to ${plan.after.join(', ') || '(none)'}.`)
    return { plan, summary: base }
  }
  try {
    await putTopics(deps.writer, ref, plan.after)
    deps.log.info(`Topics of ${repository.fullName} set to ${plan.after.join(', ') || '(none)'}.`)
    return { plan, summary: base }
  } catch (error) {
    const message = getErrorMessage(error)
    return { plan, error: message, summary: { ...base, error: message } }
  }
}

/** The list entries of the chosen tags, best first. */
function chosenEntries(result: TagResult, classifier: Classifier): TagEntry[] {
  const byName = new Map(classifier.tags.map(entry => [entry.name, entry]))
  return result.scores.flatMap(score => byName.get(score.name) ?? [])
}

function splitName(fullName: string): { owner: string; repo: string } {
  const [owner = '', repo = ''] = fullName.split('/')
  return { owner, repo }
}
