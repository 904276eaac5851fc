import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { runInProcess } from './fixtures/action-runner.js'
import { startFakeArtifactService, type FakeArtifactService } from './fixtures/fake-artifact-service.js'
import { startFakeGitHub, type FakeGitHub, type FakeRepo } from './fixtures/fake-github.js'
import { assertValidResult } from './helpers/schema.js'

const FIXTURES = new URL('./fixtures/action/', import.meta.url).pathname
const README = readFileSync(join(FIXTURES, 'README.md'), 'utf8')
const TAGS = readFileSync(join(FIXTURES, 'tags.json'), 'utf8')

const REPOS: FakeRepo[] = [
  {
    id: 7001,
    fullName: 'octo/quarry',
    description: 'Query SQLite databases from your terminal',
    topics: ['awesome', 'cli'],
    readme: README
  },
  {
    id: 7002,
    fullName: 'octo/no-readme',
    description: 'A SQL database client for the terminal',
    topics: [],
    readme: null
  },
  { id: 7003, fullName: 'octo/empty', description: null, topics: ['keep'], readme: null },
  {
    id: 7004,
    fullName: 'octo/crowded',
    description: 'SQLite shell',
    topics: Array.from({ length: 20 }, (_, i) => `topic-${i + 1}`),
    readme: README
  }
]

let github: FakeGitHub
let artifacts: FakeArtifactService

beforeAll(async () => {
  github = await startFakeGitHub(REPOS)
  artifacts = await startFakeArtifactService()
})
afterAll(async () => {
  await github.close()
  await artifacts.close()
})
beforeEach(() => {
  github.failures = {}
})
afterEach(() => {
  expect(github.violations).toEqual([])
  expect(artifacts.violations).toEqual([])
})

let runNumber = 0
/** A step in a workflow of octo/quarry, with the fakes as GitHub and its artifact service. */
function step(inputs: Record<string, string>, extra: Record<string, string> = {}) {
  runNumber += 1
  return runInProcess(
    { tags: TAGS, 'github-token': 'read-token', 'artifact-name': `readme-tags-${runNumber}`, ...inputs },
    { GITHUB_REPOSITORY: 'octo/quarry', GITHUB_API_URL: github.url, ...artifacts.env(), ...extra }
  )
}

function puts(repo: string) {
  return github.calls('PUT', `/repos/${repo}/topics`)
}

