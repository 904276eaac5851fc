import type { Classification, Classifier, ClassifyInput, SelectionOptions } from '../classify/types.js'
import { fingerprint } from '../result.js'
import type { AnswerCache } from './file.js'

/**
 * A classifier that answers from `cache` when it has seen the same README, description, list, classifier
 * identity (provider, model, prompt version, settings) and selection, and otherwise asks `classifier` and
 * keeps its answer. The key is the result's own `fingerprint`. Fallback answers (another provider stood in)
 * are not kept, so the next run tries the model again. A cached answer reports provider "<provider> (cached)"
 * and no usage: it cost no tokens this time.
 */
export function withCache(classifier: Classifier, cache: AnswerCache): Classifier {
  return {
    identity: classifier.identity,
    tags: classifier.tags,
    async classify(input: ClassifyInput, selection: SelectionOptions): Promise<Classification> {
      const key = fingerprint(input.readme, input.description ?? '', classifier, selection)
      const hit = cache.get(key)
      if (hit) return { ...hit, provider: `${hit.provider} (cached)`, usage: null }
      const answer = await classifier.classify(input, selection)
      if (answer.provider === classifier.identity.provider) cache.set(key, answer)
      return answer
    }
  }
}
