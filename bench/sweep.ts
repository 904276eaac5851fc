/**
 * Chooses the offline classifier's selection defaults on both dev sets together, README only:
 *   npx tsx bench/sweep.ts [--cross-check]
 * Each README is ranked once; every (min-score, relative-cut) pair is then applied to the ranking. The
 * table sorts pairs by how far their figures fall short of the targets, summed over both sets, then by
 * the mean of hit@1, hit@3 and precision. --cross-check chooses the
 * pair on the odd items of each set and reports it on the even ones (and the reverse).
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { createOfflineClassifier } from '../src/classify/offline/index.js'
import { chooseTags } from '../src/classify/offline/select.js'
import type { TagScore } from '../src/classify/types.js'
import { loadTagList } from '../src/tags/load.js'
import { normalizeTagName } from '../src/tags/normalize.js'
import { loadCorpus, type BenchItem } from './corpus.js'
import { computeMetrics, type RunMetrics } from './metrics.js'

const SETS = [
  { dir: '../shared/eval/dev', targets: { hit1: 0.88, hit3: 0.94, precision: 0.9 } },
  { dir: '../shared/eval/explore-dev', targets: { hit1: 0.85, hit3: 0.92, precision: 0.85 } }
]
const MIN_SCORES = [0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65]
const CUTS = [0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85]

interface Ranked {
  readonly item: BenchItem
  /** Every tag with clear evidence, best first. */
  readonly ranking: readonly TagScore[]
  /** The looser reading's best tag (hints count), for the classifier's guess when nothing is chosen. */
  readonly loose: readonly TagScore[]
}

async function rankSet(dir: string): Promise<Ranked[]> {
  const tagsFile = existsSync(join(dir, 'tags.json')) ? join(dir, 'tags.json') : '../shared/seed-tags.json'
  const classifier = createOfflineClassifier(loadTagList({ tags: tagsFile, tagsMayBeFile: true }))
  const out: Ranked[] = []
  for (const item of loadCorpus(dir)) {
    const input = { readme: item.readme, format: item.format }
    const result = await classifier.classify(input, { maxTags: 20, minScore: 0, relativeCut: 0, looseFallback: false })
    out.push({ item, ranking: result.tags, loose: (await classifier.rank?.(input, 1)) ?? [] })
  }
  return out
}

function measure(ranked: readonly Ranked[], minScore: number, relativeCut: number): RunMetrics {
  return computeMetrics(
    ranked.map(({ item, ranking, loose }) => ({
      item,
      tags: chooseTags(ranking, () => loose, { maxTags: 3, minScore, relativeCut }).map(t => normalizeTagName(t.name)),
      detail: '',
      promptTokens: null,
      provider: 'local'
    }))
  )
}

/** The amounts by which the figures of the sets fall short of their targets: the largest, and their sum. */
function shortfall(metrics: readonly RunMetrics[]): { worst: number; total: number } {
  let worst = 0
  let total = 0
  metrics.forEach((m, i) => {
    const t = (SETS[i] as (typeof SETS)[number]).targets
    for (const gap of [t.hit1 - m.hit1, t.hit3 - m.hit3, t.precision - m.precision]) {
      worst = Math.max(worst, gap)
      total += Math.max(0, gap)
    }
  })
  return { worst, total }
}

const meanOf = (metrics: readonly RunMetrics[]): number =>
  metrics.reduce((a, m) => a + m.hit1 + m.hit3 + m.precision, 0) / (3 * metrics.length)

/**
 * What a pair is ranked by: first how far all figures fall short of their targets, summed (a figure above
 * its target counts nothing, so precision bought with a hit below target does not win), then the mean.
 */
const loss = (metrics: readonly RunMetrics[]): number => shortfall(metrics).total - meanOf(metrics) / 1000

const fmt = (m: RunMetrics): string =>
  `h1 ${m.hit1.toFixed(3)} h3 ${m.hit3.toFixed(3)} p ${m.precision.toFixed(3)} t/i ${m.tagsPerItem.toFixed(2)}`

function best(sets: readonly (readonly Ranked[])[]): { minScore: number; cut: number; loss: number } {
  let choice = { minScore: 0, cut: 0, loss: Infinity }
  for (const minScore of MIN_SCORES)
    for (const cut of CUTS) {
      const figures = loss(sets.map(s => measure(s, minScore, cut)))
      if (figures < choice.loss) choice = { minScore, cut, loss: figures }
    }
  return choice
}

const sets = await Promise.all(SETS.map(s => rankSet(s.dir)))
if (process.argv.includes('--cross-check')) {
  for (const [pick, report] of [
    [0, 1],
    [1, 0]
  ] as const) {
    const half = (r: readonly Ranked[], parity: number) => r.filter((_, i) => i % 2 === parity)
    const choice = best(sets.map(s => half(s, pick)))
    const shown = sets.map(
      (s, i) => `${SETS[i]?.dir.split('/').pop()} ${fmt(measure(half(s, report), choice.minScore, choice.cut))}`
    )
    console.log(
      `chosen on ${pick ? 'even' : 'odd'} items: min-score ${choice.minScore}, relative-cut ${choice.cut}; ` +
        `on the ${report ? 'even' : 'odd'} items: ${shown.join(' | ')}`
    )
  }
} else {
  const rows: Array<[number, string]> = []
  for (const minScore of MIN_SCORES)
    for (const cut of CUTS) {
      const metrics = sets.map(s => measure(s, minScore, cut))
      const short = shortfall(metrics)
      rows.push([
        loss(metrics),
        `short ${short.total.toFixed(3)} (worst ${short.worst.toFixed(3)}) mean ${meanOf(metrics).toFixed(3)} min ${minScore.toFixed(2)} cut ${cut.toFixed(2)} | ${metrics.map(fmt).join(' | ')}`
      ])
    }
  rows.sort((a, b) => a[0] - b[0])
  for (const [, row] of rows.slice(0, 12)) console.log(row)
}
