/**
 * The examples protocol of `npm run bench -- --folds 2`: half the items (alternate lines) carry their gold
 * tags as examples and the other half are scored, then the halves swap; the scored outcomes of all folds
 * are pooled. Printed for the zero-shot classifier alone, the examples alone, and the two combined, then a
 * table of quality against examples per tag (0, 1, 2, 4, sampled deterministically from the learning half).
 */
import { createHash } from 'node:crypto'
import { createExampleLearner, withExamples, type Example } from '../src/classify/examples/index.js'
import type { RankingClassifier, SelectionOptions, TagScore } from '../src/classify/types.js'
import { normalizeTagName } from '../src/tags/normalize.js'
import type { TagEntry, TagList } from '../src/tags/types.js'
import type { BenchItem } from './corpus.js'
import { computeMetrics, type ItemOutcome, type RunMetrics } from './metrics.js'

export interface FoldOptions {
  readonly folds: number
  readonly base: RankingClassifier
  readonly tags: TagList
  readonly items: readonly BenchItem[]
  readonly withDescription: boolean
  readonly selection: SelectionOptions
}

const PER_TAG = [0, 1, 2, 4] as const
const f3 = (x: number): string => x.toFixed(3)

/** A classifier that knows nothing: what the examples alone give when combined with it. */
function blank(tags: TagList): RankingClassifier {
  return {
    identity: { provider: 'local', model: null, settings: 'blank' },
    tags,
    classify: async () => ({ tags: [], provider: 'local', model: null, usage: null }),
    rank: async (): Promise<readonly TagScore[]> => []
  }
}

const inputOf = (item: BenchItem, withDescription: boolean) => ({
  readme: item.readme,
  format: item.format,
  ...(withDescription ? { description: item.description } : {})
})

/** Score `items` with `classifier`, as the main bench does (normal forms, best first). */
async function score(
  classifier: RankingClassifier,
  items: readonly BenchItem[],
  options: FoldOptions,
  selection: SelectionOptions
): Promise<{ outcomes: ItemOutcome[] }> {
  const outcomes: ItemOutcome[] = []
  for (const item of items) {
    const result = await classifier.classify(inputOf(item, options.withDescription), selection)
    outcomes.push({
      item,
      tags: result.tags.map(t => normalizeTagName(t.name)),
      detail: result.tags.map(t => `${t.name} ${t.score.toFixed(2)}`).join('; '),
      promptTokens: null,
      provider: result.provider
    })
  }
  return { outcomes }
}

/** Examples from items: each teaches its gold tags, or only `only(item)` when given. */
function examplesOf(
  items: readonly BenchItem[],
  byNormal: ReadonlyMap<string, TagEntry>,
  withDescription: boolean,
  only?: (item: BenchItem) => readonly string[]
): Example[] {
  return items.map(item => ({
    input: inputOf(item, withDescription),
    tags: (only ? only(item) : item.gold).flatMap(gold => byNormal.get(gold) ?? [])
  }))
}

/** Up to `k` learning items per tag, picked by a hash of the item id (deterministic, not file order). */
function samplePerTag(items: readonly BenchItem[], k: number): Map<BenchItem, string[]> {
  const order = [...items].sort((a, b) => hash(a.id).localeCompare(hash(b.id)))
  const taken = new Map<string, number>()
  const teaches = new Map<BenchItem, string[]>()
  for (const item of order) {
    for (const gold of item.gold) {
      if ((taken.get(gold) ?? 0) >= k) continue
      taken.set(gold, (taken.get(gold) ?? 0) + 1)
      teaches.set(item, [...(teaches.get(item) ?? []), gold])
    }
  }
  return teaches
}

const hash = (text: string): string => createHash('sha256').update(text).digest('hex')

