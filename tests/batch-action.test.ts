import { strFromU8, unzipSync } from 'fflate'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { shardOf } from '../src/batch/shard.js'
import type { TagResult } from '../src/result.js'
import { runBundledAction, runInProcess } from './fixtures/action-runner.js'
import { startFakeArtifactService, type FakeArtifactService } from './fixtures/fake-artifact-service.js'
import { startFakeGitHub, type FakeGitHub, type FakeRepo } from './fixtures/fake-github-graphql.js'
import { assertValidResult } from './helpers/schema.js'

const TAGS = 'database, cli, game-engine'
const README: Record<string, string> = {
  store: 'A database for rows. The database is small; database files travel.',
  tool: 'A cli. The cli runs in a terminal; cli flags are short.',
  engine: 'A game engine. The game engine draws sprites; game engine scenes.',
  sql: 'Another database: database tables and database indexes.'
}

let github: FakeGitHub
let artifacts: FakeArtifactService
beforeAll(async () => {
  const repos: FakeRepo[] = Object.entries(README).map(([name, text], i) => ({
    owner: 'acme',
    name,
    id: 300 + i,
    description: null,
    topics: name === 'sql' ? ['database'] : [],
    files: { 'README.md': text }
  }))
  repos.push({ owner: 'acme', name: 'blank', id: 399, description: null, topics: [], files: {} })
  repos.push({ owner: 'acme', name: 'fork', id: 398, description: 'a fork', topics: [], files: {}, fork: true })
  github = await startFakeGitHub({ repos, orgs: ['acme'], token: 'read-token', writeToken: 'write-token' })
  artifacts = await startFakeArtifactService()
})
afterAll(async () => {
  await github.close()
  await artifacts.close()
})

const zipped = (name: string) => unzipSync(new Uint8Array(artifacts.artifacts.get(name)!.content!))
const jsonl = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map(line => JSON.parse(line) as TagResult)

function step(inputs: Record<string, string>) {
  return runInProcess(
    { tags: TAGS, 'github-token': 'read-token', 'topics-token': 'write-token', ...inputs },
    { GITHUB_REPOSITORY: 'acme/self', GITHUB_API_URL: github.url, ...artifacts.env() }
  )
}

