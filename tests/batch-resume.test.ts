import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runBatchAction, type BatchActionInputs } from '../src/action/batch.js'
import { parseBatchInputs } from '../src/batch/action-inputs.js'
import type { ActionsCacheApi } from '../src/cache/actions.js'
import type { Classifier } from '../src/classify/types.js'
import { createOfflineClassifier } from '../src/classify/offline/index.js'
import { parseTagList } from '../src/tags/parse.js'
import type { TagResult } from '../src/result.js'
import { fakeOctokit, startFakeGitHub, type FakeGitHub, type FakeRepo } from './fixtures/fake-github-graphql.js'

/** @actions/cache's two calls over a folder: immutable keys, restore by exact key or newest prefix match. */
function folderCache(dir: string): ActionsCacheApi & { keys: string[] } {
  const keys: string[] = []
  return {
    keys,
    async restoreCache(paths, primaryKey, restoreKeys = []) {
      const key = keys.includes(primaryKey)
        ? primaryKey
        : [...keys].reverse().find(k => restoreKeys.some(prefix => k.startsWith(prefix)))
      if (key === undefined) return undefined
      copyFileSync(join(dir, encodeURIComponent(key)), paths[0]!)
      return key
    },
    async saveCache(paths, key) {
      if (keys.includes(key)) throw new Error(`Unable to reserve cache with key ${key}: another job may be creating it`)
      copyFileSync(paths[0]!, join(dir, encodeURIComponent(key)))
      keys.push(key)
      return keys.length
    }
  }
}

/** The offline classifier, counting the READMEs it is asked about. */
function countingClassifier(): Classifier & { calls: number } {
  const inner = createOfflineClassifier(parseTagList('database, cli', 'tags'))
  const counting = {
    ...inner,
    calls: 0,
    classify: (input: Parameters<Classifier['classify']>[0], options: Parameters<Classifier['classify']>[1]) => {
      counting.calls += 1
      return inner.classify(input, options)
    }
  }
  return counting
}

const INPUTS: BatchActionInputs = {
  maxTags: 3,
  minScore: 0.3,
  relativeCut: 0.5,
  output: { topics: false, artifact: false },
  topicsMode: 'merge',
  dryRun: false,
  artifactName: 'tags',
  retentionDays: undefined
}

describe('resuming the action from the Actions cache', () => {
  let github: FakeGitHub | undefined
  afterEach(async () => github?.close())

  it('re-tags only what changed, and after a cancellation only what is left', async () => {
    const repos: FakeRepo[] = Array.from({ length: 6 }, (_, i) => ({
      owner: 'acme',
      name: `r${i}`,
      id: 10 + i,
      description: null,
      topics: [],
      files: { 'README.md': i % 2 ? 'A cli; the cli.' : 'A database; the database.' }
    }))
    github = await startFakeGitHub({ repos, orgs: ['acme'] })
    const dir = mkdtempSync(join(tmpdir(), 'resume-'))
    const cache = folderCache(mkdtempSync(join(tmpdir(), 'cache-')))
    const batch = parseBatchInputs(
      (name: string) => ({ repositories: 'org:acme', 'result-file': join(dir, 'r.jsonl') })[name] ?? '',
      {}
    )!
    const log = { info: () => undefined, warning: () => undefined }
    const unexpected = () => Promise.reject(new Error('no artifact call expected: output has no "artifact"'))
    const artifacts = { uploadArtifact: unexpected, listArtifacts: unexpected, downloadArtifact: unexpected }
    const run = (runId: string, classifier: Classifier, signal?: AbortSignal) =>
      runBatchAction(
        INPUTS,
        { ...batch, concurrency: 1 },
        {
          reader: fakeOctokit(github!.url),
          writer: fakeOctokit(github!.url),
          classifier,
          log,
          artifacts,
          cache,
          env: { GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: '1' },
          ...(signal ? { signal } : {})
        }
      )
    const lines = () =>
      readFileSync(join(dir, 'r.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map(line => JSON.parse(line) as TagResult)

    const first = countingClassifier()
    expect((await run('100', first)).outputs).toMatchObject({ tagged: '6', unchanged: '0' })
    expect(first.calls).toBe(6)
    expect(cache.keys).toEqual(['readme-tagger-results-v1-tags-1of1-100-1'])

    // A week later: one README changed, one repository deleted.
    repos[2]!.files['README.md'] = 'A cli now: the cli.'
    github.state.byName.delete('acme/r5')
    github.state.options.repos.pop()
    const second = countingClassifier()
    expect((await run('200', second)).outputs).toMatchObject({ tagged: '1', unchanged: '4', failed: '0' })
    expect(second.calls).toBe(1)
    expect(
      lines()
        .map(r => `${r.repository}:${JSON.stringify(r.tags)}`)
        .sort()
    ).toEqual(['acme/r0:["database"]', 'acme/r1:["cli"]', 'acme/r2:["cli"]', 'acme/r3:["cli"]', 'acme/r4:["database"]'])

    // Cancelled after two repositories: what was done is cached, and the re-run does the rest.
    for (const repo of repos.slice(0, 5)) repo.files['README.md'] += ' Changed.'
    const controller = new AbortController()
    const third = countingClassifier()
    const cancelling: Classifier = {
      ...third,
      classify: async (input, options) => {
        if (third.calls === 1) controller.abort()
        return third.classify(input, options)
      }
    }
    await expect(run('300', cancelling, controller.signal)).rejects.toThrow(
      /^Cancelled after tagged 2, unchanged 0, skipped 0, failed 0 of 5 repositories/
    )
    expect(cache.keys.at(-1)).toBe('readme-tagger-results-v1-tags-1of1-300-1')
    const fourth = countingClassifier()
    expect((await run('301', fourth)).outputs).toMatchObject({ tagged: '3', unchanged: '2' })
    expect(fourth.calls).toBe(3)
    expect(lines()).toHaveLength(5)
    expect(existsSync(join(dir, 'r.jsonl.compact'))).toBe(false)
  })
})
