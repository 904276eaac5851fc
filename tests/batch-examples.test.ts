import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import type { TagResult } from '../src/result.js'
import { runCliCaptured } from './helpers/cli.js'
import { assertValidResult } from './helpers/schema.js'
import { DATABASE_EXAMPLES, PIXEL_EXAMPLES, PIXEL_SAYS_DATABASE } from './fixtures/examples/readmes.js'

type Line = TagResult | { line: number; id: string | null; error: string }

const parse = (stdout: string): Line[] =>
  stdout
    .trim()
    .split('\n')
    .map(line => JSON.parse(line) as Line)

const tagList = JSON.stringify([
  { id: 1, name: 'Pixel Art Tools' },
  { id: 2, name: 'database' },
  { id: 3, name: 'cli' }
])

const exampleLines = (): string[] => [
  ...PIXEL_EXAMPLES.map((readme, i) =>
    // Both forms of the seed: names, and {id, name} objects.
    JSON.stringify({ id: `px${i}`, readme, tags: i === 0 ? ['pixel art tools'] : [{ id: 1, name: 'Pixel Art Tools' }] })
  ),
  ...DATABASE_EXAMPLES.map((readme, i) => JSON.stringify({ id: `db${i}`, readme, tags: ['database'] }))
]

const target = JSON.stringify({ id: 'forge', readme: PIXEL_SAYS_DATABASE, tags: [] })
const names = (line: Line | undefined): string[] =>
  line && 'tags' in line ? line.tags.map(tag => (typeof tag === 'string' ? tag : tag.name)) : []

describe('batch with examples', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'batch-examples-'))
  })

  it('echoes example lines as given and tags the other lines after learning from all of them', async () => {
    // The line to tag comes first: examples further down still teach it (the input is read twice).
    const input = [target, ...exampleLines()].join('\n')
    const without = await runCliCaptured(['batch', '--tags', tagList, '--input', '-'], `${target}\n`)
    expect(names(parse(without.stdout)[0])[0]).not.toBe('Pixel Art Tools')

    const run = await runCliCaptured(['batch', '--tags', tagList, '--input', '-'], input)
    expect(run.code).toBe(0)
    const lines = parse(run.stdout)
    expect(lines.map(line => ('id' in line ? line.id : null))).toEqual(['forge', 'px0', 'px1', 'px2', 'db0', 'db1'])
    expect(names(lines[0])[0]).toBe('Pixel Art Tools')
    expect(lines[1]).toMatchObject({ tags: ['pixel art tools'], provider: 'given' })
    expect(lines[2]).toMatchObject({ tags: [{ id: 1, name: 'Pixel Art Tools' }], provider: 'given' })
    for (const line of lines) assertValidResult(line)
    expect(run.stderr).toMatch(/examples: 5 learned; per tag: Pixel Art Tools 3, database 2; 1 tag without examples/)
    expect(run.stderr).toMatch(/done: tagged 1, unchanged 5, skipped 0, failed 0/)
  })

  it('makes an example with a tag off the list a line error, and never answers with that tag', async () => {
    const input = [
      JSON.stringify({ id: 'bad', readme: PIXEL_EXAMPLES[0], tags: ['Pixel Art Tools', 'sprites'] }),
      ...exampleLines().slice(1),
      target
    ].join('\n')
    writeFileSync(join(dir, 'in.jsonl'), input)
    const run = await runCliCaptured(['batch', '--tags', tagList, '--input', join(dir, 'in.jsonl')])
    expect(run.code).toBe(1)
    const lines = parse(run.stdout)
    expect(lines[0]).toMatchObject({
      line: 1,
      id: 'bad',
      error: expect.stringMatching(/tag "sprites" is not on the tag list/)
    })
    for (const line of lines)
      for (const name of names(line)) expect(['Pixel Art Tools', 'database', 'cli']).toContain(name)
    // The bad line taught nothing: two pixel-art examples remain.
    expect(run.stderr).toMatch(/per tag: database 2, Pixel Art Tools 2;/)
  })

  it('learns from --examples, a separate file of the same form, and tags only the input', async () => {
    writeFileSync(join(dir, 'examples.jsonl'), [...exampleLines(), '{"id": "untagged", "readme": "x"}'].join('\n'))
    const run = await runCliCaptured(
      ['batch', '--tags', tagList, '--input', '-', '--examples', join(dir, 'examples.jsonl')],
      `${target}\n`
    )
    expect(run.code).toBe(0)
    const lines = parse(run.stdout)
    expect(lines).toHaveLength(1)
    expect(names(lines[0])[0]).toBe('Pixel Art Tools')
    expect(run.stderr).toMatch(/--examples line 6 skipped: no "tags": not an example/)
    const missing = await runCliCaptured([
      'batch',
      '--tags',
      tagList,
      '--input',
      '-',
      '--examples',
      join(dir, 'no.jsonl')
    ])
    expect(missing).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--examples: ".*no\.jsonl" does not exist/)
    })
  })

  it('rejects a "tags" that is not an array', async () => {
    const run = await runCliCaptured(
      ['batch', '--tags', tagList, '--input', '-'],
      `${JSON.stringify({ id: 'x', readme: 'A cli.', tags: 'cli' })}\n`
    )
    expect(parse(run.stdout)[0]).toMatchObject({ id: 'x', error: expect.stringMatching(/"tags" must be an array/) })
  })
})
