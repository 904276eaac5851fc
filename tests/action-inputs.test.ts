import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { parse } from 'yaml'
import { getInputs, parseOutput, parseRepository, parseRetentionDays } from '../src/inputs.js'

interface ActionYml {
  runs: { using: string; main: string }
  branding: { icon: string; color: string }
  inputs: Record<string, { description: string; required: boolean; default: unknown }>
  outputs: Record<string, { description: string }>
}
const action = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as ActionYml

/** Set inputs as the runner does (INPUT_<NAME>), clearing any others. */
function setInputs(inputs: Record<string, string>): void {
  for (const name of Object.keys(action.inputs)) vi.stubEnv(`INPUT_${name.toUpperCase()}`, inputs[name] ?? '')
}

beforeEach(() => {
  vi.stubEnv('GITHUB_REPOSITORY', 'octo/self')
  vi.stubEnv('RUNNER_TEMP', '/runner/tmp')
  vi.stubEnv('GITHUB_TOKEN', '')
  // setSecret writes ::add-mask:: to stdout; keep the test output clean.
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
})
afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

describe('action.yml', () => {
  it('runs on node24 from dist/index.js, with branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(action.branding.icon).toBeTruthy()
    expect(action.branding.color).toBeTruthy()
  })

  it('describes every input as optional with a string default, and every output', () => {
    for (const [name, spec] of Object.entries(action.inputs)) {
      expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(spec.description.length, name).toBeGreaterThan(20)
      expect(spec.required, name).toBe(false)
      expect(typeof spec.default, name).toBe('string')
    }
    expect(Object.keys(action.outputs).sort()).toEqual([
      'changed',
      'failed',
      'result',
      'result-file',
      'skipped',
      'tagged',
      'tags',
      'topics',
      'unchanged'
    ])
  })

  it('has the same defaults as the code: each default given explicitly changes nothing', () => {
    const base = { tags: 'cli', 'github-token': 'token' }
    setInputs(base)
    const implicit = getInputs()
    let checked = 0
    for (const [name, spec] of Object.entries(action.inputs)) {
      // An empty default is described as "Empty: `value`." when it stands for a fixed value.
      const value = String(spec.default) || /Empty: `([^`]+)`\.$/.exec(spec.description)?.[1] || ''
      if (value === '' || value.includes('${{') || name in base) continue
      setInputs({ ...base, [name]: value })
      const explicit = getInputs()
      expect({ ...explicit, provider: { ...explicit.provider, ignored: [] } }, `${name}: ${value}`).toEqual(implicit)
      checked += 1
    }
    expect(checked).toBeGreaterThanOrEqual(12)
  })

  it('sets no model input by default, so provider "local" warns only about inputs the user set', () => {
    setInputs(Object.fromEntries(Object.entries(action.inputs).map(([name, spec]) => [name, String(spec.default)])))
    vi.stubEnv('INPUT_TAGS', 'cli')
    vi.stubEnv('INPUT_GITHUB-TOKEN', 'token')
    expect(getInputs().provider.ignored).toEqual([])
  })
})

describe('getInputs', () => {
  it('applies every default in code when inputs are empty', () => {
    setInputs({ tags: 'cli, database', 'github-token': 'read' })
    const inputs = getInputs()
    expect(inputs).toMatchObject({
      maxTags: 3,
      repository: { owner: 'octo', repo: 'self' },
      githubToken: 'read',
      topicsToken: 'read',
      output: { topics: false, artifact: true },
      topicsMode: 'merge',
      dryRun: false,
      resultFile: '/runner/tmp/readme-tags.json',
      artifactName: 'readme-tags',
      retentionDays: undefined,
      apiKey: ''
    })
    expect(inputs.provider.provider).toBe('local')
    expect(inputs.tags.map(tag => tag.name)).toEqual(['cli', 'database'])
  })

  it('reads every input', () => {
    setInputs({
      'tags-file': new URL('./fixtures/action/tags.json', import.meta.url).pathname,
      'max-tags': '5',
      'min-score': '0.7',
      'relative-cut': '0.25',
      repository: 'other/repo',
      'github-token': 'read',
      'topics-token': 'admin',
      output: 'artifact, topics',
      'topics-mode': 'REPLACE',
      'dry-run': 'True',
      'result-file': 'out/tags.json',
      'artifact-name': 'tags-x',
      'retention-days': '7'
    })
    expect(getInputs()).toMatchObject({
      maxTags: 5,
      minScore: 0.7,
      relativeCut: 0.25,
      repository: { owner: 'other', repo: 'repo' },
      topicsToken: 'admin',
      output: { topics: true, artifact: true },
      topicsMode: 'replace',
      dryRun: true,
      resultFile: 'out/tags.json',
      artifactName: 'tags-x',
      retentionDays: 7
    })
  })

  it('reads the README at the merge commit in a pull_request run on the same repository only', () => {
    setInputs({ tags: 'cli', 'github-token': 't' })
    vi.stubEnv('GITHUB_SHA', 'f00d')
    vi.stubEnv('GITHUB_EVENT_NAME', 'push')
    expect(getInputs().readmeRef).toBeUndefined()
    vi.stubEnv('GITHUB_EVENT_NAME', 'pull_request')
    expect(getInputs().readmeRef).toBe('f00d')
    setInputs({ tags: 'cli', 'github-token': 't', repository: 'someone/else' })
    expect(getInputs().readmeRef).toBeUndefined()
  })

  it('falls back to GITHUB_TOKEN, and says what to do without any token', () => {
    setInputs({ tags: 'cli' })
    vi.stubEnv('GITHUB_TOKEN', 'from-env')
    expect(getInputs().githubToken).toBe('from-env')
    vi.stubEnv('GITHUB_TOKEN', '')
    expect(() => getInputs()).toThrow(/github-token is empty/)
  })

  it('masks the tokens and the API key', () => {
    const write = vi.mocked(process.stdout.write)
    setInputs({ tags: 'cli', 'github-token': 'secret-read', 'topics-token': 'secret-admin', 'api-key': 'sk-1' })
    getInputs()
    const printed = write.mock.calls.map(call => String(call[0])).join('')
    for (const secret of ['secret-read', 'secret-admin', 'sk-1']) expect(printed).toContain(`::add-mask::${secret}`)
  })
})

describe('input parsers', () => {
  it('parseRepository', () => {
    expect(parseRepository(' octo/hello.world ')).toEqual({ owner: 'octo', repo: 'hello.world' })
    expect(() => parseRepository('')).toThrow(/repository is empty and GITHUB_REPOSITORY is not set/)
    expect(() => parseRepository('https://github.com/octo/x')).toThrow(/repository must be owner\/name/)
    expect(() => parseRepository('octo/..')).toThrow(/owner\/name/)
  })

  it('parseOutput', () => {
    expect(parseOutput('')).toEqual({ topics: false, artifact: true })
    expect(parseOutput('topics')).toEqual({ topics: true, artifact: false })
    expect(parseOutput('topics,artifact')).toEqual({ topics: true, artifact: true })
    expect(() => parseOutput('topics,both')).toThrow(/output must be/)
  })

  it('parseRetentionDays', () => {
    expect(parseRetentionDays('')).toBeUndefined()
    expect(parseRetentionDays('90')).toBe(90)
    expect(() => parseRetentionDays('0')).toThrow(/from 1 to 90/)
    expect(() => parseRetentionDays('1.5')).toThrow(/whole number/)
  })
})
