import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCliCaptured } from './helpers/cli.js'
import { assertValidResult } from './helpers/schema.js'

let dir: string
const TAGS = JSON.stringify([
  { id: 1, name: 'database', aliases: ['sql'] },
  { id: 2, name: 'cli' },
  { id: 3, name: 'video' }
])

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-'))
  writeFileSync(join(dir, 'tags.json'), TAGS)
  writeFileSync(
    join(dir, 'db.md'),
    '# quarrydb\n\nAn embedded database with a SQL query engine. The database stores rows on disk.\n'
  )
  writeFileSync(
    join(dir, 'video.md'),
    '# clipcut\n\nA video editor for the terminal: cut video files from the command line.\n'
  )
})

describe('classify', () => {
  it('prints one valid result with the given id and tags echoed as objects', async () => {
    const run = await runCliCaptured([
      'classify',
      '--tags',
      join(dir, 'tags.json'),
      '--readme',
      join(dir, 'db.md'),
      '--id',
      '42'
    ])
    expect(run.code).toBe(0)
    const result = JSON.parse(run.stdout)
    assertValidResult(result)
    expect(result.id).toBe('42')
    expect(result.tags[0]).toEqual({ id: 1, name: 'database' })
    expect(result.scores[0].name).toBe('database')
  })

  it('exits 2 with one line naming the problem for usage errors', async () => {
    const cases: [string[], RegExp][] = [
      [['classify', '--tags', 'a,b'], /--readme is required/],
      [['classify', '--tags', 'a,b', '--readme', join(dir, 'missing.md')], /cannot read .*missing\.md/],
      [['classify', '--tags', 'a,b', '--readme', dir], /cannot read .*: it is a folder/],
      [['classify', '--tags', join(dir, 'none.json'), '--readme', join(dir, 'db.md')], /does not exist/],
      [['classify', '--tags', '[{"name":"a"},{"id":2}]', '--readme', join(dir, 'db.md')], /entry 2 has no "name"/],
      [['classify', '--tags', 'a', '--readme', join(dir, 'db.md'), '--max-tags', '30'], /max-tags must be an integer/],
      [['classify', '--frobnicate'], /Unknown option '--frobnicate'/],
      [['frobnicate'], /unknown command "frobnicate"/]
    ]
    for (const [argv, message] of cases) {
      const run = await runCliCaptured(argv)
      expect(run.code, argv.join(' ')).toBe(2)
      expect(run.stderr).toMatch(message)
      expect(run.stderr.trim().split('\n')).toHaveLength(1)
      expect(run.stdout).toBe('')
    }
  })

  it('takes a --tags value that starts with "-" (an inline YAML list) as the value, not as a flag', async () => {
    const run = await runCliCaptured([
      'classify',
      '--tags',
      '- database\n- name: cli\n  id: 2',
      '--readme',
      join(dir, 'db.md')
    ])
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout).tags).toContain('database')
    const missing = await runCliCaptured(['classify', '--tags', '--readme', join(dir, 'db.md')])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/^[^\n]*--tags=-XYZ[^\n]*\n$/)
  })

  it('prints help for every command, each flag listed once', async () => {
    for (const command of ['classify', 'batch', 'merge']) {
      const run = await runCliCaptured([command, '--help'])
      expect(run.code).toBe(0)
      expect(run.stdout).toMatch(new RegExp(`Usage: readme-tagger ${command}`))
      const flags = [...run.stdout.matchAll(/^ {2}(?:-h, )?(--[a-z-]+)/gm)].map(match => match[1])
      expect(flags.filter((flag, i) => flags.indexOf(flag) !== i)).toEqual([])
    }
    const batch = (await runCliCaptured(['batch', '--help'])).stdout
    for (const flag of ['--input', '--repositories', '--resume', '--result-file', '--concurrency', '--tags', '--help'])
      expect(batch).toMatch(new RegExp(`^ {2}(?:-h, )?${flag} `, 'm'))
  })
})

