/**
 * `batch --threads`: worker threads give the same output, line for line, as one thread, on an input mixing
 * good lines with every kind of bad one; in-process (the pool wrapped to count what it is given), and as
 * processes from the sources and from the built CLI.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { WORKER_KIND } from '../src/cli/threads/messages.js'
import { parseProviderSettings } from '../src/classify/provider.js'
import type * as PoolModule from '../src/cli/threads/pool.js'
import { runCliCaptured } from './helpers/cli.js'

/** Every pool the CLI starts, with how many lines it was given and the most it held at once. */
const pools = vi.hoisted(() => [] as { size: number; local: boolean; given: number; inFlight: number; peak: number }[])

vi.mock('../src/cli/threads/pool.js', async importOriginal => {
  const actual = await importOriginal<typeof PoolModule>()
  const startLinePool: typeof actual.startLinePool = (size, setup, script, local) => {
    const pool = actual.startLinePool(size, setup, script, local)
    const record = { size, local: local !== undefined, given: 0, inFlight: 0, peak: 0 }
    pools.push(record)
    return {
      async answer(text, line) {
        record.given += 1
        record.peak = Math.max(record.peak, ++record.inFlight)
        try {
          return await pool.answer(text, line)
        } finally {
          record.inFlight -= 1
        }
      },
      close: () => pool.close()
    }
  }
  return { ...actual, startLinePool }
})

const { LINES_PER_WORKER, startLinePool } = await import('../src/cli/threads/pool.js')

const FIXTURES = new URL('./fixtures/readmes/', import.meta.url).pathname
const TAGS = JSON.stringify([
  { id: 1, name: 'database', aliases: ['sql'] },
  'cli',
  { id: 3, name: 'video' },
  'static-site-generator',
  { id: 'i18n', name: 'internationalization', aliases: ['translation'] }
])

let dir: string
let input: string
let inputLines: number

/** ~200 lines: fixture READMEs by path, inline ones, descriptions alone, and each kind of bad line. */
function mixedInput(): string[] {
  const files = readdirSync(FIXTURES).map(name => join(FIXTURES, name))
  const lines: string[] = []
  for (let i = 0; i < 20; i++) {
    lines.push(
      ...files.map((path, k) => JSON.stringify({ id: `f${i}-${k}`, readme_path: path, description: 'A tool' })),
      JSON.stringify({ id: i, readme: `# db${i}\n\nA SQL database for the command line (cli).` }),
      '{"id": "cut", "readme": ',
      JSON.stringify({ id: `gone${i}`, readme_path: `missing-${i}.md` }),
      JSON.stringify({ id: { nested: i }, readme: 'A database.' }),
      i % 2 ? '' : JSON.stringify(['not', 'an', 'object']),
      JSON.stringify({ id: `d${i}`, description: 'Edit video files and translate subtitles' }),
      // Examples: learned from on the main thread, echoed by whichever thread answers the line.
      JSON.stringify({ id: `ex${i}`, readme: `# Reel${i}\n\nCuts frames and encodes clips.`, tags: ['video'] }),
      JSON.stringify({ id: `bad${i}`, readme: 'A database.', tags: ['not-on-the-list'] })
    )
  }
  return lines
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'batch-threads-'))
  writeFileSync(join(dir, 'tags.json'), TAGS)
  const lines = mixedInput()
  inputLines = lines.filter(line => line.trim() !== '').length
  input = join(dir, 'in.jsonl')
  writeFileSync(input, `${lines.join('\n')}\n`)
})
beforeEach(() => void pools.splice(0))

const batchArgs = (threads: string) => [
  'batch',
  '--tags',
  join(dir, 'tags.json'),
  '--input',
  input,
  '--threads',
  threads
]

/** The parts of a run that must not depend on the thread count. */
function checkedRun(run: { code: number; stdout: string; stderr: string }) {
  const outputs = run.stdout.trim().split('\n')
  expect(outputs).toHaveLength(inputLines)
  const errors = outputs.map(line => (JSON.parse(line) as { error?: string }).error ?? '')
  for (const kind of [
    /not valid JSON/,
    /cannot read readme_path/,
    /"id" must be a string/,
    /expected a JSON object/,
    /is not on the tag list/
  ])
    expect(errors.some(error => kind.test(error))).toBe(true)
  expect(outputs.filter(line => (JSON.parse(line) as { provider?: string }).provider === 'given')).toHaveLength(20)
  return {
    code: run.code,
    stdout: run.stdout,
    counts: run.stderr.match(/done: .*/)?.[0],
    learned: run.stderr.match(/examples: .*/)?.[0]
  }
}