/** Run every fold with examples chosen by `pick` (from the learning half); pool the scored outcomes. */
async function pooled(options: FoldOptions, pick: (learn: readonly BenchItem[]) => Example[]) {
  const byMode = { zeroShot: [] as ItemOutcome[], examples: [] as ItemOutcome[], combined: [] as ItemOutcome[] }
  let learning = 0
  let counted = 0
  for (let fold = 0; fold < options.folds; fold++) {
    const learn = options.items.filter((_, i) => i % options.folds === fold)
    const test = options.items.filter((_, i) => i % options.folds !== fold)
    const start = performance.now()
    const learner = createExampleLearner(options.tags)
    for (const example of pick(learn)) learner.add(example)
    const profiles = learner.profiles()
    learning += performance.now() - start
    counted += [...profiles.byTag.values()].reduce((sum, p) => sum + p.examples, 0)
    const zero = await score(options.base, test, options, options.selection)
    const alone = await score(withExamples(blank(options.tags), profiles), test, options, {
      ...options.selection,
      minScore: 0
    })
    const both = await score(withExamples(options.base, profiles), test, options, options.selection)
    byMode.zeroShot.push(...zero.outcomes)
    byMode.examples.push(...alone.outcomes)
    byMode.combined.push(...both.outcomes)
  }
  return { byMode, learning, counted }
}

const SPEED_ROUNDS = 25

/**
 * Time per README, zero-shot and combined, on the first fold: the two alternate round by round and each
 * keeps its fastest round, after a warm-up, so that neither pays for the JIT or for a busy moment of the machine.
 */
async function tagSpeed(
  options: FoldOptions,
  byNormal: ReadonlyMap<string, TagEntry>
): Promise<{ zeroShot: number; combined: number }> {
  const learn = options.items.filter((_, i) => i % options.folds === 0)
  const test = options.items.filter((_, i) => i % options.folds !== 0)
  const learner = createExampleLearner(options.tags)
  for (const example of examplesOf(learn, byNormal, options.withDescription)) learner.add(example)
  const combined = withExamples(options.base, learner.profiles())
  const round = async (classifier: RankingClassifier): Promise<number> => {
    const start = performance.now()
    for (const item of test) await classifier.classify(inputOf(item, options.withDescription), options.selection)
    return ((performance.now() - start) * 1000) / test.length
  }
  await round(options.base)
  await round(combined)
  const best = { zeroShot: Infinity, combined: Infinity }
  for (let i = 0; i < SPEED_ROUNDS; i++) {
    best.zeroShot = Math.min(best.zeroShot, await round(options.base))
    best.combined = Math.min(best.combined, await round(combined))
  }
  return best
}

const line = (m: RunMetrics): string =>
  `hit@1 ${f3(m.hit1)}  hit@3 ${f3(m.hit3)}  precision ${f3(m.precision)}  tags/item ${m.tagsPerItem.toFixed(2)}`

/** Print the fold protocol and the examples-per-tag table. */
export async function runFolds(options: FoldOptions): Promise<void> {
  const byNormal = new Map(options.tags.map(tag => [tag.normal, tag]))
  const all = await pooled(options, learn => examplesOf(learn, byNormal, options.withDescription))
  console.log(
    `\n== ${options.folds} folds, ${options.withDescription ? 'with description' : 'README only'}: ${options.items.length} items scored, each learning from the other ${options.folds === 2 ? 'half' : 'folds'} (${all.counted} tag examples in all folds)`
  )
  console.log(`zero-shot      ${line(computeMetrics(all.byMode.zeroShot))}`)
  console.log(`examples alone ${line(computeMetrics(all.byMode.examples))}  (min-score 0)`)
  console.log(`combined       ${line(computeMetrics(all.byMode.combined))}`)
  const speed = await tagSpeed(options, byNormal)
  console.log(
    `time: learning ${(all.learning / all.counted || 0).toFixed(1)} ms per tag example; tagging ${speed.zeroShot.toFixed(0)} µs zero-shot, ${speed.combined.toFixed(0)} µs combined per README (${speed.combined >= speed.zeroShot ? '+' : ''}${((speed.combined / speed.zeroShot - 1) * 100).toFixed(0)} %; fastest of ${SPEED_ROUNDS} alternating rounds)`
  )
  console.log('\nexamples per tag | examples alone: hit@1 hit@3 prec | combined: hit@1 hit@3 prec')
  for (const k of PER_TAG) {
    const run = await pooled(options, learn => {
      const teaches = samplePerTag(learn, k)
      const chosen = learn.filter(item => teaches.has(item))
      return examplesOf(chosen, byNormal, options.withDescription, item => teaches.get(item) ?? [])
    })
    const alone = computeMetrics(run.byMode.examples)
    const both = computeMetrics(run.byMode.combined)
    console.log(
      `${String(k).padStart(16)} | ${f3(alone.hit1)} ${f3(alone.hit3)} ${f3(alone.precision)} | ${f3(both.hit1)} ${f3(both.hit3)} ${f3(both.precision)}`
    )
  }
}
