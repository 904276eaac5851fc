/**
 * Sweeps min-score and relative-cut for the offline classifier and prints the metrics of both runs:
 *   npx tsx bench/sweep.ts ../shared/eval/dev [../shared/seed-tags.json]
 * Used to pick DEFAULT_MIN_SCORE (see src/classify/offline/select.ts).
 */
import { createOfflineClassifier } from '../src/classify/offline/index.js'
import { normalizeTagName } from '../src/tags/normalize.js'
import { loadTagList } from '../src/tags/load.js'
import { loadCorpus } from './corpus.js'
import { computeMetrics, type ItemOutcome } from './metrics.js'

const [dir = '../shared/eval/dev', tagsPath = '../shared/seed-tags.json'] = process.argv.slice(2)
const items = loadCorpus(dir)
const classifier = createOfflineClassifier(loadTagList({ tags: tagsPath, tagsMayBeFile: true }))
const line = (label: string, outcomes: ItemOutcome[]): string => {
  const m = computeMetrics(outcomes)
  return `${label} h1 ${m.hit1.toFixed(3)} h3 ${m.hit3.toFixed(3)} p ${m.precision.toFixed(3)} t/i ${m.tagsPerItem.toFixed(2)}`
}
for (const cut of [0.4, 0.5, 0.6]) {
  for (const minScore of [0, 2, 3, 4, 5, 6, 8, 10]) {
    const runs: string[] = []
    for (const withDescription of [true, false]) {
      const outcomes: ItemOutcome[] = []
      for (const item of items) {
        const input = {
          readme: item.readme,
          format: item.format,
          ...(withDescription ? { description: item.description } : {})
        }
        const result = await classifier.classify(input, { maxTags: 3, minScore, relativeCut: cut })
        outcomes.push({
          item,
          tags: result.tags.map(t => normalizeTagName(t.name)),
          detail: '',
          promptTokens: null,
          provider: result.provider
        })
      }
      runs.push(line(withDescription ? 'desc' : 'readme', outcomes))
    }
    console.log(`cut ${cut} min ${String(minScore).padStart(2)} | ${runs.join(' | ')}`)
  }
}
