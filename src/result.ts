import { createHash } from 'node:crypto'
import type { Classifier, TagScore, Usage } from './classify/types.js'
import type { EchoedTag, TagEntry, TagList } from './tags/types.js'

/** One repository's answer; `result.schema.json` describes it. The seed's contract (`id`, `tags`) comes first. */
export interface TagResult {
  id: string | null
  tags: EchoedTag[]
  repository: string | null
  scores: TagScore[]
  provider: string
  model: string | null
  usage: Usage | null
  fingerprint: string
  /** Why there was nothing to tag (neither README nor description): a skip, not a failure. */
  skipped?: string
  error?: string
}

/** Echo a chosen entry the way the list gave it: objects as {id, name}, strings as the trimmed string. */
export function echoTag(entry: TagEntry): EchoedTag {
  return entry.form === 'string' ? entry.name : { id: entry.id ?? null, name: entry.name }
}

/** The result's `id`: the given id, else the repository's numeric id, always as a string, else null. */
export function resultId(given: string | number | null | undefined, repositoryId?: number | null): string | null {
  if (given !== undefined && given !== null && String(given) !== '') return String(given)
  if (repositoryId !== undefined && repositoryId !== null) return String(repositoryId)
  return null
}

/** The list as it affects answers: names, aliases and descriptions in order (ids and spacing do not). */
function normalisedList(tags: TagList): unknown[] {
  return tags.map(tag => [tag.normal, tag.name, tag.aliases, tag.description ?? ''])
}

// A batch fingerprints every line under one list: the list is hashed once per list, not once per line
// (the 1,255 featured topics make 136 KB of JSON: hashing it for each README took half of tagItem's time).
const listDigests = new WeakMap<TagList, string>()

/**
 * sha256 of everything that decides an answer: README, description, the normalised list, and the
 * classifier's identity (provider, model and settings such as max-tags or the prompt version).
 * Equal fingerprints mean a cached or earlier answer can be reused. The hash is fed each part with its
 * length before it (`<length>:<part>`): README, description, sha256 of the list's JSON, and the JSON array
 * `[provider, model, classifier settings, settings]`. The README goes in as it is: its JSON form, as
 * fingerprints were made before, took two thirds of the time of fingerprinting a batch line.
 */
export function fingerprint(
  readme: string,
  description: string,
  classifier: Pick<Classifier, 'identity' | 'tags'>,
  settings: unknown
): string {
  const { provider, model, settings: classifierSettings } = classifier.identity
  let list = listDigests.get(classifier.tags)
  if (list === undefined)
    listDigests.set(
      classifier.tags,
      (list = createHash('sha256')
        .update(JSON.stringify(normalisedList(classifier.tags)))
        .digest('hex'))
    )
  const hash = createHash('sha256')
  for (const part of [readme, description, list, JSON.stringify([provider, model, classifierSettings, settings])])
    hash.update(`${part.length}:`).update(part)
  return hash.digest('hex')
}