describe('the action, in process', () => {
  it('tags the workflow repository and uploads the result artifact by default, writing no topics', async () => {
    const run = await step({})
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    const tags = JSON.parse(run.outputs.tags!) as string[]
    expect(tags[0]).toBe('Database')
    const result = JSON.parse(run.outputs.result!) as Record<string, unknown>
    assertValidResult(result)
    expect(result).toMatchObject({ id: '7001', repository: 'octo/quarry', provider: 'local' })
    expect(JSON.parse(readFileSync(run.outputs['result-file']!, 'utf8'))).toEqual(result)
    expect(run.outputs['result-file']).toBe(join(run.runnerTemp, 'readme-tags.json'))
    expect(run.outputs.topics).toBe('["awesome","cli"]')
    expect(run.outputs.changed).toBe('false')
    expect(puts('octo/quarry')).toHaveLength(0)

    const zip = artifacts.artifacts.get(`readme-tags-${runNumber}`)?.content
    expect(zip).toBeDefined()
    expect(JSON.parse(strFromU8(unzipSync(new Uint8Array(zip!))['readme-tags.json']!))).toEqual(result)

    expect(run.summary).toContain('## readme-tagger: octo/quarry')
    expect(run.summary).toMatch(
      /\| Database \| [\d.]+ \| “[^”]+” \((description|opening|title|body), (alias|lexicon|name)\)/
    )
  })

  it('masks every secret input', async () => {
    const run = await step({ 'topics-token': 'write-token', 'api-key': 'sk-secret', model: 'some-model' })
    for (const secret of ['read-token', 'write-token', 'sk-secret'])
      expect(run.stdout).toContain(`::add-mask::${secret}`)
    expect(run.warnings).toContain('model is ignored when provider is "local".')
  })

  it('tags from the description with a warning when there is no README', async () => {
    const run = await step({ repository: 'octo/no-readme' })
    expect(run.exitCode).toBe(0)
    expect(run.warnings).toContain('octo/no-readme has no README: tagging from its description alone.')
    expect(JSON.parse(run.outputs.tags!)).toContain('Database')
  })

  it('skips a repository with neither README nor description: a warning, no topics touched, no stack trace', async () => {
    const run = await step({ repository: 'octo/empty', output: 'topics,artifact', 'topics-mode': 'replace' })
    expect(run.exitCode).toBe(0)
    expect(run.warnings).toEqual(['Nothing to tag: octo/empty has neither a README nor a description.'])
    expect(run.outputs.tags).toBe('[]')
    expect(run.outputs.topics).toBe('["keep"]')
    expect(puts('octo/empty')).toHaveLength(0)
    expect(run.stdout).not.toMatch(/\n\s+at /)
    const result = JSON.parse(run.outputs.result!) as { skipped?: string; error?: string }
    expect(result.skipped).toBe('Nothing to tag: octo/empty has neither a README nor a description.')
    expect(result.error).toBeUndefined()
  })

  it('refuses an over-full merge but still writes the result', async () => {
    const run = await step({ repository: 'octo/crowded', output: 'topics,artifact' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(
      /topics-mode "merge" would give 2[12] topics, but GitHub allows 20.*topics-mode: replace/s
    )
    expect(puts('octo/crowded')).toHaveLength(0)
    expect(existsSync(run.outputs['result-file']!)).toBe(true)
    expect(run.outputs.changed).toBe('false')
    expect(run.summary).toMatch(/\*\*Not written:\*\* topics-mode "merge" would give/)
  })

  it('keeps the file and warns where the runner has no artifact service', async () => {
    const run = await step({}, { ACTIONS_RUNTIME_TOKEN: '', ACTIONS_RESULTS_URL: '' })
    expect(run.exitCode).toBe(0)
    expect(run.warnings[0]).toMatch(/not uploaded as an artifact: the runner gives no artifact service.*kept in/s)
    expect(existsSync(run.outputs['result-file']!)).toBe(true)
    expect(run.summary).toMatch(/Artifact `readme-tags-\d+` not uploaded/)
  })

  it('fails clearly when the artifact name is already used in the run, still setting the outputs', async () => {
    await step({ 'artifact-name': 'taken' })
    const run = await step({ 'artifact-name': 'taken' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(/artifact-name "taken" is already used .*Set artifact-name to another name/s)
    expect(JSON.parse(run.outputs.tags!)).toContain('Database')
    expect(existsSync(run.outputs['result-file']!)).toBe(true)
  })

  it('writes only the result file with output: topics', async () => {
    const before = artifacts.steps.length
    const file = join(mkdtempSync(join(tmpdir(), 'result-')), 'nested/dir/out.json')
    const run = await step({ output: 'topics', 'dry-run': 'true', 'result-file': file })
    expect(run.exitCode).toBe(0)
    expect(artifacts.steps.length).toBe(before)
    expect(run.outputs['result-file']).toBe(file)
    expect(existsSync(run.outputs['result-file']!)).toBe(true)
  })

  it('fails with one clear line on bad inputs, before any request', async () => {
    const before = github.requests.length
    const cases: [Record<string, string>, RegExp][] = [
      [{ 'tags-file': 'tags.json' }, /Both "tags" and "tags-file" are set/],
      [
        { tags: '', 'tags-file': 'missing/tags.yml' },
        /cannot read "missing\/tags.yml".*add an actions\/checkout step.*"tags"/s
      ],
      [{ 'max-tags': '0' }, /max-tags must be an integer from 1 to 20/],
      [{ output: 'both' }, /output must be "artifact", "topics" or "topics,artifact"; got "both"/],
      [{ 'topics-mode': 'append' }, /topics-mode must be one of "merge", "replace"/],
      [{ 'dry-run': 'yes' }, /dry-run must be "true" or "false"/],
      [{ 'retention-days': '120' }, /retention-days must be a whole number of days from 1 to 90/],
      [{ repository: 'just-a-name' }, /repository must be owner\/name/],
      [{ 'result-file': tmpdir() }, /^result-file ".*" is a folder: give a file path/],
      [{ 'artifact-name': 'readme-tags-octo/quarry' }, /artifact-name "readme-tags-octo\/quarry" cannot contain "\/"/],
      [{ provider: 'gpt' }, /provider must be one of "local", "openai"/]
    ]
    for (const [inputs, message] of cases) {
      const run = await step(inputs)
      expect(run.exitCode, JSON.stringify(inputs)).toBe(1)
      expect(run.errors, JSON.stringify(inputs)).toHaveLength(1)
      expect(run.errors[0]).toMatch(message)
    }
    expect(github.requests.length).toBe(before)
  })

  it('names the repository and contents: read when it cannot be read', async () => {
    const run = await step({ repository: 'octo/private' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(/Cannot read the repository of octo\/private: GitHub answered 404.*`contents: read`/s)
  })
})