describe('the action with repositories', () => {
  it('tags an organisation in two shards, writes topics, uploads <artifact-name>-<i>, skips an empty repository, and fails at the end for a failed repository', async () => {
    const runs = []
    for (const shard of ['1/2', '2/2']) {
      runs.push(
        await step({
          repositories: 'org:acme, acme/gone',
          exclude: 'acme/engine',
          shard,
          output: 'topics,artifact',
          'artifact-name': 'org-tags'
        })
      )
    }
    const all: TagResult[] = []
    for (const [i, run] of runs.entries()) {
      const files = zipped(`org-tags-${i + 1}`)
      const lines = jsonl(strFromU8(files['readme-tags.jsonl']!))
      for (const line of lines) {
        assertValidResult(line)
        expect(shardOf(line.repository!, 2)).toBe(i + 1)
      }
      expect(lines).toEqual(jsonl(readFileSync(run.outputs['result-file']!, 'utf8')))
      expect(JSON.parse(strFromU8(files['readme-tags.counts.json']!))).toEqual({
        tagged: Number(run.outputs.tagged),
        unchanged: Number(run.outputs.unchanged),
        skipped: Number(run.outputs.skipped),
        failed: Number(run.outputs.failed),
        changed: run.outputs.changed === 'true',
        shards: 2
      })
      all.push(...lines)
    }
    expect(all.map(r => r.repository).sort()).toEqual([
      'acme/blank',
      'acme/gone',
      'acme/sql',
      'acme/store',
      'acme/tool'
    ])
    expect(all.find(r => r.repository === 'acme/blank')).toMatchObject({
      tags: [],
      skipped: expect.stringMatching(/neither a README nor a description/)
    })
    expect(all.find(r => r.repository === 'acme/blank')).not.toHaveProperty('error')
    expect(github.state.byName.get('acme/store')!.topics).toEqual(['database'])
    expect(github.state.byName.get('acme/tool')!.topics).toEqual(['cli'])
    expect(github.state.byName.get('acme/engine')!.topics).toEqual([])
    const totals = runs.reduce(
      (sum, run) =>
        sum +
        Number(run.outputs.tagged) * 1000 +
        Number(run.outputs.unchanged) * 100 +
        Number(run.outputs.skipped) * 10 +
        Number(run.outputs.failed),
      0
    )
    // store and tool tagged; sql already right; blank skipped; gone failed.
    expect(totals).toBe(2 * 1000 + 1 * 100 + 1 * 10 + 1)

    const failing = runs.find(run => run.outputs.failed === '1')!
    expect(failing.exitCode).toBe(1)
    expect(failing.errors).toEqual([expect.stringMatching(/^1 of \d repositories failed .*fail-on-error: false/)])
    expect(failing.summary).toMatch(/\| acme\/gone \|.*⚠️/)
    // The empty repository: a warning and a line in the summary, never the step's failure.
    const skipping = runs.find(run => run.outputs.skipped === '1')!
    expect(skipping.warnings.some(w => /acme\/blank has neither a README nor a description/.test(w))).toBe(true)
    expect(skipping.summary).toMatch(/\| acme\/blank \|.*\| skipped: acme\/blank has neither/)
    expect(skipping.summary).toMatch(/\*\*1\*\* skipped \(nothing to tag\)/)
    for (const run of runs) expect(run.exitCode).toBe(run === failing ? 1 : 0)
  })

  it('after GitHub refuses a topics write for lack of permission, plans the rest and fails with one error', async () => {
    const before = github.state.calls.filter(c => c.method === 'PUT').length
    const written = ['store', 'tool'].map(name => [name, github.state.byName.get(`acme/${name}`)!.topics] as const)
    for (const [name] of written) github.state.byName.get(`acme/${name}`)!.topics = []
    const run = await step({
      repositories: 'acme/store, acme/tool, acme/engine',
      'topics-token': 'read-token',
      output: 'topics',
      concurrency: '1'
    })
    expect(github.state.calls.filter(c => c.method === 'PUT').length - before).toBe(1)
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^GitHub refused to set topics, so no more writes were sent: 2 more topic changes were planned and reported, not written\. Cannot set the topics of acme\/\w+: GitHub answered 403.*Administration: write.*topics-token/s
      )
    ])
    expect(run.warnings.filter(w => /403/.test(w))).toEqual([])
    expect(run.summary).toMatch(/> \[!CAUTION\]\n> GitHub refused to set topics/)
    expect(run.summary).toMatch(/\(not written\)/)
    for (const [name, topics] of written) github.state.byName.get(`acme/${name}`)!.topics = topics
  })

  it('with fail-on-error: false only warns; in a dry run it writes nothing', async () => {
    const run = await step({
      repositories: 'acme/gone, acme/engine',
      'fail-on-error': 'false',
      output: 'topics',
      'dry-run': 'true'
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ tagged: '1', unchanged: '0', failed: '1', changed: 'true' })
    expect(github.state.byName.get('acme/engine')!.topics).toEqual([])
    expect(run.summary).toMatch(/\+game-engine/)
  })

  it('fails clearly when the artifact name is already used in the run, still setting the outputs and summary', async () => {
    const inputs = { repositories: 'acme/store', output: 'artifact', 'artifact-name': 'taken-name' }
    expect((await step(inputs)).exitCode).toBe(0)
    const run = await step(inputs)
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([
      expect.stringMatching(/"taken-name" already exists in this workflow run.*artifact-name/)
    ])
    expect(run.outputs).toMatchObject({ tagged: '1', unchanged: '0', failed: '0' })
    expect(readFileSync(run.outputs['result-file']!, 'utf8')).toMatch(/acme\/store/)
    expect(run.summary).toMatch(/acme\/store/)
  })

  it('refuses repository and repositories together, naming both', async () => {
    const run = await step({ repository: 'acme/store', repositories: 'acme/tool' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([expect.stringMatching(/repository and repositories are both set/)])
  })
})