describe('batch --threads, in process', () => {
  it('gives the single thread output line for line, every line through the pool, in a bounded window', async () => {
    const single = checkedRun(await runCliCaptured(batchArgs('1')))
    expect(pools).toEqual([])
    const threaded = checkedRun(await runCliCaptured(batchArgs('3')))
    expect(threaded).toEqual(single)
    expect(single.learned).toMatch(/^examples: 20 learned/)
    expect(single.code).toBe(1)
    expect(pools).toHaveLength(1)
    const [pool] = pools
    // Three threads: this one among them, and two workers.
    expect(pool).toMatchObject({ size: 3, local: true, given: inputLines })
    // Bounded memory: the lines in flight are at most the window, however long the input.
    expect(pool!.peak).toBeGreaterThan(1)
    expect(pool!.peak).toBeLessThanOrEqual(LINES_PER_WORKER * 3)
  })

  it('reads stdin with threads too', async () => {
    const text = [JSON.stringify({ id: 'x', readme: 'A SQL database.' }), 'nope'].join('\n')
    const args = ['batch', '--tags', 'database', '--input', '-']
    const threaded = await runCliCaptured([...args, '--threads', '2'], text)
    expect(threaded).toEqual(await runCliCaptured([...args, '--threads', '1'], text))
    expect(threaded.stdout).toMatch(/^\{"id":"x","tags":\["database"\].*\n\{"line":2,"id":null,"error"/)
  })

  it('runs a model or a cache on one thread, warning when threads were asked for', async () => {
    const model = ['--provider', 'openai', '--base-url', 'http://127.0.0.1:9/v1']
    const run = await runCliCaptured(['batch', '--tags', 'cli', '--input', '-', ...model, '--threads', '4'], '')
    expect(run.stderr).toMatch(/warning: --threads is ignored with --provider openai/)
    const cached = ['--cache', join(dir, 'answers.jsonl'), '--threads', '2']
    const cache = await runCliCaptured(['batch', '--tags', 'cli', '--input', '-', ...cached], '{"id":1,"readme":"x"}')
    expect(cache.stderr).toMatch(/warning: --threads is ignored with --cache/)
    expect(pools).toEqual([])
    const quiet = await runCliCaptured(['batch', '--tags', 'cli', '--input', '-', ...model], '')
    expect(quiet.stderr).not.toMatch(/threads/)
  })

  it.each(['0', '1.5', 'many', '257'])('refuses --threads %s as a usage error', async value => {
    const run = await runCliCaptured(['batch', '--tags', 'cli', '--input', '-', '--threads', value], '')
    expect(run).toMatchObject({ code: 2, stderr: expect.stringMatching(/threads must be .*from 1 to 256/) })
  })

  it('fails the run with the reason when a worker cannot build its classifier', async () => {
    // The cache file is a folder: opening it throws in the worker, the only place it is opened here.
    const settings = parseProviderSettings(() => undefined)
    const plan = { tags: [], selection: { maxTags: 3 }, settings, cache: dir }
    const pool = startLinePool(1, { kind: WORKER_KIND, plan, baseDir: dir })
    try {
      await expect(pool.answer('{"id":1,"readme":"x"}', 1)).rejects.toThrow(
        /a batch worker thread failed: cache file .* could not be read/
      )
      await expect(pool.answer('{"id":2,"readme":"x"}', 2)).rejects.toThrow(/worker thread failed/)
    } finally {
      await pool.close()
    }
  })
})

describe('the line pool with this thread among its threads', () => {
  it('shares the lines between this thread and the worker, each answer matched to its line', async () => {
    const plan = { tags: [], selection: { maxTags: 3 }, settings: parseProviderSettings(() => undefined) }
    const local: number[] = []
    const pool = startLinePool(2, { kind: WORKER_KIND, plan, baseDir: dir }, undefined, async (_text, line) => {
      local.push(line)
      return { json: `{"local":${line}}`, failed: false, given: false, model: null, usage: null }
    })
    try {
      const lines = Array.from({ length: 40 }, (_, i) => i + 1)
      const answers = await Promise.all(lines.map(line => pool.answer(`{"id":"r${line}","readme":"x"}`, line)))
      const byWorker = answers.filter(answer => !answer.json.startsWith('{"local"'))
      expect(local.length).toBeGreaterThan(0)
      expect(byWorker.length).toBeGreaterThan(0)
      expect(local.length + byWorker.length).toBe(40)
      for (const [i, answer] of answers.entries()) {
        const line = i + 1
        if (local.includes(line)) expect(answer.json).toBe(`{"local":${line}}`)
        else expect(JSON.parse(answer.json)).toMatchObject({ id: `r${line}` })
      }
    } finally {
      await pool.close()
    }
  })
})

describe('the line pool when its worker fails', () => {
  it("fails the run with the worker's reason when this thread is among the pool's threads", async () => {
    const settings = parseProviderSettings(() => undefined)
    const plan = { tags: [], selection: { maxTags: 3 }, settings, cache: dir }
    const answered: number[] = []
    const pool = startLinePool(2, { kind: WORKER_KIND, plan, baseDir: dir }, undefined, async (_text, line) => {
      answered.push(line)
      return { json: '{}', failed: false, given: false, model: null, usage: null }
    })
    try {
      const lines = Array.from({ length: 12 }, (_, i) => i + 1)
      const outcomes = await Promise.allSettled(lines.map(line => pool.answer(`{"id":${line},"readme":"x"}`, line)))
      expect(outcomes.some(o => o.status === 'rejected')).toBe(true)
      for (const outcome of outcomes)
        if (outcome.status === 'rejected') expect(String(outcome.reason)).toMatch(/worker thread failed/)
      // Lines already given to this thread may still be answered; a line is never answered twice.
      expect(new Set(answered).size).toBe(answered.length)
    } finally {
      await pool.close()
    }
  })
})

describe('batch --threads as a process', () => {
  const run = (entry: string[], threads: string) =>
    spawnSync(process.execPath, [...entry, ...batchArgs(threads)], { encoding: 'utf8' })

  it.each([
    ['the sources (tsx)', ['--import', 'tsx', 'src/cli.ts']],
    ['the built CLI', ['dist/cli/index.js']]
  ])('gives the single thread output line for line from %s', (_name, entry) => {
    const single = run(entry, '1')
    const threaded = run(entry, '2')
    expect(threaded.stderr).not.toMatch(/\n\s+at /)
    const outcome = (r: typeof single) => ({ ...checkedRun({ code: r.status ?? -1, ...r }) })
    expect(outcome(threaded)).toEqual(outcome(single))
    expect(threaded.status).toBe(1)
  })
})
