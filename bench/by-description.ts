/**
 * The dev corpus against the seed list renamed to code names that mean nothing ("Tag 17"), each with a
 * curator-style description (bench/lists/seed-by-description.json, written for this bench): how well the
 * offline classifier tags by description alone. `npx tsx bench/by-description.ts [-v]`.
 */
import { readFileSync } from 'node:fs'
import { createOfflineClassifier } from '../src/classify/offline/index.js'
import { parseTagList } from '../src/tags/parse.js'
import { loadCorpus } from './corpus.js'
import { computeMetrics, type ItemOutcome } from './metrics.js'

const described = JSON.parse(readFileSync('bench/lists/seed-by-description.json', 'utf8')) as Record<string, string>
const keys = Object.keys(described)
const list = keys.map((key, i) => ({ name: `Tag ${i + 1}`, description: described[key] }))
const back = new Map(keys.map((key, i) => [`Tag ${i + 1}`, key]))
const classifier = createOfflineClassifier(parseTagList(JSON.stringify(list), 'seed-by-description.json'))
const outcomes: ItemOutcome[] = []
for (const item of loadCorpus('../shared/eval/dev')) {
  const result = await classifier.classify({ readme: item.readme, format: item.format }, { maxTags: 3 })
  const tags = result.tags.map(t => back.get(t.name) ?? '?')
  outcomes.push({ item, tags, detail: '', promptTokens: null, provider: 'local' })
  if (process.argv.includes('-v') && !item.gold.includes(tags[0] ?? ''))
    console.log(
      item.id,
      item.gold.join(','),
      '=>',
      result.tags.map(t => `${back.get(t.name)} ${t.score} [${t.evidence.map(e => e.text).join(', ')}]`).join('; ')
    )
}
const m = computeMetrics(outcomes)
console.log(
  `seed list known by description only: hit@1 ${m.hit1.toFixed(3)} hit@3 ${m.hit3.toFixed(3)} precision ${m.precision.toFixed(3)} tags/item ${m.tagsPerItem.toFixed(2)}`
)