describe('classify for people', () => {
  const args = () => ['classify', '--tags', join(dir, 'tags.json'), '--readme', join(dir, 'db.md'), '--id', 'db']

  it('prints a short readable answer on a terminal: tags best first, with score and evidence', async () => {
    const run = await runCliCaptured(args(), '', {}, { tty: true })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^db: 1 tag \(local\)\n {2}1\. database {2}\d+\.\d+ {2}"[^"]+" \([a-z]+, [a-z]+\)/)
    expect(() => JSON.parse(run.stdout)).toThrow()
  })

  it('prints the JSON result with --json on a terminal, and whenever stdout is not a terminal', async () => {
    for (const run of [
      await runCliCaptured([...args(), '--json'], '', {}, { tty: true }),
      await runCliCaptured(args())
    ]) {
      expect(run.code).toBe(0)
      assertValidResult(JSON.parse(run.stdout))
    }
  })

  it('says when no tag was chosen', async () => {
    const none = await runCliCaptured(['classify', '--tags', 'rust', '--readme', join(dir, 'db.md'), '--text'])
    expect(none.stdout).toMatch(/^README: no tag chosen \(local\): nothing in the README or description/)
  })

  it('npm run demo shows the readable form', async () => {
    const demo = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.demo!
    const argv = [...demo.matchAll(/"([^"]*)"|(\S+)/g)].map(match => match[1] ?? match[2]!)
    expect(argv.slice(0, 2)).toEqual(['node', 'dist/cli/index.js'])
    const run = await runCliCaptured(argv.slice(2))
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^demo: \d tags? \(local\)\n {2}1\. \S+ +\d/)
  })
})

