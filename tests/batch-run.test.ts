import { afterEach, describe, expect, it } from 'vitest'
import { runBatch, type BatchRecord } from '../src/batch/run.js'
import { readRepositories } from '../src/batch/graphql-read.js'
import Bottleneck from 'bottleneck'
import { toRef } from '../src/batch/types.js'
import { createOctokit } from '../src/github/client.js'
import { explainTopicsError, TopicsRefusedError } from '../src/github/errors.js'
import { createOfflineClassifier } from '../src/classify/offline/index.js'
import { parseTagList } from '../src/tags/parse.js'
import { checkAgainstOpenApi } from './fixtures/openapi.js'
import { startSilentServer } from './fixtures/silent-server.js'
import {
  fakeOctokit,
  startFakeGitHub,
  type Fault,
  type FakeGitHub,
  type FakeRepo
} from './fixtures/fake-github-graphql.js'

const tags = parseTagList('database, cli, game-engine', 'tags')
const classifier = createOfflineClassifier(tags)
const selection = { maxTags: 2 }
const TOPICS = ['database', 'cli', 'game-engine']

/** A README that clearly names one of the tags, so every repository gets a tag. */
function readmeFor(i: number): string {
  const subjects = [
    'A database that stores rows. The database engine is fast; database files are small.',
    'A cli tool. Run the cli from a terminal; the cli prints help.',
    'A game engine for 2D games. The game engine renders sprites.'
  ]
  return `# Project ${i}\n\n${subjects[i % 3]}\n`
}

function repos(count: number): FakeRepo[] {
  return Array.from({ length: count }, (_, i) => ({
    owner: 'acme',
    name: `repo-${i}`,
    id: 5000 + i,
    description: `Project number ${i}`,
    topics: i % 5 === 0 ? ['keep-me'] : [],
    files: { 'README.md': readmeFor(i) }
  }))
}

async function collect(github: FakeGitHub, names: string[], concurrency: number, topics = true) {
  const octokit = fakeOctokit(github.url)
  const records: BatchRecord[] = []
  const counts = await runBatch(
    names.map(toRef),
    { octokit, classifier, selection, onRecord: r => void records.push(r) },
    {
      concurrency,
      graphqlBatch: 10,
      topics: topics ? { octokit, mode: 'merge', dryRun: false } : null
    }
  )
  return { counts, records }
}

