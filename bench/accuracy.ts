/**
 * Accuracy and speed of a classifier on an evaluation corpus:
 *   npm run bench -- --corpus ../shared/eval/dev [--tags <list>: default <corpus>/tags.json, else ../shared/seed-tags.json] [--no-description | --with-description]
 *     [--max-tags 3] [--min-score n] [--relative-cut r] [--misses 12] [--provider local] [--base-url u --model m]
 *     [--folds 2]  (learning from examples: see folds.ts)
 * Without --no-description / --with-description both runs are printed. Metrics: ../shared/eval/README.md.
 */
import { existsSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { loadTagList } from '../src/tags/load.js'
import { normalizeTagName } from '../src/tags/normalize.js'
import type { Classifier, SelectionOptions } from '../src/classify/types.js'
import { getErrorMessage } from '../src/errors.js'
import { loadCorpus, type BenchItem } from './corpus.js'
import { runFolds } from './folds.js'
import { computeMetrics, type ItemOutcome, type RunMetrics } from './metrics.js'
import { PROVIDERS } from './providers.js'
import { loadTopicsAsTagList } from './topics-list.js'
import { measureSpeed } from './speed.js'

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    tags: { type: 'string' },
    'no-description': { type: 'boolean', default: false },
    'with-description': { type: 'boolean', default: false },
    'max-tags': { type: 'string', default: '3' },
    'min-score': { type: 'string' },
    'relative-cut': { type: 'string' },
    misses: { type: 'string', default: '12' },
    provider: { type: 'string', default: 'local' },
    'base-url': { type: 'string' },
    model: { type: 'string' },
    'speed-seconds': { type: 'string', default: '3' },
    'show-wrong': { type: 'boolean', default: false },
    'topics-list': { type: 'string', default: '../shared/data/github-topics.jsonl' },
    folds: { type: 'string' }
  },
  strict: true
})

const num = (value: string | undefined): number | undefined => (value === undefined ? undefined : Number(value))
const pct = (x: number): string => x.toFixed(3)

async function runOnce(
  provider: { local: boolean },
  classifier: Classifier,
  items: readonly BenchItem[],
  withDescription: boolean,
  selection: SelectionOptions
): Promise<ItemOutcome[]> {
  const outcomes: ItemOutcome[] = []
  for (const item of items) {
    try {
      const input = {
        readme: item.readme,
        format: item.format,
        ...(withDescription ? { description: item.description } : {})
      }
      const result = await classifier.classify(input, selection)
      const detail = result.tags
        .map(t => `${normalizeTagName(t.name)} ${t.score} [${t.evidence.map(e => `${e.text}@${e.where}`).join(', ')}]`)
        .join('; ')
      let goldNote = ''
      if (provider.local && !result.tags.some(t => item.gold.includes(normalizeTagName(t.name)))) {
        // Where the gold tags ranked, to see how far off a miss is (local classifiers only: it reruns).
        const all = await classifier.classify(input, { maxTags: 20, minScore: 0, relativeCut: 0 })
        const ranked = all.tags.map(t => normalizeTagName(t.name))
        goldNote = ` | gold: ${item.gold.map(g => `${g} #${ranked.indexOf(g) + 1 || '-'} ${all.tags.find(t => normalizeTagName(t.name) === g)?.score ?? 0}`).join(', ')}`
      }
      outcomes.push({
        item,
        tags: result.tags.map(t => normalizeTagName(t.name)),
        detail: detail + goldNote,
        promptTokens: result.usage?.prompt_tokens ?? null,
        provider: result.provider
      })
    } catch (error: unknown) {
      outcomes.push({
        item,
        tags: [],
        detail: `error: ${getErrorMessage(error)}`,
        promptTokens: null,
        provider: 'error'
      })
    }
  }
  return outcomes
}

