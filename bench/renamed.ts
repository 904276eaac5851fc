/**
 * The dev corpus against the seed list renamed as a person would name its tags ("Command Line Tools",
 * "Object Relational Mappers": bench/lists/seed-as-display-names.json, names only): how well the offline
 * classifier reads names it was not written against. `npx tsx bench/renamed.ts [-v]` (-v lists the misses).
 */
import { readFileSync } from 'node:fs'
import { createOfflineClassifier } from '../src/classify/offline/index.js'
import { parseTagList } from '../src/tags/parse.js'
import { normalizeTagName } from '../src/tags/normalize.js'
import { loadCorpus } from './corpus.js'
import { computeMetrics } from './metrics.js'
const map = JSON.parse(readFileSync('bench/lists/seed-as-display-names.json', 'utf8')) as Record<string, string>
const back = new Map(Object.entries(map).map(([k, v]) => [normalizeTagName(v), k]))
const c = createOfflineClassifier(parseTagList(JSON.stringify(Object.values(map)), 'x'))
const outcomes = []
for (const item of loadCorpus('../shared/eval/dev')) {
  const r = await c.classify({ readme: item.readme, format: item.format }, { maxTags: 3 })
  const tags = r.tags.map(t => back.get(normalizeTagName(t.name)) ?? '?')
  outcomes.push({ item, tags, detail: '', promptTokens: null, provider: 'local' })
  if (process.argv.includes('-v') && !item.gold.includes(tags[0] ?? ''))
    console.log(item.id, item.gold.join(','), '=>', r.tags.map(t => `${t.name} ${t.score}`).join('; '))
}
const m = computeMetrics(outcomes)
console.log(
  `renamed seed list: h1 ${m.hit1.toFixed(3)} h3 ${m.hit3.toFixed(3)} p ${m.precision.toFixed(3)} t/i ${m.tagsPerItem.toFixed(2)}`
)
