/** Prints the lead sentence the classifier finds in each README: `npx tsx bench/leads.ts [corpus-dir]`. */
import { zonesOf } from '../src/classify/offline/zones.js'
import { cleanReadme } from '../src/text/clean.js'
import { loadCorpus } from './corpus.js'

const items = loadCorpus(process.argv[2] ?? '../shared/eval/dev')
let found = 0
for (const item of items) {
  const zones = zonesOf(cleanReadme(item.readme, item.format), undefined)
  const lead = zones.find(z => z.factor === 3)
  if (lead) found++
  console.log(`${item.id.padEnd(40)} ${lead ? lead.text.slice(0, 110) : '(none)'}`)
}
console.log(`lead sentence found in ${found}/${items.length}`)
