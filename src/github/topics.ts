import { InputError } from '../errors.js'
import type { TagEntry, TagList } from '../tags/types.js'
import type { Octokit } from './client.js'
import { explainTopicsError, type RepoRef } from './errors.js'

/** The warning for a plan that kept the topics because `replace` had no tag to write. */
export function emptyReplaceWarning(fullName: string): string {
  return `No tag was chosen for ${fullName}, so topics-mode "replace" sent nothing: its topics are left as they are.`
}

/** GitHub allows at most this many topics on a repository. */
export const MAX_TOPICS = 20

export const TOPICS_MODES = ['merge', 'replace'] as const
export type TopicsMode = (typeof TOPICS_MODES)[number]

/** What writing topics would do: the lists before and after, and whether they differ as sets. */
export interface TopicPlan {
  readonly before: readonly string[]
  readonly after: readonly string[]
  readonly changed: boolean
  /** Set when `replace` had no tag to write: the topics are kept as they are, never cleared. */
  readonly keptEmptyReplace?: true
}

/**
 * The topics for the chosen tags, best first: each tag's normal form.
 * A tag whose normal form is empty (only non-Latin letters, say) cannot be a topic: that is an error.
 */
export function topicsForTags(chosen: readonly TagEntry[]): string[] {
  const empty = chosen.find(entry => entry.normal === '')
  if (empty) {
    throw new InputError(
      `Tag "${empty.name}" has no topic form (topics use only a-z, 0-9 and "-"), so it cannot be written as a ` +
        `topic. Rename it in the tag list (for example add a Latin-letter name and keep this one as an alias), ` +
        `or set output: artifact.`
    )
  }
  return [...new Set(chosen.map(entry => entry.normal))]
}

/**
 * `merge`: keep every current topic that is not the topic form of a list entry, in its order, then add the
 * chosen tags best first. Over 20 topics is an error, never a silent cut.
 * @example mergeTopics(['rust', 'web'], parseTagList('web, cli', 'tags'), ['cli']) // ['rust', 'cli']
 */
export function mergeTopics(current: readonly string[], list: TagList, chosenTopics: readonly string[]): string[] {
  const managed = new Set(list.map(entry => entry.normal).filter(Boolean))
  const kept = current.filter(topic => !managed.has(topic.toLowerCase()))
  const merged = [...new Set([...kept, ...chosenTopics])]
  if (merged.length > MAX_TOPICS) {
    throw new InputError(
      `topics-mode "merge" would give ${merged.length} topics, but GitHub allows ${MAX_TOPICS}: the repository ` +
        `already has ${kept.length} topics that are not in the tag list. Remove some of them, lower max-tags, ` +
        `or use topics-mode: replace.`
    )
  }
  return merged
}

/** `replace`: exactly the chosen tags. */
export function replaceTopics(chosenTopics: readonly string[]): string[] {
  return [...new Set(chosenTopics)].slice(0, MAX_TOPICS)
}

/**
 * Plan the write: `changed` compares sets, so a mere reordering sends nothing. `replace` with no tag chosen
 * plans no change (keptEmptyReplace): a weak README must not wipe a repository's topics.
 */
export function planTopics(
  current: readonly string[],
  list: TagList,
  chosen: readonly TagEntry[],
  mode: TopicsMode
): TopicPlan {
  const chosenTopics = topicsForTags(chosen)
  if (mode === 'replace' && chosenTopics.length === 0)
    return { before: [...current], after: [...current], changed: false, keptEmptyReplace: true }
  const after = mode === 'merge' ? mergeTopics(current, list, chosenTopics) : replaceTopics(chosenTopics)
  return { before: [...current], after, changed: !sameSet(current, after) }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a.map(topic => topic.toLowerCase()))
  const right = new Set(b.map(topic => topic.toLowerCase()))
  return left.size === right.size && [...left].every(topic => right.has(topic))
}

/** Replace the repository's topics (PUT /repos/{owner}/{repo}/topics); returns what GitHub stored. */
export async function putTopics(octokit: Octokit, ref: RepoRef, names: readonly string[]): Promise<string[]> {
  try {
    const { data } = await octokit.rest.repos.replaceAllTopics({ owner: ref.owner, repo: ref.repo, names: [...names] })
    return data.names ?? [...names]
  } catch (error) {
    throw explainTopicsError(error, ref)
  }
}
