import type { TagList } from '../../tags/types.js'
import type { Classification, Classifier, ClassifyInput, SelectionOptions, TagScore } from '../types.js'

export const DEFAULT_MIN_SCORE = 1
export const DEFAULT_RELATIVE_CUT = 0.5

/** PLACEHOLDER (to be replaced by issue 3's classifier): counts tag names in the text. */
export function createOfflineClassifier(tags: TagList): Classifier {
  const patterns = tags.map(tag => ({
    tag,
    terms: [tag.name, ...tag.aliases].map(term => new RegExp(`\\b${term.toLowerCase().replace(/[-\s]+/g, '[-\\s]?').replace(/[.*+?^${}()|[\]\\]/g, m => (m === '-' ? m : `\\${m}`))}s?\\b`, 'g'))
  }))
  return {
    identity: { provider: 'local', model: null, settings: 'placeholder-1' },
    tags,
    async classify(input: ClassifyInput, options: SelectionOptions): Promise<Classification> {
      const text = `${input.description ?? ''}\n${input.readme}`.toLowerCase()
      const scored: TagScore[] = []
      for (const { tag, terms } of patterns) {
        let score = 0
        for (const term of terms) score += (text.match(term) ?? []).length
        if (score > 0) scored.push({ name: tag.name, score, evidence: [{ text: tag.name, where: 'body' }] })
      }
      scored.sort((a, b) => b.score - a.score)
      const minScore = options.minScore ?? DEFAULT_MIN_SCORE
      const cut = options.relativeCut ?? DEFAULT_RELATIVE_CUT
      const top = scored[0]?.score ?? 0
      const chosen = scored.filter(s => s.score >= minScore && s.score >= top * cut).slice(0, options.maxTags)
      return { tags: chosen, provider: 'local', model: null, usage: null }
    }
  }
}
