import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TagResult } from '../src/result.js'
import { runCliCaptured } from './helpers/cli.js'
import { startFakeGitHub, type FakeGitHub, type FakeRepo } from './fixtures/fake-github-graphql.js'

const cli = (argv: string[], env: Record<string, string>) => runCliCaptured(argv, '', env)

const lines = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map(line => JSON.parse(line) as TagResult)

function repo(name: string, readme: string, extra: Partial<FakeRepo> = {}): FakeRepo {
  return {
    owner: 'acme',
    name,
    id: 100 + name.length,
    description: `${name} project`,
    topics: [],
    files: { 'README.md': readme },
    ...extra
  }
}

describe('readme-tagger batch --repositories / merge', () => {
  let github: FakeGitHub
  let dir: string
  let env: Record<string, string>
  const tags = 'database, cli, game-engine'
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'batch-cli-'))
    github = await startFakeGitHub({
      orgs: ['acme'],
      repos: [
        repo('store', 'A database. The database keeps rows; database backups.'),
        repo('tool', 'A cli. Use the cli in a shell; the cli has flags.'),
        repo('old', 'An archived cli.', { archived: true }),
        repo('empty', '', { files: {}, description: null })
      ]
    })
    env = { GITHUB_TOKEN: 'test-token', GITHUB_API_URL: github.url }
  })
  afterEach(async () => github.close())

  it('tags an organisation to stdout with counts on stderr, skipping an empty repository', async () => {
    const { code, stdout, stderr } = await cli(['batch', '--tags', tags, '--repositories', 'org:acme'], env)
    const results = lines(stdout)
    expect(results.map(r => r.repository).sort()).toEqual(['acme/empty', 'acme/store', 'acme/tool'])
    expect(results.find(r => r.repository === 'acme/store')).toMatchObject({ id: '105', tags: ['database'] })
    const empty = results.find(r => r.repository === 'acme/empty')
    expect(empty?.skipped).toMatch(/neither a README nor a description/)
    expect(empty?.error).toBeUndefined()
    expect(stderr).toMatch(/3 repositories \(1 left out/)
    expect(stderr).toMatch(/warning: acme\/empty has neither a README nor a description: nothing to tag, skipped\./)
    expect(stderr).toMatch(/done: tagged 2, unchanged 0, skipped 1, failed 0\n$/)
    expect(code).toBe(0)
    expect(github.count().graphql).toBe(1)
  })

  it('exits 1 when a repository failed', async () => {
    const { code, stderr } = await cli(['batch', '--tags', tags, '--repositories', 'acme/store,acme/gone'], env)
    expect(stderr).toMatch(/done: tagged 1, unchanged 0, skipped 0, failed 1\n$/)
    expect(code).toBe(1)
  })

  it('after GitHub refuses a topics write (403), plans the rest without writing and says so once', async () => {
    github.close()
    const many = Array.from({ length: 6 }, (_, i) => repo(`tool-${i}`, 'A cli. The cli runs in a shell.'))
    github = await startFakeGitHub({ repos: many, token: 'test-token', writeToken: 'admin-token' })
    env = { ...env, GITHUB_API_URL: github.url }
    const names = many.map(r => `acme/${r.name}`).join(',')
    const args = ['batch', '--tags', tags, '--repositories', names, '--output', 'topics', '--concurrency', '1']
    const { code, stderr } = await cli(args, env)
    expect(github.state.calls.filter(c => c.method === 'PUT')).toHaveLength(1)
    const errors = stderr.split('\n').filter(line => line.startsWith('error:'))
    expect(errors).toEqual([
      expect.stringMatching(/GitHub refused to set topics.*5 more topic changes were planned.*Administration: write/)
    ])
    expect(stderr).not.toMatch(/^warning: .*403/m)
    expect(stderr).toMatch(/^acme\/tool-5: topics \+cli \(not written\)$/m)
    expect(stderr).toMatch(/done: tagged 5, unchanged 0, skipped 0, failed 1\n/)
    expect(code).toBe(1)
  })

  it('writes topics, resumes from its result file, and merges files', async () => {
    const file = join(dir, 'results.jsonl')
    const args = [
      'batch',
      '--tags',
      tags,
      '--repositories',
      'acme/store,acme/tool',
      '--output',
      'topics',
      '--result-file',
      file
    ]
    const first = await cli(args, env)
    expect(first.code).toBe(0)
    expect(github.state.byName.get('acme/tool')!.topics).toEqual(['cli'])
    expect(lines(readFileSync(file, 'utf8'))).toHaveLength(2)

    // The README of one repository changes: --resume tags only that one; the file keeps one line each.
    github.state.byName.get('acme/store')!.files['README.md'] =
      'A game engine. The game engine draws; game engine scenes.'
    const second = await cli([...args, '--resume'], env)
    expect(second.stderr).toMatch(/done: tagged 1, unchanged 1, skipped 0, failed 0/)
    const resumed = lines(readFileSync(file, 'utf8'))
    expect(resumed.map(r => `${r.repository}:${JSON.stringify(r.tags)}`).sort()).toEqual([
      'acme/store:["game-engine"]',
      'acme/tool:["cli"]'
    ])
    expect(github.state.byName.get('acme/store')!.topics).toEqual(['game-engine'])

    const other = join(dir, 'other.jsonl')
    writeFileSync(other, `${JSON.stringify({ ...resumed[0]!, repository: 'acme/elsewhere', id: '999' })}\n{"id": "cut`)
    const merged = join(dir, 'merged.jsonl')
    const merge = await cli(['merge', file, other, '--result-file', merged], env)
    expect(merge.code).toBe(0)
    expect(lines(readFileSync(merged, 'utf8'))).toHaveLength(3)
    expect(merge.stderr).toMatch(/other\.jsonl:2: not JSON, skipped/)
    expect(merge.stderr).toMatch(/merged 2 files: tagged 3, unchanged 0, skipped 0, failed 0/)
  })

  it('says per repository which topics a dry run would change, writing none', async () => {
    github.state.byName.get('acme/tool')!.topics = ['database', 'keep']
    const args = ['batch', '--tags', tags, '--repositories', 'acme/store,acme/tool', '--output', 'topics']
    const run = await cli([...args, '--topics-mode', 'replace', '--dry-run'], env)
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/^acme\/tool: topics \+cli −database −keep \(dry run\)$/m)
    expect(run.stderr).toMatch(/^acme\/store: topics \+database \(dry run\)$/m)
    expect(github.state.byName.get('acme/tool')!.topics).toEqual(['database', 'keep'])
  })

  it('explains usage errors with exit code 2', async () => {
    expect((await cli(['batch', '--tags', tags, '--repositories', 'org:acme'], {})).stderr).toMatch(
      /GITHUB_TOKEN is not set/
    )
    const bad = await cli(['batch', '--tags', tags, '--repositories', 'not a repo'], env)
    expect(bad).toMatchObject({ code: 2, stderr: expect.stringMatching(/"not a repo" is not owner\/name/) })
    expect((await cli(['batch', '--tags', tags, '--repositories', 'a/b', '--resume'], env)).stderr).toMatch(
      /--resume needs --result-file/
    )
    const folder = await cli(['batch', '--tags', tags, '--repositories', 'a/b', '--result-file', dir], env)
    expect(folder).toMatchObject({ code: 2, stderr: expect.stringMatching(/result-file ".*" is a folder/) })
    expect(github.count().total).toBe(0)
    expect((await cli(['merge'], env)).code).toBe(2)
    expect((await cli(['merge', join(dir, 'nope.jsonl')], env)).stderr).toMatch(/does not exist/)
  })
})
