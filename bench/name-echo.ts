/**
 * Does a README that says only what a tag's name says get that tag first? For every tag of a list, the
 * one-line README "Zorp is a <name>." is tagged with the whole list; a tag that another tag outranks (or
 * that gets nothing) shows where the list's profiles overlap or a name's own words are lost. No corpus and
 * no gold: a measure of how a list is read, for any list. Default list: GitHub's 1,255 featured topics.
 * `npx tsx bench/name-echo.ts [--tags <file>] [-v]`.
 */
import { parseArgs } from 'node:util'
import { createOfflineClassifier } from '../src/classify/offline/index.js'
import { loadTagList } from '../src/tags/load.js'
import { loadTopicsAsTagList } from './topics-list.js'

const { values } = parseArgs({
  options: { tags: { type: 'string' }, verbose: { type: 'boolean', short: 'v', default: false } },
  strict: true
})
const tags = values.tags
  ? loadTagList({ tags: values.tags, tagsMayBeFile: true })
  : loadTopicsAsTagList('../shared/data/github-topics.jsonl')
const classifier = createOfflineClassifier(tags)
let missed = 0
for (const tag of tags) {
  const readme = `# Zorp\n\nZorp is a ${tag.name.replace(/-/g, ' ')}.`
  const chosen = (await classifier.classify({ readme }, { maxTags: 3 })).tags
  if (chosen[0]?.name === tag.name) continue
  missed += 1
  if (values.verbose) console.log(`${tag.name}: ${chosen.map(t => `${t.name} ${t.score}`).join(', ') || 'no tag'}`)
}
console.log(
  `"Zorp is a <name>.": ${tags.length - missed} of ${tags.length} tags first (${missed} outranked or not found)`
)
