/**
 * explore-dev against its 16 collections named as another user might name them ("Browser games" for "Web
 * games", "PHP static analysis" for "Code Quality Checker Tools For PHP Projects": bench/lists/
 * explore-as-other-names.json, my own words, names only): how much of explore-dev's figure is the wording of
 * its names. Compare with `npm run bench -- --corpus ../shared/eval/explore-dev` on the original names
 * without their descriptions. `npx tsx bench/explore-renamed.ts [-v]` (-v lists the misses).
 */
import { readFileSync } from 'node:fs'
import { createOfflineClassifier } from '../src/classify/offline/index.js'
import { parseTagList } from '../src/tags/parse.js'
import { normalizeTagName } from '../src/tags/normalize.js'
import { loadCorpus } from './corpus.js'
import { computeMetrics, type ItemOutcome } from './metrics.js'

const map = JSON.parse(readFileSync('bench/lists/explore-as-other-names.json', 'utf8')) as Record<string, string>
const back = new Map(
  Object.entries(map).map(([original, other]) => [normalizeTagName(other), normalizeTagName(original)])
)
const classifier = createOfflineClassifier(
  parseTagList(JSON.stringify(Object.values(map)), 'explore-as-other-names.json')
)
const outcomes: ItemOutcome[] = []
for (const item of loadCorpus('../shared/eval/explore-dev')) {
  const result = await classifier.classify({ readme: item.readme, format: item.format }, { maxTags: 3 })
  const tags = result.tags.map(t => back.get(normalizeTagName(t.name)) ?? '?')
  outcomes.push({ item, tags, detail: '', promptTokens: null, provider: 'local' })
  if (process.argv.includes('-v') && !item.gold.includes(tags[0] ?? ''))
    console.log(item.id, item.gold.join(','), '=>', result.tags.map(t => `${t.name} ${t.score}`).join('; '))
}
const m = computeMetrics(outcomes)
console.log(
  `explore-dev under other names: hit@1 ${m.hit1.toFixed(3)} hit@3 ${m.hit3.toFixed(3)} precision ${m.precision.toFixed(3)} tags/item ${m.tagsPerItem.toFixed(2)}`
)