describe('the bundled action (dist/index.js) with repositories', () => {
  it('runs as the runner runs it: JSON Lines result file, counts as outputs, summary, artifact', async () => {
    const run = await runBundledAction(
      {
        tags: TAGS,
        'github-token': 'read-token',
        repositories: 'acme/store\nacme/tool',
        output: 'artifact',
        'artifact-name': 'bundled-tags'
      },
      { GITHUB_REPOSITORY: 'acme/self', GITHUB_API_URL: github.url, ...artifacts.env() }
    )
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      tagged: '2',
      unchanged: '0',
      failed: '0',
      changed: 'false',
      'result-file': join(run.runnerTemp, 'readme-tags.jsonl')
    })
    const lines = jsonl(readFileSync(run.outputs['result-file']!, 'utf8'))
    expect(lines.map(r => [r.repository, r.tags])).toEqual(
      expect.arrayContaining([
        ['acme/store', ['database']],
        ['acme/tool', ['cli']]
      ])
    )
    expect(jsonl(strFromU8(zipped('bundled-tags')['readme-tags.jsonl']!))).toEqual(lines)
    expect(run.summary).toMatch(/\| acme\/store \| database \|/)
  })
})

// The shard artifacts are those the first test of this file uploaded (org-tags-1, org-tags-2).
describe('mode: merge', () => {
  it('downloads the shard artifacts of the run, joins them, sums their counts and uploads the whole', async () => {
    // No tag list and no token: the merge job only needs the run's artifacts.
    const run = await runInProcess(
      { mode: 'merge', 'artifact-name': 'org-tags', 'fail-on-error': 'false' },
      artifacts.env()
    )
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ tagged: '2', unchanged: '1', skipped: '1', failed: '1', changed: 'true' })
    expect(run.outputs['result-file']).toBe(join(run.runnerTemp, 'readme-tags.jsonl'))
    const merged = jsonl(readFileSync(run.outputs['result-file']!, 'utf8'))
    expect(merged.map(r => r.repository).sort()).toEqual([
      'acme/blank',
      'acme/gone',
      'acme/sql',
      'acme/store',
      'acme/tool'
    ])
    expect(jsonl(strFromU8(zipped('org-tags')['readme-tags.jsonl']!))).toEqual(merged)
    expect(run.summary.indexOf('acme/gone')).toBeLessThan(run.summary.indexOf('acme/store'))
    expect(run.summary.indexOf('acme/store')).toBeLessThan(run.summary.indexOf('acme/blank'))
    // The real client: ListArtifacts, GetSignedArtifactURL and a zip download per shard.
    expect(artifacts.steps.filter(step => step === 'GET blob')).toHaveLength(2)
    expect(artifacts.violations).toEqual([])
  })

  it('warns about a shard that uploaded nothing (a failed job), the last one too', async () => {
    for (const shard of ['1/3', '2/3'])
      await step({ repositories: 'acme/store, acme/tool', shard, output: 'artifact', 'artifact-name': 'gap-tags' })
    const run = await runInProcess({ mode: 'merge', 'artifact-name': 'gap-tags' }, artifacts.env())
    expect(run.exitCode).toBe(0)
    expect(run.warnings).toEqual([expect.stringMatching(/^No results from shard 3 of 3 \(gap-tags-3 missing/)])
  })

  it('says to run the shard jobs first when there are no shard artifacts', async () => {
    const run = await runInProcess({ mode: 'merge', 'artifact-name': 'nothing' }, artifacts.env())
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([
      expect.stringMatching(/found no artifacts named nothing-<i> in this run.*Run the shard jobs first/)
    ])
  })
})
