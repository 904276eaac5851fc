/**
 * The built bundles load what a run needs only when it needs it: the openai SDK, @actions/artifact and
 * @actions/cache sit in chunks (`<id>.index.js`) that an offline run never loads. Checked on copies of dist/
 * without those chunks. dist/ must be fresh: .ci/run builds before testing (or run `npm run build`).
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runBundledAction } from './fixtures/action-runner.js'
import { startFakeGitHub, type FakeGitHub } from './fixtures/fake-github.js'

const DIST = new URL('../dist/', import.meta.url).pathname
const FIXTURES = new URL('./fixtures/action/', import.meta.url).pathname

/** Text found only in each lazily loaded part: the SDK's header name, the artifact and cache services' calls. */
const MARKERS = {
  openai: 'OpenAI-Organization',
  artifact: 'FinalizeArtifact',
  cache: 'reserveCache'
}

const scripts = (dir: string) => readdirSync(dir).filter(name => name.endsWith('.js'))
const holding = (dir: string, marker: string) =>
  scripts(dir).filter(name => readFileSync(join(dir, name), 'utf8').includes(marker))

/** A copy of a bundle folder without the chunks that hold any of `markers`. */
function pruned(from: string, markers: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'pruned-dist-'))
  cpSync(from, dir, { recursive: true })
  for (const marker of markers) for (const name of holding(dir, marker)) rmSync(join(dir, name))
  return dir
}

describe('the bundles', () => {
  it('keep the openai SDK and the artifact and cache clients in chunks of their own', () => {
    expect(holding(DIST, MARKERS.openai)).toEqual([expect.stringMatching(/^\d+\.index\.js$/)])
    expect(holding(DIST, MARKERS.artifact)).toEqual([expect.stringMatching(/^\d+\.index\.js$/)])
    expect(holding(DIST, MARKERS.cache)).toEqual([expect.stringMatching(/^\d+\.index\.js$/)])
    expect(holding(join(DIST, 'cli'), MARKERS.openai)).toEqual([expect.stringMatching(/^\d+\.index\.js$/)])
    for (const dir of [DIST, join(DIST, 'cli')]) {
      const entry = readFileSync(join(dir, 'index.js'), 'utf8')
      for (const marker of Object.values(MARKERS)) expect(entry).not.toContain(marker)
    }
  })

  it('name the packages of every chunk in licenses.txt', () => {
    const names = (dir: string) => new Set(readFileSync(join(dir, 'licenses.txt'), 'utf8').split('\n'))
    for (const name of ['@actions/core', '@octokit/core', 'openai', '@actions/artifact', '@actions/cache'])
      expect(names(DIST).has(name), name).toBe(true)
    for (const name of ['@octokit/core', 'openai', 'marked'])
      expect(names(join(DIST, 'cli')).has(name), name).toBe(true)
  })
})

describe('an offline run loads none of them', () => {
  let github: FakeGitHub
  let dir: string
  beforeAll(async () => {
    github = await startFakeGitHub([
      {
        id: 7,
        fullName: 'octo/lean',
        description: 'Query SQLite databases from your terminal',
        topics: [],
        readme: readFileSync(join(FIXTURES, 'README.md'), 'utf8')
      }
    ])
    dir = mkdtempSync(join(tmpdir(), 'bundle-'))
  })
  afterAll(async () => github.close())

  it('the action: tags and writes topics from a dist/ without those chunks', async () => {
    const action = pruned(DIST, Object.values(MARKERS))
    const inputs = { tags: readFileSync(join(FIXTURES, 'tags.json'), 'utf8'), 'github-token': 'read-token' }
    const env = { GITHUB_REPOSITORY: 'octo/lean', GITHUB_API_URL: github.url }
    const run = await runBundledAction({ ...inputs, output: 'topics,artifact' }, env, join(action, 'index.js'))
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(JSON.parse(run.outputs.tags!)).toContain('Database')
    expect(github.repos.get('octo/lean')!.topics).toContain('database')
    // The pruning is real: a model run needs the SDK's chunk.
    const model = await runBundledAction(
      { ...inputs, provider: 'openai', 'base-url': 'http://127.0.0.1:9/v1', output: 'artifact' },
      env,
      join(action, 'index.js')
    )
    expect(model.exitCode).toBe(1)
    expect(model.errors.join('\n')).toMatch(/Cannot find module .*\d+\.index\.js/)
  })

  it('the CLI: batch on threads from a dist/cli without the SDK chunk', () => {
    const cli = join(pruned(join(DIST, 'cli'), [MARKERS.openai]), 'index.js')
    const input = join(dir, 'in.jsonl')
    writeFileSync(input, `${JSON.stringify({ id: 'a', readme: 'A SQL database.' })}\n{"id": "b", "readme": "A cli."}\n`)
    const batch = (extra: string[]) =>
      spawnSync(process.execPath, [cli, 'batch', '--tags', 'database,cli', '--input', input, ...extra], {
        encoding: 'utf8'
      })
    const run = batch(['--threads', '2'])
    expect(run.stderr).toMatch(/done: tagged 2, unchanged 0, skipped 0, failed 0/)
    expect(run.status).toBe(0)
    expect(
      run.stdout
        .split('\n')
        .filter(Boolean)
        .map(line => JSON.parse(line).tags)
    ).toEqual([['database'], ['cli']])
    const model = batch(['--provider', 'openai', '--base-url', 'http://127.0.0.1:9/v1'])
    expect(model.stderr).toMatch(/Cannot find module .*\d+\.index\.js/)
    expect(model.status).not.toBe(0)
  })
})
