import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough, Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../src/cli/run.js'
import { type OpenAIServer, errorReply, startOpenAIServer, tagsReply } from './fixtures/openai-server.js'
import { assertValidResult } from './helpers/schema.js'

const KEY = 'sk-cli-secret-abcdef0123456789'
let server: OpenAIServer
let dir: string
let readme: string

beforeAll(async () => {
  server = await startOpenAIServer()
  dir = mkdtempSync(join(tmpdir(), 'readme-tagger-openai-cli-'))
  readme = join(dir, 'README.md')
  writeFileSync(readme, '# sqlsh\n\nsqlsh is a command-line shell for SQLite databases.\n')
})
afterAll(async () => {
  await server.close()
  rmSync(dir, { recursive: true, force: true })
})

/** Run the CLI in-process with OPENAI_API_KEY set, as a user's shell would. */
async function cli(argv: string[], stdinText = '') {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const out: Buffer[] = []
  const err: Buffer[] = []
  stdout.on('data', chunk => out.push(chunk))
  stderr.on('data', chunk => err.push(chunk))
  const code = await runCli(argv, { stdin: Readable.from([stdinText]), stdout, stderr, env: { OPENAI_API_KEY: KEY } })
  return { code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }
}

const modelFlags = () => [
  '--provider',
  'openai',
  '--base-url',
  server.url,
  '--model',
  'small-model',
  '--model-timeout',
  '2'
]

describe('the CLI with --provider openai', () => {
  it('classify prints a valid result from the model, with the key from OPENAI_API_KEY and never in the output', async () => {
    server.script([tagsReply(['database', 'cli'])])
    const run = await cli(['classify', '--tags', 'cli,database,web', '--readme', readme, '--id', '9', ...modelFlags()])
    expect(run.code).toBe(0)
    const result = JSON.parse(run.stdout) as Record<string, unknown>
    assertValidResult(result)
    expect(result).toMatchObject({
      id: '9',
      tags: ['database', 'cli'],
      provider: 'openai',
      model: 'small-model',
      usage: { total_tokens: 129 }
    })
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${KEY}`)
    expect(run.stdout + run.stderr).not.toContain(KEY)
  })

  it('falls back with a warning on stderr, or fails the item with --on-model-error fail', async () => {
    server.script([errorReply(401, `Incorrect API key provided: ${KEY}`)])
    const fallback = await cli(['classify', '--tags', 'cli,database', '--readme', readme, ...modelFlags()])
    expect(fallback.code).toBe(0)
    expect(JSON.parse(fallback.stdout)).toMatchObject({
      provider: 'local (fallback: openai failed: API key rejected (401))'
    })
    expect(fallback.stderr).toMatch(/warning: openai failed.*rejected the API key \(401\)/)
    const failed = await cli([
      'classify',
      '--tags',
      'cli,database',
      '--readme',
      readme,
      ...modelFlags(),
      '--on-model-error',
      'fail'
    ])
    expect(failed.code).toBe(1)
    expect(JSON.parse(failed.stdout).error).toMatch(/401/)
    expect(fallback.stdout + fallback.stderr + failed.stdout + failed.stderr).not.toContain(KEY)
  })

  it('batch --cache answers repeated items from the cache file on the next run', async () => {
    server.script([tagsReply(['cli'])])
    const cache = join(dir, 'answers.jsonl')
    const input = [
      '{"id": "a", "readme": "A command-line tool."}',
      '{"id": "b", "readme": "Another command-line tool."}'
    ].join('\n')
    const first = await cli(
      ['batch', '--tags', 'cli,database', '--input', '-', '--cache', cache, ...modelFlags()],
      input
    )
    expect(first.code).toBe(0)
    expect(server.requests).toHaveLength(2)
    expect(first.stderr).toContain(
      'usage: 2 model calls, 258 tokens (240 prompt + 18 completion), cost unknown for this model'
    )
    const second = await cli(
      ['batch', '--tags', 'cli,database', '--input', '-', '--cache', cache, ...modelFlags()],
      input
    )
    expect(server.requests).toHaveLength(2)
    const lines = second.stdout
      .trim()
      .split('\n')
      .map(line => JSON.parse(line) as Record<string, unknown>)
    expect(lines.map(line => line.provider)).toEqual(['openai (cached)', 'openai (cached)'])
    expect(second.stderr).not.toContain('usage:')
    for (const line of lines) assertValidResult(line)
    expect(readFileSync(cache, 'utf8').trim().split('\n')).toHaveLength(2)
  })

  it('bad model flags are usage errors; model flags with the local provider are warned about', async () => {
    const bad = await cli([
      'classify',
      '--tags',
      'cli',
      '--readme',
      readme,
      '--provider',
      'openai',
      '--base-url',
      'nowhere'
    ])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/base-url must be an http\(s\) URL/)
    const ignored = await cli(['classify', '--tags', 'cli', '--readme', readme, '--model', 'x'])
    expect(ignored.code).toBe(0)
    expect(ignored.stderr).toContain('warning: --model is ignored when --provider is "local".')
  })
})