describe('batch', () => {
  it('answers every line in input order, with per-line errors, and exits 1 when a line failed', async () => {
    const input = [
      JSON.stringify({ id: 'a', readme_path: 'video.md', extra: true }),
      'not json',
      JSON.stringify({ id: 'b', readme: '# x\n\nA database for SQL queries.' }),
      '',
      JSON.stringify({ id: 'c', readme_path: 'missing.md' }),
      JSON.stringify({ id: 7, description: 'A command-line tool (cli) for the terminal' })
    ].join('\n')
    writeFileSync(join(dir, 'in.jsonl'), input)
    const run = await runCliCaptured([
      'batch',
      '--tags',
      join(dir, 'tags.json'),
      '--input',
      join(dir, 'in.jsonl'),
      '--concurrency',
      '3'
    ])
    expect(run.code).toBe(1)
    const lines = run.stdout
      .trim()
      .split('\n')
      .map(line => JSON.parse(line))
    expect(lines.map(line => line.id ?? null)).toEqual(['a', null, 'b', 'c', '7'])
    expect(lines[0].tags.map((t: { name: string }) => t.name)).toContain('video')
    expect(lines[1]).toMatchObject({ line: 2, id: null, error: expect.stringMatching(/not valid JSON/) })
    expect(lines[3]).toMatchObject({ line: 5, id: 'c', error: expect.stringMatching(/cannot read readme_path/) })
    for (const result of [lines[0], lines[2], lines[4]]) assertValidResult(result)
    expect(run.stderr).toMatch(/done: tagged 3, unchanged 0, skipped 0, failed 2/)
  })

  it('reads stdin and writes --result-file, exiting 0 when all lines pass', async () => {
    const out = join(dir, 'out.jsonl')
    const run = await runCliCaptured(
      ['batch', '--tags', 'database,cli', '--input', '-', '--result-file', out],
      `${JSON.stringify({ id: 'x', readme: 'A database.' })}\n`
    )
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('')
    const [result] = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map(line => JSON.parse(line))
    expect(result).toMatchObject({ id: 'x', tags: ['database'] })
  })

  it('writes --result-file into a new folder, and says in one line when it cannot write there', async () => {
    const line = `${JSON.stringify({ id: 'x', readme: 'A database.' })}\n`
    const nested = join(dir, 'new', 'deeper', 'out.jsonl')
    expect(
      (await runCliCaptured(['batch', '--tags', 'database', '--input', '-', '--result-file', nested], line)).code
    ).toBe(0)
    expect(JSON.parse(readFileSync(nested, 'utf8')).id).toBe('x')
    for (const command of ['batch', 'merge']) {
      const bad = join(dir, 'db.md', 'out.jsonl') // under a file: no folder can be made there
      const argv =
        command === 'batch'
          ? ['batch', '--tags', 'database', '--input', '-', '--result-file', bad]
          : ['merge', nested, '--result-file', bad]
      const run = await runCliCaptured(argv, line)
      expect(run.code, command).toBe(2)
      expect(run.stderr).toMatch(/^readme-tagger \w+: --result-file: cannot write .*out\.jsonl.*\n$/)
    }
  })

  it('reports a line whose id is not a string or number instead of tagging it without an id', async () => {
    const input = [
      JSON.stringify({ id: { x: 1 }, readme: 'A database.' }),
      JSON.stringify({ id: 5, readme: 'A database.' })
    ]
    const run = await runCliCaptured(['batch', '--tags', 'database', '--input', '-'], input.join('\n'))
    const [bad, good] = run.stdout
      .trim()
      .split('\n')
      .map(line => JSON.parse(line))
    expect(bad).toMatchObject({ line: 1, id: null, error: expect.stringMatching(/"id" must be a string or a number/) })
    expect(good).toMatchObject({ id: '5', tags: ['database'] })
    expect(run.code).toBe(1)
  })

  it('keeps results in input order when later items finish first', async () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      JSON.stringify({ id: `i${i}`, readme: i % 2 ? 'A video tool.' : 'A database.' })
    )
    const run = await runCliCaptured(
      ['batch', '--tags', 'database,video', '--input', '-', '--concurrency', '8'],
      many.join('\n')
    )
    expect(
      run.stdout
        .trim()
        .split('\n')
        .map(line => JSON.parse(line).id)
    ).toEqual(many.map((_, i) => `i${i}`))
  })
})

describe('the CLI as a process', () => {
  it('stops quietly when the reader of its output goes away (batch | head -1)', async () => {
    const tsx = join(process.cwd(), 'node_modules/tsx/dist/esm/index.mjs')
    const lines = Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ id: i, readme: 'A database.' }))
    writeFileSync(join(dir, 'many.jsonl'), lines.join('\n'))
    const child = spawn(process.execPath, [
      '--import',
      tsx,
      'src/cli.ts',
      'batch',
      '--tags',
      'database',
      '--input',
      join(dir, 'many.jsonl')
    ])
    let stderr = ''
    child.stderr.on('data', chunk => (stderr += String(chunk)))
    child.stdout.once('data', () => child.stdout.destroy())
    const [code] = (await once(child, 'close')) as [number | null]
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /)
    expect(code).toBe(0)
  })

  it('exits with the code and prints no stack trace', () => {
    const tsx = join(process.cwd(), 'node_modules/tsx/dist/esm/index.mjs')
    const bad = spawnSync(
      process.execPath,
      ['--import', tsx, 'src/cli.ts', 'classify', '--tags', 'x.yaml', '--readme', 'r.md'],
      {
        encoding: 'utf8'
      }
    )
    expect(bad.status).toBe(2)
    expect(bad.stderr).not.toMatch(/\n\s+at /)
    const ok = execFileSync(
      process.execPath,
      ['--import', tsx, 'src/cli.ts', 'classify', '--tags', join(dir, 'tags.json'), '--readme', join(dir, 'db.md')],
      {
        encoding: 'utf8'
      }
    )
    expect(JSON.parse(ok).tags).toContainEqual({ id: 1, name: 'database' })
  })
})