describe('runBatch', () => {
  let github: FakeGitHub | undefined
  afterEach(async () => github?.close())

  it('loses no repository under secondary and primary rate limits, 429s and 5xx, and writes every topic', async () => {
    const faults: [number, Fault][] = [
      [7, 'secondary'],
      [11, 'server'],
      [13, 'primary'],
      [17, 'too-many'],
      [19, 'graphql-rate-limited']
    ]
    const all = repos(150)
    github = await startFakeGitHub({
      repos: all,
      checkRest: checkAgainstOpenApi,
      fault: (n, _method, path) =>
        faults.find(
          ([every, kind]) => n % every === 0 && (kind !== 'graphql-rate-limited' || path === '/graphql')
        )?.[1] ?? null
    })
    const names = all.map(r => `acme/${r.name}`)
    const { counts, records } = await collect(github, names, 6)

    expect(records).toHaveLength(150)
    expect(new Set(records.map(r => r.result.repository))).toEqual(new Set(names))
    expect(records.filter(r => r.result.error)).toEqual([])
    expect(counts).toEqual({ tagged: 150, unchanged: 0, skipped: 0, failed: 0, changed: true })
    for (const [i, repo] of all.entries()) {
      const expected = TOPICS[i % 3]!
      expect(repo.topics).toEqual(i % 5 === 0 ? ['keep-me', expected] : [expected])
      const record = records.find(r => r.result.repository === `acme/${repo.name}`)!
      expect(record.result.id).toBe(String(5000 + i))
      expect(record.topics).toEqual({ before: i % 5 === 0 ? ['keep-me'] : [], after: repo.topics, changed: true })
    }
    const calls = github.count()
    expect(calls.faults).toBeGreaterThan(20)
    // Reads: 15 GraphQL queries for 150 repositories; then one PUT each.
    expect(calls.graphql).toBe(15)
    expect(calls.restGet).toBe(0)
    expect(calls.writes).toBe(150)
    expect(github.state.problems).toEqual([])
  })

  it('runs again as "unchanged" without writing, and reuses results whose fingerprint is unchanged', async () => {
    const all = repos(12)
    github = await startFakeGitHub({ repos: all })
    const names = all.map(r => `acme/${r.name}`)
    const first = await collect(github, names, 3)
    expect(first.counts.tagged).toBe(12)
    const writes = github.count().writes

    const second = await collect(github, names, 3)
    expect(second.counts).toEqual({ tagged: 0, unchanged: 12, skipped: 0, failed: 0, changed: false })
    expect(github.count().writes).toBe(writes)

    // Resume: unchanged fingerprints are reused as they were; a changed README is tagged again.
    all[4]!.files['README.md'] = 'A cli for everything: the cli, the cli, the cli.'
    const previous = new Map(first.records.map(r => [`id:${r.result.id}`, r.result]))
    const records: BatchRecord[] = []
    const octokit = fakeOctokit(github.url)
    const counts = await runBatch(
      names.map(toRef),
      { octokit, classifier, selection, onRecord: r => void records.push(r) },
      { concurrency: 2, previous }
    )
    expect(counts).toEqual({ tagged: 1, unchanged: 11, skipped: 0, failed: 0, changed: false })
    expect(records.filter(r => !r.resumed).map(r => r.result.repository)).toEqual(['acme/repo-4'])
    expect(records.find(r => r.result.repository === 'acme/repo-0')!.result).toBe(previous.get('id:5000'))
  })

  it('turns each failing repository into a result with error, and goes on', async () => {
    const all = repos(6)
    all[1]!.files = {}
    all[1]!.description = ''
    all[2]!.files = {}
    github = await startFakeGitHub({ repos: all, writeToken: 'writer' })
    const octokit = fakeOctokit(github.url)
    const writer = fakeOctokit(github.url, 'writer')
    const records: BatchRecord[] = []
    const refs = [...all.map(r => `acme/${r.name}`), 'acme/gone'].map(toRef)
    all[3]!.topics = Array.from({ length: 20 }, (_, i) => `t${i}`)
    const counts = await runBatch(
      refs,
      { octokit, classifier, selection, onRecord: r => void records.push(r) },
      { concurrency: 4, topics: { octokit: writer, mode: 'merge', dryRun: false } }
    )
    const by = (name: string) => records.find(r => r.result.repository === `acme/${name}`)!
    expect(records).toHaveLength(7)
    expect(by('repo-1').result.error).toBeUndefined()
    expect(by('repo-1').result.skipped).toMatch(/neither a README nor a description/)
    expect(by('repo-1').outcome).toBe('skipped')
    expect(by('repo-1').warnings).toEqual([
      expect.stringMatching(/acme\/repo-1 has neither a README nor a description/)
    ])
    expect(by('repo-2').warnings).toEqual(['acme/repo-2 has no README; tagged from its description alone.'])
    expect(by('repo-3').result.error).toMatch(/would give 21 topics, but GitHub allows 20/)
    expect(by('gone').result).toMatchObject({
      id: null,
      tags: [],
      error: expect.stringMatching(/acme\/gone: repository not found/)
    })
    expect(counts.failed).toBe(2)
    expect(counts.skipped).toBe(1)
    expect(counts.tagged + counts.unchanged).toBe(4)
  })

  it('tags a named archived repository but leaves its topics alone (GitHub keeps it read-only)', async () => {
    const all = repos(2)
    all[0]!.archived = true
    github = await startFakeGitHub({ repos: all })
    const { counts, records } = await collect(github, ['acme/repo-0', 'acme/repo-1'], 2)
    const archived = records.find(r => r.result.repository === 'acme/repo-0')!
    expect(archived.result.error).toBeUndefined()
    expect(archived.result.tags).toEqual(['database'])
    expect(archived.warnings).toEqual([expect.stringMatching(/acme\/repo-0 is archived.*topics are left as they are/)])
    expect(all[0]!.topics).toEqual(['keep-me'])
    expect(counts).toMatchObject({ failed: 0, tagged: 2, unchanged: 0 })
    expect(github.count().writes).toBe(1)
  })

  it('previews in a dry run: plans and counts changes, writes nothing', async () => {
    const all = repos(3)
    github = await startFakeGitHub({ repos: all })
    const octokit = fakeOctokit(github.url)
    const records: BatchRecord[] = []
    const counts = await runBatch(
      all.map(r => toRef(`acme/${r.name}`)),
      { octokit, classifier, selection, onRecord: r => void records.push(r), read: readRepositories },
      { concurrency: 2, topics: { octokit, mode: 'replace', dryRun: true } }
    )
    expect(counts).toEqual({ tagged: 3, unchanged: 0, skipped: 0, failed: 0, changed: true })
    expect(github.count().writes).toBe(0)
    expect(all[0]!.topics).toEqual(['keep-me'])
    expect(records.find(r => r.result.repository === 'acme/repo-0')!.topics).toEqual({
      before: ['keep-me'],
      after: ['database'],
      changed: true
    })
  })

  it('re-checks the topics of a reused result: topics changed by hand since are written again', async () => {
    const all = repos(4)
    github = await startFakeGitHub({ repos: all })
    const names = all.map(r => `acme/${r.name}`)
    const first = await collect(github, names, 2)
    const previous = new Map(first.records.map(r => [`repo:${r.result.repository}`, r.result]))
    all[1]!.topics = ['by-hand']
    const octokit = fakeOctokit(github.url)
    const records: BatchRecord[] = []
    const counts = await runBatch(
      names.map(toRef),
      { octokit, classifier, selection, onRecord: r => void records.push(r) },
      { concurrency: 2, previous, topics: { octokit, mode: 'merge', dryRun: false } }
    )
    expect(records.every(r => r.resumed)).toBe(true)
    expect(counts).toEqual({ tagged: 1, unchanged: 3, skipped: 0, failed: 0, changed: true })
    expect(all[1]!.topics).toEqual(['by-hand', 'cli'])
  })

  it('with topics-mode replace and no tag chosen, sends nothing and warns: topics are never cleared', async () => {
    const all = repos(2)
    all[0]!.files = { 'README.md': 'Nothing here matches any tag at all.' }
    all[0]!.topics = ['precious']
    github = await startFakeGitHub({ repos: all })
    const octokit = fakeOctokit(github.url)
    const records: BatchRecord[] = []
    const counts = await runBatch(
      all.map(r => toRef(`acme/${r.name}`)),
      { octokit, classifier, selection, onRecord: r => void records.push(r) },
      { concurrency: 2, topics: { octokit, mode: 'replace', dryRun: false } }
    )
    const bare = records.find(r => r.result.repository === 'acme/repo-0')!
    expect(bare.result.tags).toEqual([])
    expect(bare.warnings).toEqual([
      expect.stringMatching(/No tag was chosen for acme\/repo-0, so topics-mode "replace" sent nothing/)
    ])
    expect(bare.outcome).toBe('unchanged')
    expect(all[0]!.topics).toEqual(['precious'])
    expect(github.state.calls.filter(c => c.method === 'PUT').map(c => c.path)).toEqual(['/repos/acme/repo-1/topics'])
    expect(counts).toMatchObject({ tagged: 1, unchanged: 1, failed: 0 })
  })

  it('after a 403 on a topics write, plans the other repositories and sends no more writes', async () => {
    const all = repos(8)
    github = await startFakeGitHub({ repos: all, writeToken: 'admin' })
    const octokit = fakeOctokit(github.url)
    const records: BatchRecord[] = []
    const counts = await runBatch(
      all.map(r => toRef(`acme/${r.name}`)),
      { octokit, classifier, selection, onRecord: r => void records.push(r) },
      { concurrency: 2, graphqlBatch: 4, topics: { octokit, mode: 'merge', dryRun: false } }
    )
    const puts = github.state.calls.filter(c => c.method === 'PUT')
    // At most the writes already under way (concurrency 2) meet the refusal.
    expect(puts.length).toBeGreaterThanOrEqual(1)
    expect(puts.length).toBeLessThanOrEqual(2)
    const refused = records.filter(r => r.write === 'refused')
    expect(refused).toHaveLength(puts.length)
    expect(refused[0]!.result.error).toMatch(/Administration: write/)
    const planned = records.filter(r => r.write === 'planned')
    expect(planned).toHaveLength(8 - puts.length)
    expect(planned.every(r => r.topics?.changed && r.result.error === undefined)).toBe(true)
    expect(counts).toMatchObject({ failed: puts.length, tagged: 8 - puts.length, changed: false })
  })

  it('takes only a 403 that is neither a rate limit nor an archived repository for a refused permission', () => {
    const httpError = (message: string, headers: Record<string, string> = {}) =>
      Object.assign(new Error(message), { name: 'HttpError', status: 403, response: { headers } })
    const ref = { owner: 'acme', repo: 'a' }
    expect(explainTopicsError(httpError('Resource not accessible by integration'), ref)).toBeInstanceOf(
      TopicsRefusedError
    )
    expect(explainTopicsError(httpError('Repository was archived so is read-only.'), ref)).not.toBeInstanceOf(
      TopicsRefusedError
    )
    expect(
      explainTopicsError(httpError('API rate limit exceeded', { 'x-ratelimit-remaining': '0' }), ref)
    ).not.toBeInstanceOf(TopicsRefusedError)
  })

  it('stops after two GraphQL queries in a row got no answer within their time limit, not hours later', async () => {
    const silent = await startSilentServer()
    try {
      const octokit = createOctokit({
        token: 't',
        baseUrl: silent.url,
        retryAfterBaseValue: 1,
        timeLimits: { restMs: 100, graphqlMs: 100 },
        limiters: { write: new Bottleneck.Group({ maxConcurrent: 16, minTime: 0 }) }
      })
      const records: BatchRecord[] = []
      const started = Date.now()
      const run = runBatch(
        repos(6).map(r => toRef(`acme/${r.name}`)),
        { octokit, classifier, selection, onRecord: r => void records.push(r) },
        { concurrency: 2, graphqlBatch: 2 }
      )
      await expect(run).rejects.toThrow(/GitHub did not answer 2 GraphQL queries in a row within their time limit/)
      // The first chunk is reported failed; the third is never read.
      expect(records.map(r => r.result.error).sort()).toEqual([
        expect.stringMatching(/acme\/repo-0: GitHub did not answer POST .*\/graphql within 0\.1 s/),
        expect.stringMatching(/acme\/repo-1: /)
      ])
      expect(Date.now() - started).toBeLessThan(10_000)
    } finally {
      await silent.close()
    }
  })

  it('stops on bad credentials instead of failing every repository one by one', async () => {
    github = await startFakeGitHub({ repos: repos(60) })
    const records: BatchRecord[] = []
    const run = runBatch(
      repos(60).map(r => toRef(`acme/${r.name}`)),
      { octokit: fakeOctokit(github.url, 'wrong'), classifier, selection, onRecord: r => void records.push(r) },
      { concurrency: 2, graphqlBatch: 10 }
    )
    await expect(run).rejects.toThrow(/GitHub refused the token \(401/)
    expect(records).toHaveLength(0)
    expect(github.count().graphql).toBeLessThanOrEqual(3)
  })
})
