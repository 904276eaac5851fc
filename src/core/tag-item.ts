import type { Classifier, ClassifyInput, SelectionOptions } from '../classify/types.js'
import { getErrorMessage } from '../errors.js'
import { echoTag, fingerprint, resultId, type TagResult } from '../result.js'
import { entriesByName } from '../tags/by-name.js'

/** READMEs are read up to this many bytes. */
export const MAX_README_BYTES = 512 * 1024

/** One thing to tag: a README and a description, with whatever identifies it. */
export interface TagItem {
  readonly id?: string | number | null
  /** `owner/name`, when the item is a GitHub repository. */
  readonly repository?: string | null
  /** GitHub's numeric repository id: the result's id when no id is given. */
  readonly repositoryId?: number | null
  readonly readme: string
  readonly description?: string
  readonly format?: ClassifyInput['format']
}

/** Cut a text to at most `maxBytes` of UTF-8 without splitting a character. */
export function capBytes(text: string, maxBytes = MAX_README_BYTES): string {
  if (text.length <= maxBytes / 3) return text
  const bytes = Buffer.from(text, 'utf8')
  if (bytes.length <= maxBytes) return text
  return bytes
    .subarray(0, maxBytes)
    .toString('utf8')
    .replace(/\uFFFD$/, '')
}

/** The fingerprint of an item under a classifier: what `--resume` and caches compare. */
export function itemFingerprint(
  item: TagItem,
  classifier: Pick<Classifier, 'identity' | 'tags'>,
  selection: SelectionOptions
): string {
  return fingerprint(capBytes(item.readme), item.description ?? '', classifier, selection)
}

/** Tag one item. Never throws: a failure becomes a result with `error` and no tags. */
export async function tagItem(item: TagItem, classifier: Classifier, selection: SelectionOptions): Promise<TagResult> {
  const readme = capBytes(item.readme)
  const description = item.description ?? ''
  const base = {
    id: resultId(item.id, item.repositoryId),
    repository: item.repository ?? null,
    fingerprint: fingerprint(readme, description, classifier, selection)
  }
  try {
    const answer = await classifier.classify({ readme, description, format: item.format }, selection)
    const byName = entriesByName(classifier.tags)
    const chosen = answer.tags.filter(score => byName.has(score.name)).slice(0, selection.maxTags)
    return {
      id: base.id,
      tags: chosen.map(score => echoTag(byName.get(score.name)!)),
      repository: base.repository,
      scores: chosen.map(score => ({ name: score.name, score: round(score.score), evidence: score.evidence })),
      provider: answer.provider,
      model: answer.model,
      usage: answer.usage,
      fingerprint: base.fingerprint
    }
  } catch (error) {
    return failedResult(base, classifier, getErrorMessage(error))
  }
}

/** A result for an item with nothing to tag (neither README nor description): a skip, not a failure. */
export function skippedResult(
  base: { id: string | null; repository: string | null; fingerprint: string },
  classifier: Pick<Classifier, 'identity'>,
  reason: string
): TagResult {
  const result = failedResult(base, classifier, reason)
  delete result.error
  return { ...result, skipped: reason }
}

/** A result for an item that could not be tagged. */
export function failedResult(
  base: { id: string | null; repository: string | null; fingerprint: string },
  classifier: Pick<Classifier, 'identity'>,
  error: string
): TagResult {
  return {
    id: base.id,
    tags: [],
    repository: base.repository,
    scores: [],
    provider: classifier.identity.provider,
    model: classifier.identity.model,
    usage: null,
    fingerprint: base.fingerprint,
    error
  }
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000
}
