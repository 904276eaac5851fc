/**
 * The bundled action (dist/index.js) run as the runner runs it: a child process with INPUT_* variables,
 * GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and RUNNER_TEMP, against a fake GitHub and a fake artifact service.
 * dist/ must be fresh: .ci/run builds before testing (or run `npm run build`).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { normalizeTagName } from '../src/tags/normalize.js'
import { runBundledAction, type StepRun } from './fixtures/action-runner.js'
import { startFakeArtifactService, type FakeArtifactService } from './fixtures/fake-artifact-service.js'
import { startFakeGitHub, type FakeGitHub } from './fixtures/fake-github.js'
import { requestSchema } from './fixtures/openapi.js'
import { assertValidResult } from './helpers/schema.js'
import { Ajv } from 'ajv'

const FIXTURES = new URL('./fixtures/action/', import.meta.url).pathname
const README = readFileSync(join(FIXTURES, 'README.md'), 'utf8')
const TAGS = readFileSync(join(FIXTURES, 'tags.json'), 'utf8')
const LIST_TOPICS = new Set((JSON.parse(TAGS) as { name: string }[]).map(tag => normalizeTagName(tag.name)))
const DESCRIPTION = 'Query SQLite databases from your terminal'
/** Current topics: two outside the tag list, two the list manages. */
const CURRENT = ['awesome', 'cli', 'hacktoberfest', 'machine-learning']

let github: FakeGitHub
let artifacts: FakeArtifactService
const validTopicsBody = new Ajv({ strict: false }).compile(
  requestSchema('PUT', '/repos/{owner}/{repo}/topics') as object
)

beforeAll(async () => {
  github = await startFakeGitHub(
    ['merge', 'replace', 'dry', 'denied'].map((name, i) => ({
      id: 500 + i,
      fullName: `octo/${name}`,
      description: DESCRIPTION,
      topics: [...CURRENT],
      readme: README
    }))
  )
  artifacts = await startFakeArtifactService()
})
afterAll(async () => {
  await github.close()
  await artifacts.close()
})
afterEach(() => {
  expect(github.violations).toEqual([])
  expect(artifacts.violations).toEqual([])
})

function step(repo: string, inputs: Record<string, string>): Promise<StepRun> {
  return runBundledAction(
    {
      tags: TAGS,
      'github-token': 'read-token',
      'topics-token': 'admin-token',
      output: 'topics,artifact',
      'artifact-name': `tags-${repo}-${Date.now()}`,
      ...inputs
    },
    { GITHUB_REPOSITORY: `octo/${repo}`, GITHUB_API_URL: github.url, ...artifacts.env() }
  )
}

function putBodies(repo: string): unknown[] {
  return github.calls('PUT', `/repos/octo/${repo}/topics`).map(request => request.body)
}

/** The chosen tags from the outputs, checked against what the README is about. */
function chosenTopics(run: StepRun): string[] {
  const tags = JSON.parse(run.outputs.tags!) as string[]
  expect(tags[0]).toBe('Database')
  expect(tags.every(tag => tag === 'Database' || tag === 'CLI')).toBe(true)
  return tags.map(normalizeTagName)
}

/** The uploaded zip's result, checked against the result file and the schema. */
function uploadedResult(run: StepRun, name: string): unknown {
  const zip = artifacts.artifacts.get(name)?.content
  expect(zip, `artifact ${name}`).toBeDefined()
  const files = unzipSync(new Uint8Array(zip!))
  const result: unknown = JSON.parse(strFromU8(files['readme-tags.json']!))
  assertValidResult(result)
  expect(result).toEqual(JSON.parse(readFileSync(run.outputs['result-file']!, 'utf8')))
  expect(result).toEqual(JSON.parse(run.outputs.result!))
  return result
}

describe('dist/index.js as a workflow step', () => {
  it('merge: keeps topics outside the list in order, then the chosen tags best first; a second run sends nothing', async () => {
    const name = `merge-${Date.now()}`
    const run = await step('merge', { 'topics-mode': 'merge', 'artifact-name': name })
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    const chosen = chosenTopics(run)
    const expected = [...CURRENT.filter(topic => !LIST_TOPICS.has(topic)), ...chosen]
    expect(putBodies('merge')).toEqual([{ names: expected }])
    expect(validTopicsBody(putBodies('merge')[0])).toBe(true)
    expect(github.calls('PUT', '/repos/octo/merge/topics')[0]?.authorization).toBe('token admin-token')
    expect(github.calls('GET', '/repos/octo/merge/readme')[0]?.authorization).toBe('token read-token')
    expect(run.outputs).toMatchObject({ topics: JSON.stringify(expected), changed: 'true' })
    expect(uploadedResult(run, name)).toMatchObject({ id: '500', repository: 'octo/merge' })
    expect(run.outputs['result-file']).toBe(join(run.runnerTemp, 'readme-tags.json'))
    expect(run.summary).toContain('### Topics (merge)')
    expect(run.summary).toContain(`| Before | ${CURRENT.map(t => `\`${t}\``).join(' ')} |`)
    expect(run.summary).toContain('Written.')

    const again = await step('merge', { 'topics-mode': 'merge' })
    expect(again.exitCode).toBe(0)
    expect(putBodies('merge')).toHaveLength(1)
    expect(again.outputs).toMatchObject({ topics: JSON.stringify(expected), changed: 'false' })
    expect(again.summary).toContain('Unchanged: nothing was sent.')
  })

  it('replace: writes exactly the chosen tags', async () => {
    const run = await step('replace', { 'topics-mode': 'replace' })
    expect(run.exitCode).toBe(0)
    const chosen = chosenTopics(run)
    expect(putBodies('replace')).toEqual([{ names: chosen }])
    expect(run.outputs).toMatchObject({ topics: JSON.stringify(chosen), changed: 'true' })
  })

  it('dry-run: sends no PUT, reports the change it would make', async () => {
    const run = await step('dry', { 'topics-mode': 'replace', 'dry-run': 'true' })
    expect(run.exitCode).toBe(0)
    expect(putBodies('dry')).toEqual([])
    expect(run.outputs).toMatchObject({ topics: JSON.stringify(chosenTopics(run)), changed: 'true' })
    expect(github.repos.get('octo/dry')!.topics).toEqual(CURRENT)
    expect(run.summary).toContain('Dry run: these topics would be written; nothing was sent.')
  })

  it('403 on topics: the artifact is still written, then the step fails with the explanation', async () => {
    github.failures = { putTopics: { status: 403, message: 'Resource not accessible by integration' } }
    const name = `denied-${Date.now()}`
    try {
      const run = await step('denied', { 'artifact-name': name })
      expect(run.exitCode).toBe(1)
      expect(putBodies('denied')).toHaveLength(1)
      expect(run.errors).toHaveLength(1)
      expect(run.errors[0]).toMatch(/Cannot set the topics of octo\/denied: GitHub answered 403/)
      expect(run.errors[0]).toMatch(
        /Administration: write .* fine-grained personal access token or a GitHub App token/s
      )
      expect(run.errors[0]).toMatch(/GITHUB_TOKEN cannot set topics/)
      uploadedResult(run, name)
      expect(run.outputs).toMatchObject({ topics: JSON.stringify(CURRENT), changed: 'false' })
      expect(run.summary).toContain('**Not written:** Cannot set the topics')
      expect(run.stdout).not.toMatch(/\n\s+at /)
    } finally {
      github.failures = {}
    }
  })
})
