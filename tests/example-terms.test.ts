import { describe, expect, it } from 'vitest'
import { intTable, lookup } from '../src/classify/int-table.js'
import { exampleEvidence, exampleWeight } from '../src/classify/examples/combine.js'
import { createExampleLearner } from '../src/classify/examples/index.js'
import { similarities } from '../src/classify/examples/similarity.js'
import { termVector } from '../src/classify/examples/terms.js'
import { readmeZones, zoneTokens } from '../src/classify/offline/readme-zones.js'
import { tokenHash, tokenizeStream, tokenStrings } from '../src/classify/offline/tokenize.js'
import { parseTagList } from '../src/tags/parse.js'

describe('the term vector of an example', () => {
  it('keeps every key of an integer table apart, colliding slots included, and misses what it lacks', () => {
    const entries = new Map<number, number>()
    for (let i = 0; i < 5000; i++) entries.set((i * 7919) % 1_000_003, i)
    const table = intTable(entries)
    for (const [key, value] of entries) expect(lookup(table, key)).toBe(value)
    expect(lookup(table, 1_000_004)).toBe(-1)
    expect(lookup(table, 2 ** 30 + 5, -7)).toBe(-7)
  })

  it('counts every distinct word of a long README once, as a unit vector, past the first table size', () => {
    const words = Array.from({ length: 6000 }, (_, i) => `w${i.toString(36)}x`)
    const vector = termVector({ readme: `# Many\n\n${words.join(' ')}\n\n${words.slice(0, 10).join(' ')}` })
    const terms = new Set(vector.terms)
    for (const word of words) expect(terms.has(tokenHash(word))).toBe(true)
    expect(terms.size).toBe(vector.terms.length)
    const norm = vector.weights.reduce((sum, w) => sum + w * w, 0)
    expect(norm).toBeCloseTo(1, 9)
    // Words said twice weigh more than words said once.
    const weight = (word: string) => vector.weights[[...vector.terms].indexOf(tokenHash(word))]!
    expect(weight(words[0]!)).toBeGreaterThan(weight(words[100]!))
  })

  it("keeps a zone's tokens right while the other zones and other READMEs are tokenized", () => {
    const input = { readme: '# Alpha tool\n\nAlpha parses beta files.\n\n## Usage\n\nRun gamma delta epsilon.' }
    const zones = readmeZones(input)
    const expected = zones.map(zone => tokenStrings(tokenizeStream(zone.text)))
    const first = zoneTokens(zones[0]!)
    for (const zone of zones) zoneTokens(zone)
    tokenizeStream('unrelated words that reuse the shared buffers')
    expect(tokenStrings(first)).toEqual(expected[0])
    expect(zones.map(zone => tokenStrings(zoneTokens(zone)))).toEqual(expected)
    // A new README: the earlier zones are read afresh, not from buffers the new one has overwritten.
    readmeZones({ readme: '# Other\n\nSomething else entirely, with many more words than before.' })
    expect(zones.map(zone => tokenStrings(zoneTokens(zone)))).toEqual(expected)
  })

  it('relates READMEs that share a concept but no word: a zsh example and a fish README are both shells', () => {
    const tags = parseTagList('["Shell Tweaks", "Spreadsheets"]', 'test')
    const learner = createExampleLearner(tags)
    learner.add({ input: { readme: '# Prompty\n\nPrompty themes your zsh prompt.' }, tags: [tags[0]!] })
    learner.add({ input: { readme: '# Cells\n\nCells edits xlsx workbooks.' }, tags: [tags[1]!] })
    const profiles = learner.profiles()
    const shell = similarities(profiles, { readme: '# Gills\n\nGills colours the fish greeting.' })
    const index = profiles.names.indexOf('Shell Tweaks')
    expect(shell.byProfile[index]).toBeGreaterThan(0)
    expect(shell.byProfile[index]).toBeGreaterThan(shell.byProfile[profiles.names.indexOf('Spreadsheets')]!)
  })
})

describe('how far examples are trusted', () => {
  const tags = parseTagList('["Databases", "Games", "Compilers"]', 'test')
  const topics: Record<string, string[]> = {
    Databases: ['storage engine', 'sql queries', 'indexes', 'transactions', 'replication'],
    Games: ['levels', 'players', 'high score', 'sprites', 'boss fights'],
    Compilers: ['parser', 'code generation', 'register allocation', 'optimizer passes', 'bytecode']
  }
  const readme = (topic: string, k: number) =>
    `# Project ${k}\n\nA project about ${topics[topic]!.slice(k % 3, (k % 3) + 3).join(', ')}.`

  it("counts a faint likeness to a tag's examples as partial evidence, a clear one in full", () => {
    // The nearest profile, a little above what all examples share: not a tag's worth of evidence.
    expect(exampleEvidence(0.08, 0.08, 0.05)).toBeLessThan(0.7)
    expect(exampleEvidence(0.3, 0.3, 0.1)).toBe(1)
    expect(exampleEvidence(0.02, 0.3, 0.1)).toBe(0)
  })

  it('measures how well the examples predict each other, and weighs unreliable ones less', () => {
    const consistent = createExampleLearner(tags)
    const shuffled = createExampleLearner(tags)
    const names = Object.keys(topics)
    for (let k = 0; k < 12; k++) {
      const topic = names[k % 3]!
      consistent.add({ input: { readme: readme(topic, k) }, tags: [tags.find(t => t.name === topic)!] })
      // The same READMEs, each labelled with the next topic's tag in a rotating pattern the words do not follow.
      const wrong = names[(k + Math.floor(k / 3)) % 3]!
      shuffled.add({ input: { readme: readme(topic, k) }, tags: [tags.find(t => t.name === wrong)!] })
    }
    const good = consistent.profiles().reliability
    const bad = shuffled.profiles().reliability
    expect(good).toBeGreaterThan(0.75)
    expect(bad).toBeLessThan(good - 0.25)
    // Unreliable examples weigh less; reliable ones are never raised above the usual weight.
    expect(exampleWeight(4, 0.1)).toBeLessThan(exampleWeight(4, 0.3))
    expect(exampleWeight(4, 0.9)).toBe(exampleWeight(4))
  })

  it('measures the same reliability whatever order the examples come in', () => {
    const forward = createExampleLearner(tags)
    const backward = createExampleLearner(tags)
    const examples = Object.keys(topics).flatMap(topic =>
      [0, 1, 2, 3].map(k => ({ input: { readme: readme(topic, k) }, tags: [tags.find(t => t.name === topic)!] }))
    )
    for (const example of examples) forward.add(example)
    for (const example of [...examples].reverse()) backward.add(example)
    expect(backward.profiles().reliability).toBe(forward.profiles().reliability)
    expect(backward.profiles().digest).toBe(forward.profiles().digest)
  })
})
