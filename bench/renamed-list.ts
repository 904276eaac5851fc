/**
 * A corpus tagged against its own list under other names (bench/lists/*.json: original name → the other
 * name, names only), each answer mapped back to the original for scoring. Shared by renamed.ts and
 * explore-renamed.ts; with `-v` on the command line it prints the items whose first tag is not gold.
 */
import { readFileSync } from 'node:fs'
import { createOfflineClassifier } from '../src/classify/offline/index.js'
import { normalizeTagName } from '../src/tags/normalize.js'
import { parseTagList } from '../src/tags/parse.js'
import { loadCorpus } from './corpus.js'
import { computeMetrics, type ItemOutcome, type RunMetrics } from './metrics.js'

export async function scoreRenamed(listFile: string, corpus: string): Promise<RunMetrics> {
  const map = JSON.parse(readFileSync(listFile, 'utf8')) as Record<string, string>
  const back = new Map(
    Object.entries(map).map(([original, other]) => [normalizeTagName(other), normalizeTagName(original)])
  )
  const classifier = createOfflineClassifier(parseTagList(JSON.stringify(Object.values(map)), listFile))
  const outcomes: ItemOutcome[] = []
  for (const item of loadCorpus(corpus)) {
    const result = await classifier.classify({ readme: item.readme, format: item.format }, { maxTags: 3 })
    const tags = result.tags.map(t => back.get(normalizeTagName(t.name)) ?? '?')
    outcomes.push({ item, tags, detail: '', promptTokens: null, provider: 'local' })
    if (process.argv.includes('-v') && !item.gold.includes(tags[0] ?? ''))
      console.log(item.id, item.gold.join(','), '=>', result.tags.map(t => `${t.name} ${t.score}`).join('; '))
  }
  return computeMetrics(outcomes)
}
