/**
 * The dev corpus against a list of 18 broad tags, each described by what it covers ("Developer Tools:
 * Linters, test frameworks, editors, IDEs and compilers"), as an organisation might write its own vocabulary
 * (bench/lists/umbrella-list.json, written for this bench). Each broad tag maps to the seed tags it covers:
 * an item counts when a broad tag covers one of its gold tags; a returned tag is right when it covers a gold
 * or acceptable one. `npx tsx bench/umbrella.ts [-v]`.
 */
import { readFileSync } from 'node:fs'
import { createOfflineClassifier } from '../src/classify/offline/index.js'
import { parseTagList } from '../src/tags/parse.js'
import { loadCorpus } from './corpus.js'

interface UmbrellaTag {
  readonly name: string
  readonly description: string
  /** The seed tags this broad tag covers. */
  readonly seed: readonly string[]
}

const list = JSON.parse(readFileSync('bench/lists/umbrella-list.json', 'utf8')) as UmbrellaTag[]
const classifier = createOfflineClassifier(
  parseTagList(JSON.stringify(list.map(({ name, description }) => ({ name, description }))), 'umbrella-list.json')
)
const covering = (seedTags: readonly string[]) =>
  new Set(list.filter(tag => tag.seed.some(seed => seedTags.includes(seed))).map(tag => tag.name))

let items = 0
let hit1 = 0
let hit3 = 0
let returned = 0
let right = 0
for (const item of loadCorpus('../shared/eval/dev')) {
  const gold = covering(item.gold)
  if (gold.size === 0) continue
  const okay = covering([...item.gold, ...(item.acceptable ?? [])])
  const tags = (await classifier.classify({ readme: item.readme, format: item.format }, { maxTags: 3 })).tags.map(
    t => t.name
  )
  items += 1
  if (tags[0] !== undefined && gold.has(tags[0])) hit1 += 1
  if (tags.some(tag => gold.has(tag))) hit3 += 1
  returned += tags.length
  right += tags.filter(tag => okay.has(tag)).length
  if (process.argv.includes('-v') && !(tags[0] !== undefined && gold.has(tags[0])))
    console.log(item.id.padEnd(40), [...gold].join(', '), '=>', tags.join(', '))
}
const f3 = (x: number) => x.toFixed(3)
console.log(
  `umbrella list (${list.length} described broad tags) on ${items} dev items: hit@1 ${f3(hit1 / items)} hit@3 ${f3(hit3 / items)} precision ${f3(right / returned)} tags/item ${(returned / items).toFixed(2)}`
)
