import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TagResult } from '../src/result.js'
import { runInProcess } from './fixtures/action-runner.js'
import { startFakeArtifactService, type FakeArtifactService } from './fixtures/fake-artifact-service.js'
import { startFakeGitHub, type FakeGitHub, type FakeRepo } from './fixtures/fake-github-graphql.js'
import { DATABASE_EXAMPLES, PIXEL_EXAMPLES, PIXEL_SAYS_DATABASE, TAGS } from './fixtures/examples/readmes.js'
import { runCliCaptured } from './helpers/cli.js'
import { assertValidResult } from './helpers/schema.js'

const repo = (name: string, id: number, readme: string, topics: string[]): FakeRepo => ({
  owner: 'acme',
  name,
  id,
  description: null,
  topics,
  files: { 'README.md': readme }
})

/** An organisation where people tagged five repositories (with other topics too) and left one untagged. */
const organisation = (): FakeRepo[] => [
  ...PIXEL_EXAMPLES.map((readme, i) => repo(`px${i}`, 10 + i, readme, ['pixel-art-tools', 'retro'])),
  ...DATABASE_EXAMPLES.map((readme, i) => repo(`db${i}`, 20 + i, readme, ['database'])),
  repo('forge', 30, PIXEL_SAYS_DATABASE, [])
]

const lines = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map(line => JSON.parse(line) as TagResult)
const first = (results: TagResult[], name: string) => results.find(r => r.repository === `acme/${name}`)?.scores[0]

describe('learn-from-topics', () => {
  let github: FakeGitHub
  let env: Record<string, string>
  beforeEach(async () => {
    github = await startFakeGitHub({ orgs: ['acme'], repos: organisation() })
    env = { GITHUB_TOKEN: 'test-token', GITHUB_API_URL: github.url }
  })
  afterEach(async () => github.close())

  it('lets the tagged repositories of an organisation teach a tag to an untagged one (CLI)', async () => {
    const args = ['batch', '--tags', TAGS, '--repositories', 'org:acme']
    const without = await runCliCaptured(args, '', env)
    expect(first(lines(without.stdout), 'forge')?.name).not.toBe('Pixel Art Tools')

    const run = await runCliCaptured([...args, '--learn-from-topics'], '', env)
    expect(run.code).toBe(0)
    const results = lines(run.stdout)
    expect(results).toHaveLength(6)
    expect(first(results, 'forge')).toMatchObject({ name: 'Pixel Art Tools', evidence: [{ where: 'examples' }] })
    expect(run.stderr).toMatch(
      /Learned from the topics of 5 repositories; examples per tag: Pixel Art Tools 3, database 2/
    )
    for (const result of results) {
      assertValidResult(result)
      for (const score of result.scores) expect(['Pixel Art Tools', 'database', 'cli']).toContain(score.name)
    }
    // The examples are still tagged; a chosen tag a person had given is marked for the next run.
    expect(first(results, 'px0')?.evidence).toContainEqual({ text: 'also a topic a person gave', where: 'examples' })
  })

  it('does not learn from topics the tool chose itself last time, unless a person had given them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'learn-topics-'))
    const file = join(dir, 'results.jsonl')
    const earlier = (name: string, id: number, evidence: TagResult['scores'][number]['evidence']): TagResult => ({
      id: String(id),
      tags: ['Pixel Art Tools'],
      repository: `acme/${name}`,
      scores: [{ name: 'Pixel Art Tools', score: 1, evidence }],
      provider: 'local',
      model: null,
      usage: null,
      fingerprint: 'f'.repeat(64)
    })
    // px0's topic was the tool's own answer; px1's was a person's that the tool agreed with.
    writeFileSync(
      file,
      [
        earlier('px0', 10, [{ text: 'sprite', where: 'opening' }]),
        earlier('px1', 11, [{ text: 'also a topic a person gave', where: 'examples' }])
      ]
        .map(result => JSON.stringify(result))
        .join('\n')
    )
    const run = await runCliCaptured(
      ['batch', '--tags', TAGS, '--repositories', 'org:acme', '--learn-from-topics', '--result-file', file],
      '',
      env
    )
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(
      /Learned from the topics of 4 repositories; examples per tag: database 2, Pixel Art Tools 2/
    )
  })

  describe('in the action', () => {
    let artifacts: FakeArtifactService
    beforeEach(async () => {
      artifacts = await startFakeArtifactService()
    })
    afterEach(async () => artifacts.close())

    it('tags the untagged repository from the examples and says per tag how many there were', async () => {
      const run = await runInProcess(
        { tags: TAGS, 'github-token': 'test-token', repositories: 'org:acme', 'learn-from-topics': 'true' },
        { GITHUB_REPOSITORY: 'acme/self', GITHUB_API_URL: github.url, ...artifacts.env() }
      )
      expect(run.exitCode).toBe(0)
      expect(run.summary).toMatch(
        /\| Tag \| Examples \|\n\| --- \| --- \|\n\| Pixel Art Tools \| 3 \|\n\| database \| 2 \|\n\| cli \| 0 \|/
      )
      expect(run.summary).toMatch(/\| acme\/forge \| Pixel Art Tools/)
    })
  })
})
