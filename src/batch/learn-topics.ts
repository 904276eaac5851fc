import {
  createExampleLearner,
  describeExampleCounts,
  withExamples,
  type ExampleLearner
} from '../classify/examples/index.js'
import type { Classifier, Evidence } from '../classify/types.js'
import { getErrorMessage } from '../errors.js'
import type { TagResult } from '../result.js'
import { normalizeTagName } from '../tags/normalize.js'
import type { TagEntry, TagList } from '../tags/types.js'
import { DEFAULT_GRAPHQL_BATCH } from './graphql-query.js'
import { readRepositories, type ReadOutcome } from './graphql-read.js'
import { findEarlier, type ResumeIndex } from './resume.js'
import type { Octokit, RepoRef, RepoSnapshot } from './types.js'

/** The evidence a result carries for a chosen tag that a person had also given as a topic. */
export const PERSON_TOPIC: Evidence = { text: 'also a topic a person gave', where: 'examples' }

const isPersonTopic = (evidence: Evidence): boolean =>
  evidence.where === PERSON_TOPIC.where && evidence.text === PERSON_TOPIC.text

/**
 * The list tags a person gave a repository as topics. A topic counts when its normal form is a list tag's
 * and the action did not choose that tag for this repository last time (`previous`, its earlier result:
 * the restored result cache in the action, the result file in the CLI), unless that result marks the tag
 * as PERSON_TOPIC (a person's topic the action then agreed with). Other topics the action chose may be
 * ones it wrote itself: they are left out, since learning from its own answers would spread an early
 * mistake across the organisation.
 */
export function personGivenTags(repo: RepoSnapshot, tags: TagList, previous?: TagResult): TagEntry[] {
  const byNormal = new Map(tags.filter(tag => tag.normal !== '').map(tag => [tag.normal, tag]))
  const chosenBefore = new Set(
    (previous?.scores ?? [])
      .filter(score => !score.evidence.some(isPersonTopic))
      .map(score => normalizeTagName(score.name))
  )
  const given: TagEntry[] = []
  for (const topic of repo.topics) {
    const entry = byNormal.get(normalizeTagName(topic))
    if (entry && !chosenBefore.has(entry.normal) && !given.includes(entry)) given.push(entry)
  }
  return given
}

export interface TopicLearning {
  readonly learner: ExampleLearner
  /** Repositories whose topics taught something. */
  readonly examples: number
  /** The tag names each of them was given, by lowercase owner/name (for markPersonTopics). */
  readonly given: ReadonlyMap<string, readonly string[]>
}

/** Mark the chosen tags a person had also given as topics, so that the next run still counts them. */
export function markPersonTopics(result: TagResult, given: ReadonlyMap<string, readonly string[]>): TagResult {
  const names = given.get(result.repository?.toLowerCase() ?? '')
  if (!names) return result
  const scores = result.scores.map(score =>
    names.includes(score.name) && !score.evidence.some(isPersonTopic)
      ? { ...score, evidence: [...score.evidence, PERSON_TOPIC] }
      : score
  )
  return { ...result, scores }
}

export interface LearnTopicsDeps {
  readonly octokit: Octokit
  readonly tags: TagList
  /** Earlier results, to leave out the topics the action wrote itself (see personGivenTags). */
  readonly previous?: ResumeIndex
  readonly read?: (octokit: Octokit, refs: readonly RepoRef[]) => Promise<ReadOutcome[]>
  readonly graphqlBatch?: number
  readonly warning?: (message: string) => void
}

/**
 * Read the repositories once, a GraphQL batch at a time, and learn from those whose topics include list
 * tags a person gave: each README is folded into the tags' profiles and dropped, so memory holds one
 * batch of READMEs plus the profiles. A batch that cannot be read teaches nothing (a warning); tagging
 * reads it again and reports its repositories one by one.
 */
export async function learnFromTopics(refs: readonly RepoRef[], deps: LearnTopicsDeps): Promise<TopicLearning> {
  const learner = createExampleLearner(deps.tags)
  const read = deps.read ?? readRepositories
  const size = Math.max(1, deps.graphqlBatch ?? DEFAULT_GRAPHQL_BATCH)
  const givenByRepo = new Map<string, string[]>()
  let examples = 0
  for (let i = 0; i < refs.length; i += size) {
    let outcomes: ReadOutcome[]
    try {
      outcomes = await read(deps.octokit, refs.slice(i, i + size))
    } catch (error) {
      deps.warning?.(
        `learn-from-topics: ${size} repositories could not be read, so they teach nothing: ${getErrorMessage(error)}`
      )
      continue
    }
    for (const outcome of outcomes) {
      if (!('snapshot' in outcome)) continue
      const repo = outcome.snapshot
      if (!repo.readme && repo.description.trim() === '') continue
      const given = personGivenTags(repo, deps.tags, findEarlier(deps.previous, repo))
      if (given.length === 0) continue
      learner.add({
        input: { readme: repo.readme?.text ?? '', description: repo.description, format: repo.readme?.format },
        tags: given
      })
      givenByRepo.set(
        repo.fullName.toLowerCase(),
        given.map(tag => tag.name)
      )
      examples += 1
    }
  }
  return { learner, examples, given: givenByRepo }
}

/** A classifier that has learned from topics, and what to say about it (the log line, the job summary). */
export interface TopicClassifier {
  readonly classifier: Classifier
  /** Examples per tag, or null when nothing was learned. */
  readonly counts: ReadonlyMap<string, number> | null
  readonly note: string
  /** Marks a result's person-given tags (see markPersonTopics). */
  mark(result: TagResult): TagResult
}

/**
 * `learn-from-topics`: learn from the repositories' person-given topics, then combine the examples with
 * the local classifier (withExamples). A model provider is left as it is, with a note saying so.
 */
export async function classifierFromTopics(
  classifier: Classifier,
  refs: readonly RepoRef[],
  deps: Omit<LearnTopicsDeps, 'tags'>
): Promise<TopicClassifier> {
  if (classifier.identity.provider !== 'local')
    return {
      classifier,
      counts: null,
      mark: result => result,
      note: `learn-from-topics teaches the local provider only; provider "${classifier.identity.provider}" tags as without it.`
    }
  const { learner, examples, given } = await learnFromTopics(refs, { ...deps, tags: classifier.tags })
  const mark = (result: TagResult) => markPersonTopics(result, given)
  if (examples === 0)
    return {
      classifier,
      counts: null,
      mark,
      note: 'learn-from-topics: no repository has list tags as topics a person gave; tagging from the READMEs alone.'
    }
  const counts = learner.counts()
  return {
    classifier: withExamples(classifier, learner.profiles()),
    counts,
    mark,
    note: `Learned from the topics of ${examples} repositories; examples per tag: ${describeExampleCounts(counts)}.`
  }
}
