/** Times the classifier's stages on a corpus: `npx tsx bench/profile.ts <corpus-dir>`. */
import { loadCorpus } from './corpus.js'
import { cleanReadme } from '../src/text/clean.js'
import { tokenize } from '../src/classify/offline/tokenize.js'
import { zonesOf } from '../src/classify/offline/zones.js'
import { compileTags } from '../src/classify/offline/terms.js'
import { readZones } from '../src/classify/offline/score.js'
import { loadTagList } from '../src/tags/load.js'

const items = loadCorpus(process.argv[2] ?? '../shared/eval/dev')
const tags = loadTagList({ tags: '../shared/seed-tags.json', tagsMayBeFile: true })
const compiled = compileTags(tags)
const time = (label: string, fn: () => void): void => {
  for (let i = 0; i < 3; i++) fn()
  const start = process.cpuUsage()
  for (let i = 0; i < 10; i++) fn()
  const used = process.cpuUsage(start)
  console.log(`${label}: ${((used.user + used.system) / 10 / items.length).toFixed(0)} µs CPU/README`)
}
const cleaned = items.map(i => cleanReadme(i.readme, i.format))
const zones = cleaned.map((c, k) => zonesOf(c, items[k]?.description))
time('clean', () => items.forEach(i => cleanReadme(i.readme, i.format)))
time('zones', () => cleaned.forEach((c, k) => zonesOf(c, items[k]?.description)))
time('tokenize', () => zones.forEach(z => z.forEach(zone => tokenize(zone.text))))
time('score', () => zones.forEach(z => readZones(z, tags, compiled)))
