import { resultId, type TagResult } from '../result.js'
import type { Classifier, SelectionOptions } from '../classify/types.js'
import { normalizeTagName } from '../tags/normalize.js'
import type { EchoedTag, TagEntry, TagList } from '../tags/types.js'
import { itemFingerprint, type TagItem } from './tag-item.js'

/** What an example's result says answered: a person gave these tags. */
export const GIVEN_PROVIDER = 'given'

/** Tags a line gives, resolved against the list: the entries, and the values as given (for the echo). */
export type GivenTags =
  { readonly entries: readonly TagEntry[]; readonly echoed: readonly EchoedTag[] } | { readonly error: string }

/**
 * Resolve the `tags` of an example line: each a name, or an `{id, name}` object, matched to the list by
 * the topic form of its name (so "Game Engine" is "game-engine"). A tag not on the list is an error that
 * names it: an example may only teach the list's own tags.
 * @example resolveGivenTags(['AI'], list) // { entries: [ai entry], echoed: ['AI'] }
 */
export function resolveGivenTags(given: readonly unknown[], tags: TagList): GivenTags {
  const byNormal = new Map(tags.map(tag => [tag.normal || tag.name.toLowerCase(), tag]))
  const entries: TagEntry[] = []
  const echoed: EchoedTag[] = []
  for (const value of given) {
    const record =
      value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null
    const name = typeof value === 'string' ? value : typeof record?.name === 'string' ? record.name : undefined
    if (name === undefined || name.trim() === '') {
      return { error: `"tags" entries must be tag names or {"id", "name"} objects; got ${JSON.stringify(value)}` }
    }
    const entry = byNormal.get(normalizeTagName(name) || name.trim().toLowerCase())
    if (!entry) {
      return {
        error: `tag "${name}" is not on the tag list: an example may only carry tags of the list (check its spelling, or add it to the list)`
      }
    }
    if (!entries.includes(entry)) entries.push(entry)
    const id = record?.id
    echoed.push(
      record ? { id: typeof id === 'string' || typeof id === 'number' ? id : (entry.id ?? null), name } : name
    )
  }
  return { entries, echoed }
}

/** The result of an example line: its tags as given, `provider` "given", no classifier run. */
export function givenResult(
  item: TagItem,
  given: { readonly entries: readonly TagEntry[]; readonly echoed: readonly EchoedTag[] },
  classifier: Pick<Classifier, 'identity' | 'tags'>,
  selection: SelectionOptions
): TagResult {
  return {
    id: resultId(item.id, item.repositoryId),
    tags: [...given.echoed],
    repository: item.repository ?? null,
    scores: given.entries.map(entry => ({ name: entry.name, score: 1, evidence: [] })),
    provider: GIVEN_PROVIDER,
    model: null,
    usage: null,
    fingerprint: itemFingerprint(item, classifier, selection)
  }
}