function report(label: string, outcomes: readonly ItemOutcome[], metrics: RunMetrics, misses: number): void {
  console.log(`\n== ${label}: ${outcomes.length} items`)
  console.log(
    `hit@1 ${pct(metrics.hit1)}  hit@3 ${pct(metrics.hit3)}  precision ${pct(metrics.precision)}  tags/item ${metrics.tagsPerItem.toFixed(2)}`
  )
  const tokens = outcomes.map(o => o.promptTokens).filter((t): t is number => t !== null)
  const answeredBy = new Map<string, number>()
  for (const o of outcomes)
    answeredBy.set(
      o.provider.replace(/ \(.*$/s, ' (fallback)'),
      (answeredBy.get(o.provider.replace(/ \(.*$/s, ' (fallback)')) ?? 0) + 1
    )
  if (answeredBy.size > 1 || !answeredBy.has('local'))
    console.log(`answered by: ${[...answeredBy].map(([p, n]) => `${p} ${n}`).join(', ')}`)
  if (tokens.length > 0)
    console.log(`prompt tokens per README ${(tokens.reduce((a, b) => a + b, 0) / tokens.length).toFixed(0)}`)
  const wrong = [...metrics.wrong].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  console.log(`wrong tags returned: ${wrong.map(([tag, count]) => `${tag} ${count}`).join(', ') || 'none'}`)
  if (values['show-wrong']) {
    for (const o of outcomes) {
      const bad = o.tags.filter(t => !o.item.gold.includes(t) && !o.item.acceptable.includes(t))
      if (bad.length > 0)
        console.log(`  wrong ${bad.join(',')} in ${o.item.id} (gold ${o.item.gold.join(',')}): ${o.detail}`)
    }
  }
  console.log(
    `worst misses (${metrics.misses.length} items without a gold tag; showing ${Math.min(misses, metrics.misses.length)}):`
  )
  for (const miss of metrics.misses.slice(0, misses))
    console.log(`  ${miss.item.id}  gold ${miss.item.gold.join(',')}  got: ${miss.detail || '(none)'}`)
}

function perTagTable(runs: Array<[string, RunMetrics]>): void {
  const names = [...new Set(runs.flatMap(([, m]) => [...m.perTag.keys()]))].sort()
  console.log(`\nper gold tag (found/total): ${runs.map(([label]) => label).join(' | ')}`)
  const cells = names.map(
    name =>
      `${name} ${runs.map(([, m]) => `${m.perTag.get(name)?.found ?? 0}/${m.perTag.get(name)?.total ?? 0}`).join(' ')}`
  )
  for (let i = 0; i < cells.length; i += 4)
    console.log(
      `  ${cells
        .slice(i, i + 4)
        .map(c => c.padEnd(28))
        .join('')}`
    )
}

async function main(): Promise<void> {
  if (!values.corpus) throw new Error('--corpus <dir> is required (a folder with items.jsonl)')
  const provider = PROVIDERS[values.provider]
  if (!provider) throw new Error(`--provider must be one of: ${Object.keys(PROVIDERS).join(', ')}`)
  // The corpus folder's own tags.json when there is one, else the seed list.
  const tagsFile =
    values.tags ??
    (existsSync(join(values.corpus, 'tags.json')) ? join(values.corpus, 'tags.json') : '../shared/seed-tags.json')
  const tags = loadTagList({ tags: tagsFile, tagsMayBeFile: true })
  const items = loadCorpus(values.corpus)
  const classifier = await provider.factory(tags, { baseUrl: values['base-url'], model: values.model })
  const selection: SelectionOptions = {
    maxTags: Number(values['max-tags']),
    minScore: num(values['min-score']),
    relativeCut: num(values['relative-cut'])
  }
  const modes: Array<[string, boolean]> = []
  if (!values['no-description']) modes.push(['with description', true])
  if (!values['with-description']) modes.push(['README only (--no-description)', false])
  if (values.folds !== undefined) {
    for (const [, withDescription] of modes)
      await runFolds({ folds: Number(values.folds), base: classifier, tags, items, withDescription, selection })
    return
  }
  const runs: Array<[string, RunMetrics]> = []
  for (const [label, withDescription] of modes) {
    const outcomes = await runOnce(provider, classifier, items, withDescription, selection)
    const metrics = computeMetrics(outcomes)
    report(label, outcomes, metrics, Number(values.misses))
    runs.push([withDescription ? 'desc' : 'readme', metrics])
  }
  perTagTable(runs)
  if (provider.local) {
    const speed = await measureSpeed(classifier, items, selection, Number(values['speed-seconds']))
    console.log(
      `\nspeed: ${speed.wallPerSecond.toFixed(0)} READMEs/s wall clock, ${speed.cpuPerSecond.toFixed(0)} per CPU-second ` +
        `(one thread, texts preloaded, cleaning included, after warm-up; load average ${loadavg()[0]?.toFixed(1)})`
    )
    const mb = (bytes: number): string => (bytes / 1048576).toFixed(1)
    console.log(
      `memory: heap ${mb(speed.heapBefore)} MB after warm-up, ${mb(speed.heapAfter)} MB after ${speed.readmes} more READMEs`
    )
    if (values['topics-list'] && existsSync(values['topics-list'])) {
      // The same READMEs against GitHub's 1,255 featured topics as the list: speed with a long list.
      const topics = loadTopicsAsTagList(values['topics-list'])
      const started = performance.now()
      const wide = await provider.factory(topics, {})
      const built = performance.now() - started
      const many = await measureSpeed(wide, items, selection, Number(values['speed-seconds']))
      console.log(
        `speed with ${topics.length} topics as the list: ${many.wallPerSecond.toFixed(0)} READMEs/s wall clock, ` +
          `${many.cpuPerSecond.toFixed(0)} per CPU-second; list compiled in ${built.toFixed(0)} ms; ` +
          `heap ${mb(many.heapBefore)} → ${mb(many.heapAfter)} MB`
      )
    }
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${getErrorMessage(error)}`)
  process.exitCode = 2
})
