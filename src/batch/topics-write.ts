import type { Classifier } from '../classify/types.js'
import { getErrorMessage } from '../errors.js'
import { TopicsRefusedError } from '../github/errors.js'
import { planTopics, putTopics, type TopicPlan, type TopicsMode } from '../github/topics.js'
import type { TagResult } from '../result.js'
import type { Octokit, RepoSnapshot } from './types.js'

/** Writing topics: the client that may write (topics-token), the mode, and whether to only preview. */
export interface TopicsSettings {
  readonly octokit: Octokit
  readonly mode: TopicsMode
  readonly dryRun: boolean
}

/** What one run knows about writing: once a write is refused for lack of permission, no more are sent. */
export interface WriteState {
  refused: boolean
}

/**
 * What writing one repository's topics gave: the plan (written, unchanged, previewed, or only `planned`
 * after an earlier refusal), or the error (`refused` when it was GitHub refusing the permission).
 */
export type TopicsWrite =
  { readonly plan: TopicPlan; readonly write?: 'planned' } | { readonly error: string; readonly write?: 'refused' }

/**
 * Plan the topics for the chosen tags and PUT them unless unchanged, previewing, or refused before. The first
 * permission refusal sets `writes.refused`: the repositories after it are planned, not written.
 */
export async function writeRepositoryTopics(
  repo: RepoSnapshot,
  result: TagResult,
  classifier: Classifier,
  settings: TopicsSettings,
  writes: WriteState
): Promise<TopicsWrite> {
  let plan: TopicPlan
  try {
    const byName = new Map(classifier.tags.map(tag => [tag.name, tag]))
    const chosen = result.scores.flatMap(score => byName.get(score.name) ?? [])
    plan = planTopics(repo.topics, classifier.tags, chosen, settings.mode)
  } catch (error) {
    // Over 20 topics, or a tag with no topic form: nothing can be written.
    return { error: getErrorMessage(error) }
  }
  if (!plan.changed || settings.dryRun) return { plan }
  if (writes.refused) return { plan, write: 'planned' }
  try {
    await putTopics(settings.octokit, repo, plan.after)
    return { plan }
  } catch (error) {
    if (!(error instanceof TopicsRefusedError)) return { error: getErrorMessage(error) }
    writes.refused = true
    return { error: error.message, write: 'refused' }
  }
}
