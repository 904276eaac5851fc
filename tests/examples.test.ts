import { describe, expect, it } from 'vitest'
import {
  createExampleLearner,
  MAX_PROFILE_TERMS,
  withExamples,
  type ExampleProfiles
} from '../src/classify/examples/index.js'
import { COMBINATION } from '../src/classify/examples/combine.js'
import { createOfflineClassifier } from '../src/classify/offline/index.js'
import type { RankingClassifier, TagScore } from '../src/classify/types.js'
import { parseTagList } from '../src/tags/parse.js'
import type { TagEntry } from '../src/tags/types.js'
import { DATABASE_EXAMPLES, PIXEL_EXAMPLES, PIXEL_SAYS_DATABASE, TAGS } from './fixtures/examples/readmes.js'

const tags = parseTagList(TAGS, 'test')
const entry = (name: string): TagEntry => tags.find(tag => tag.name === name)!
const selection = { maxTags: 3 }

function learn(examples: Array<[string, string[]]>): ExampleProfiles {
  const learner = createExampleLearner(tags)
  for (const [readme, names] of examples) learner.add({ input: { readme }, tags: names.map(entry) })
  return learner.profiles()
}

const names = (result: { tags: readonly { name: string }[] }) => result.tags.map(tag => tag.name)

describe('withExamples', () => {
  it('changes the answer for a README the zero-shot reading gets wrong, and says the examples decided', async () => {
    const base = createOfflineClassifier(tags)
    // Wrong (or nothing) by itself; today it answers database.
    expect(names(await base.classify({ readme: PIXEL_SAYS_DATABASE }, selection))[0]).not.toBe('Pixel Art Tools')
    const profiles = learn([
      ...PIXEL_EXAMPLES.map((readme): [string, string[]] => [readme, ['Pixel Art Tools']]),
      ...DATABASE_EXAMPLES.map((readme): [string, string[]] => [readme, ['database']])
    ])
    const answer = await withExamples(base, profiles).classify({ readme: PIXEL_SAYS_DATABASE }, selection)
    expect(names(answer)[0]).toBe('Pixel Art Tools')
    expect(answer.tags[0]!.evidence[0]).toMatchObject({ where: 'examples', text: expect.stringMatching(/3 examples/) })
  })

  it('tags a README in which nothing passes min-score like the examples it resembles, if they are reliable', async () => {
    const base = createOfflineClassifier(tags)
    const quiet =
      '# Pocket Kit\n\nOnion skinning, dithering brushes, frame timelines and autotile rules for retro platformers.'
    // A floor nothing reaches: only the fallback can answer.
    const strict = { maxTags: 3, minScore: 0.99 }
    const profiles = learn([
      ...PIXEL_EXAMPLES.map((readme): [string, string[]] => [readme, ['Pixel Art Tools']]),
      ...DATABASE_EXAMPLES.map((readme): [string, string[]] => [readme, ['database']])
    ])
    expect(profiles.reliability).toBeGreaterThanOrEqual(COMBINATION.RELIABILITY_REFERENCE)
    const answer = await withExamples(base, profiles).classify({ readme: quiet }, strict)
    expect(names(answer)).toEqual(['Pixel Art Tools'])
    expect(answer.tags[0]!.evidence[0]).toMatchObject({ where: 'examples' })
    // The same READMEs with their labels mixed up teach no such fallback.
    const mixed = learn([
      ...PIXEL_EXAMPLES.map((readme, i): [string, string[]] => [readme, [i % 2 ? 'database' : 'Pixel Art Tools']]),
      ...DATABASE_EXAMPLES.map((readme, i): [string, string[]] => [readme, [i % 2 ? 'database' : 'Pixel Art Tools']])
    ])
    expect(mixed.reliability).toBeLessThan(COMBINATION.RELIABILITY_REFERENCE)
    expect(names(await withExamples(base, mixed).classify({ readme: quiet }, strict))).toEqual([])
  })

  it('guesses no tag whose own examples do not resemble each other, even among reliable ones', async () => {
    const list = parseTagList('Pixel Art Tools, database, Made in Norway', 'test')
    const learner = createExampleLearner(list)
    const add = (readme: string, name: string) =>
      learner.add({ input: { readme }, tags: [list.find(tag => tag.name === name)!] })
    for (const readme of PIXEL_EXAMPLES) add(readme, 'Pixel Art Tools')
    for (const readme of DATABASE_EXAMPLES) add(readme, 'database')
    // Filed by where they come from: a weather dashboard, a ferry timetable, a knitting-pattern generator.
    for (const readme of [
      '# Skyview\n\nWeather stations, rainfall charts and hourly forecasts on one dashboard.',
      '# Ferryline\n\nFerry timetables: departures, harbours and crossings, offline on your phone.',
      '# Purl\n\nGenerates knitting patterns: stitches, yarn weights, rows and gauges.'
    ])
      add(readme, 'Made in Norway')
    const profiles = learner.profiles()
    expect(profiles.reliability).toBeGreaterThanOrEqual(COMBINATION.RELIABILITY_REFERENCE)
    expect(profiles.tagReliability.get('Made in Norway')).toBeLessThan(COMBINATION.FALLBACK_TAG_RELIABILITY)
    const classifier = withExamples(createOfflineClassifier(list), profiles)
    const strict = { maxTags: 3, minScore: 0.99, looseFallback: false }
    // Nearest the knitting example, but a README like one of a mixed bag is not one of the bag.
    const knitting = { readme: '# Yarnball\n\nKnitting patterns from a photo: stitches, yarn weights and rows.' }
    const ranked = await classifier.rank!(knitting, 1)
    expect(ranked[0]).toMatchObject({ name: 'Made in Norway', evidence: [{ where: 'examples' }] })
    expect(names(await classifier.classify(knitting, strict))).toEqual([])
    // The same list's coherent tag still guesses.
    const quiet = { readme: '# Pocket Kit\n\nOnion skinning, dithering brushes, frame timelines and autotile rules.' }
    expect(names(await classifier.classify(quiet, strict))).toEqual(['Pixel Art Tools'])
  })

  it('scores a tag without examples as the base ranks it, and one odd example cannot outvote clear evidence', async () => {
    const base = createOfflineClassifier(tags)
    const readme = '# Rowkeeper\n\nRowkeeper is a database: SQL queries, indexes and transactions.'
    // The one pixel-art example is this very README: as alike as can be, yet one example weighs too little.
    const profiles = learn([[readme, ['Pixel Art Tools']]])
    const answer = await withExamples(base, profiles).classify({ readme }, selection)
    expect(names(answer)).toEqual(['database'])
    expect(answer.tags[0]!.evidence.some(e => e.where === 'examples')).toBe(false)
  })

  it("does not let examples that only nudge a weak tag over min-score displace the base's stronger guess", async () => {
    const list = parseTagList('Alpha, Beta, Gamma', 'test')
    // Alpha is the base's one clear tag, below min-score; Beta its stronger guess from the looser reading.
    const alpha: TagScore = { name: 'Alpha', score: 0.39, evidence: [{ text: 'tiles', where: 'opening' }] }
    const beta: TagScore = {
      name: 'Beta',
      score: 0.56,
      evidence: [
        { text: 'maps', where: 'title' },
        { text: 'routes', where: 'opening' }
      ]
    }
    const base: RankingClassifier = {
      identity: { provider: 'local', model: null, settings: 'stub' },
      tags: list,
      classify: async (_input, options) => ({
        tags: options.minScore === 0 ? [alpha] : [beta],
        provider: 'local',
        model: null,
        usage: null
      }),
      rank: async () => [beta, alpha]
    }
    const learner = createExampleLearner(list)
    const add = (readme: string, name: string) =>
      learner.add({ input: { readme }, tags: [list.find(tag => tag.name === name)!] })
    add('# Tiler\n\nTiler bakes sprite sheets and image tiles for game levels.', 'Alpha')
    add('# Gamer\n\nA chess engine with opening books and endgame tables.', 'Gamma')
    const classifier = withExamples(base, learner.profiles())
    const readme = '# Mapper\n\nMapper draws routes on maps from tiles cached on disk.'
    // The examples lift Alpha over min-score by less than the README gave it: they did not decide it.
    const [lifted] = await classifier.rank!({ readme }, 1)
    expect(lifted).toMatchObject({ name: 'Alpha', evidence: [{ where: 'opening' }] })
    expect(lifted!.score).toBeGreaterThan(0.4)
    expect(names(await classifier.classify({ readme }, selection))).toEqual(['Beta'])
  })

  it('never brings in a tag outside the list, whatever the examples carry', async () => {
    const stranger: TagEntry = { name: 'blockchain', normal: 'blockchain', aliases: [], form: 'string' }
    const learner = createExampleLearner(tags)
    for (const readme of [...PIXEL_EXAMPLES, ...DATABASE_EXAMPLES])
      learner.add({ input: { readme: `${readme}\nblockchain ledger tokens` }, tags: [stranger, entry('cli')] })
    expect([...learner.profiles().byTag.keys()]).toEqual(['cli'])
    const classifier = withExamples(createOfflineClassifier(tags), learner.profiles())
    for (const readme of ['# Chain\n\nA blockchain ledger of tokens.', PIXEL_SAYS_DATABASE, ...PIXEL_EXAMPLES]) {
      const answer = await classifier.classify({ readme }, { maxTags: 3, minScore: 0, relativeCut: 0 })
      for (const name of names(answer)) expect(tags.map(tag => tag.name)).toContain(name)
    }
  })

  it('holds profiles, not READMEs: a profile keeps at most MAX_PROFILE_TERMS terms however many examples', () => {
    const learner = createExampleLearner(tags)
    for (let i = 0; i < 200; i++) {
      const words = Array.from({ length: 60 }, (_, j) => `w${i}x${j}y`).join(' ')
      learner.add({ input: { readme: `# Tool ${i}\n\n${words}` }, tags: [entry('cli')] })
    }
    const profile = learner.profiles().byTag.get('cli')!
    expect(profile.examples).toBe(200)
    expect(profile.terms).toBeLessThanOrEqual(MAX_PROFILE_TERMS)
    expect(learner.counts()).toEqual(
      new Map([
        ['Pixel Art Tools', 0],
        ['database', 0],
        ['cli', 200]
      ])
    )
  })
})
