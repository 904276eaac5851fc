import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { TaggingError } from '../src/errors.js'
import { createOctokit, type Octokit } from '../src/github/client.js'
import { fetchReadme, guessReadmeFormat, readRepository } from '../src/github/repository.js'
import { putTopics } from '../src/github/topics.js'
import { startFakeGitHub, type FakeGitHub, type FakeRepo } from './fixtures/fake-github.js'

const REPOS: FakeRepo[] = [
  {
    id: 101,
    fullName: 'octo/tool',
    description: 'A command-line tool',
    topics: ['cli', 'rust'],
    readme: '# Tool\n\nA small CLI.\n'
  },
  { id: 102, fullName: 'octo/bare', description: null, topics: [], readme: null },
  { id: 103, fullName: 'octo/huge', description: 'Big', topics: [], readme: `# Huge\n\n${'é'.repeat(400 * 1024)}` }
]

let github: FakeGitHub
let octokit: Octokit
const warnings: string[] = []

beforeAll(async () => {
  github = await startFakeGitHub(REPOS)
})
afterAll(() => github.close())
beforeEach(() => {
  github.failures = {}
  warnings.length = 0
  octokit = createOctokit({
    token: 'test-token',
    baseUrl: github.url,
    warn: m => warnings.push(m),
    retryAfterBaseValue: 1
  })
})
afterEach(() => {
  // Every request the helpers made is a documented GitHub operation with a valid body.
  expect(github.violations).toEqual([])
  vi.unstubAllEnvs()
})

describe('readRepository', () => {
  it('reads id, description and current topics with the token', async () => {
    await expect(readRepository(octokit, { owner: 'octo', repo: 'tool' })).resolves.toEqual({
      id: 101,
      fullName: 'octo/tool',
      description: 'A command-line tool',
      topics: ['cli', 'rust']
    })
    const [request] = github.calls('GET', '/repos/octo/tool')
    expect(request?.authorization).toBe('token test-token')
    expect(request?.operationId).toBe('repos/get')
  })

  it('gives an empty description for null', async () => {
    await expect(readRepository(octokit, { owner: 'octo', repo: 'bare' })).resolves.toMatchObject({ description: '' })
  })

  it('explains a 404 naming the repository and contents: read', async () => {
    const error = await readRepository(octokit, { owner: 'octo', repo: 'missing' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TaggingError)
    expect(String(error)).toMatch(/Cannot read the repository of octo\/missing: GitHub answered 404/)
    expect(String(error)).toMatch(/`contents: read` on octo\/missing/)
  })

  it('explains a 403 the same way, without retrying it', async () => {
    github.failures = { getRepo: { status: 403, message: 'Resource not accessible by integration' } }
    const before = github.requests.length
    await expect(readRepository(octokit, { owner: 'octo', repo: 'tool' })).rejects.toThrow(
      /GitHub answered 403 \(Resource not accessible by integration.*contents: read/s
    )
    expect(github.requests.length - before).toBe(1)
  })

  it('retries a server error', async () => {
    github.failures = { transient: { status: 502, times: 2 } }
    await expect(readRepository(octokit, { owner: 'octo', repo: 'tool' })).resolves.toMatchObject({ id: 101 })
  })

  it('waits and retries when the rate limit is hit, and says so', async () => {
    const reset = String(Math.floor(Date.now() / 1000))
    github.failures = {
      transient: { status: 403, times: 1, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } }
    }
    await expect(readRepository(octokit, { owner: 'octo', repo: 'tool' })).resolves.toMatchObject({ id: 101 })
    expect(warnings.join('\n')).toMatch(/rate limit hit on GET .*retrying/)
  })

  it('says "rate limit", not "permission", when retries could not outwait the limit', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 1)
    const limited = { status: 403, times: 3, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } }
    github.failures = { transient: limited }
    const client = createOctokit({
      token: 't',
      baseUrl: github.url,
      warn: m => warnings.push(m),
      retryAfterBaseValue: 1,
      rateLimitRetries: 1
    })
    const error = await readRepository(client, { owner: 'octo', repo: 'tool' }).catch((e: unknown) => String(e))
    expect(error).toMatch(/rate limit for this token is used up .*It resets at 20\d\d-/s)
    expect(error).not.toMatch(/contents: read/)
    expect(warnings.at(-1)).toMatch(/giving up/)
  })

  it('works under a GitHub Enterprise Server API root (/api/v3)', async () => {
    const client = createOctokit({ token: 't', baseUrl: `${github.url}/api/v3/` })
    await expect(readRepository(client, { owner: 'octo', repo: 'tool' })).resolves.toMatchObject({ id: 101 })
    await expect(fetchReadme(client, { owner: 'octo', repo: 'tool' })).resolves.toMatchObject({ format: 'markdown' })
  })

  it('honours GITHUB_API_URL when no base URL is given', async () => {
    vi.stubEnv('GITHUB_API_URL', `${github.url}/`)
    const client = createOctokit({ token: 'env-token' })
    await expect(readRepository(client, { owner: 'octo', repo: 'tool' })).resolves.toMatchObject({ id: 101 })
    expect(github.requests.at(-1)?.authorization).toBe('token env-token')
  })
})

describe('fetchReadme', () => {
  it('asks for the raw media type and returns the text', async () => {
    const readme = await fetchReadme(octokit, { owner: 'octo', repo: 'tool' })
    expect(readme).toEqual({ text: '# Tool\n\nA small CLI.\n', truncated: false, format: 'markdown' })
    expect(github.calls('GET', '/repos/octo/tool/readme')[0]?.accept).toBe('application/vnd.github.raw')
  })

  it('reads at a given commit with the documented ref parameter', async () => {
    await fetchReadme(octokit, { owner: 'octo', repo: 'tool' }, { ref: 'abc123' })
    expect(github.calls('GET', '/repos/octo/tool/readme').at(-1)?.query.get('ref')).toBe('abc123')
  })

  it('returns null for a repository without a README', async () => {
    await expect(fetchReadme(octokit, { owner: 'octo', repo: 'bare' })).resolves.toBeNull()
  })

  it('reads a README over the cap up to the cap, whole characters only', async () => {
    const readme = await fetchReadme(octokit, { owner: 'octo', repo: 'huge' }, { maxBytes: 512 * 1024 })
    expect(readme?.truncated).toBe(true)
    const bytes = Buffer.byteLength(readme!.text, 'utf8')
    expect(bytes).toBeLessThanOrEqual(512 * 1024)
    expect(bytes).toBeGreaterThan(512 * 1024 - 4)
    expect(readme!.text).not.toMatch(/\uFFFD/)
  })

  it('explains a 403 on the README', async () => {
    github.failures = { getReadme: { status: 403, message: 'Resource not accessible by integration' } }
    await expect(fetchReadme(octokit, { owner: 'octo', repo: 'tool' })).rejects.toThrow(
      /Cannot read the README of octo\/tool.*contents: read/s
    )
  })
})

describe('guessReadmeFormat', () => {
  it('tells reStructuredText from Markdown by syntax only rst has', () => {
    expect(guessReadmeFormat('Tool\n====\n\n.. image:: https://x/badge.svg\n\nSee `the docs <https://x>`_.\n')).toBe(
      'rst'
    )
    expect(guessReadmeFormat('Tool\n====\n\nA [link](https://x) and more.\n')).toBe('markdown')
    expect(guessReadmeFormat('# Tool\n\n```rst\n.. note:: quoted\n```\n[a](b) [c](d)\n')).toBe('markdown')
    expect(guessReadmeFormat('plain words only')).toBe('markdown')
  })
})

describe('putTopics', () => {
  it('sends the names as the documented body', async () => {
    await expect(putTopics(octokit, { owner: 'octo', repo: 'tool' }, ['cli', 'web'])).resolves.toEqual(['cli', 'web'])
    const [request] = github.calls('PUT', '/repos/octo/tool/topics')
    expect(request?.body).toEqual({ names: ['cli', 'web'] })
    expect(request?.operationId).toBe('repos/replace-all-topics')
  })

  it('explains a 403: Administration: write, which GITHUB_TOKEN cannot have', async () => {
    github.failures = { putTopics: { status: 403, message: 'Resource not accessible by integration' } }
    const error = await putTopics(octokit, { owner: 'octo', repo: 'tool' }, ['cli']).catch((e: unknown) => String(e))
    expect(error).toMatch(/Cannot set the topics of octo\/tool: GitHub answered 403/)
    expect(error).toMatch(/Administration: write/)
    expect(error).toMatch(/fine-grained personal access token or a GitHub App token/)
    expect(error).toMatch(/GITHUB_TOKEN cannot set topics/)
  })
})

describe('the OpenAPI check itself', () => {
  it('flags undocumented paths, unknown query parameters and bodies that miss required fields', async () => {
    const { checkAgainstOpenApi } = await import('./fixtures/openapi.js')
    const check = (method: string, path: string, body?: unknown, query = '') =>
      checkAgainstOpenApi({ method, path, query: new URLSearchParams(query), body }).problems
    expect(check('GET', '/repos/o/r/readme', undefined, 'ref=main')).toEqual([])
    expect(check('PUT', '/repos/o/r/topics', { names: ['a'] })).toEqual([])
    expect(check('GET', '/repos/o/r/readmes')).toHaveLength(1)
    expect(check('POST', '/repos/o/r/topics', { names: [] })).toHaveLength(1)
    expect(check('GET', '/repos/o/r', undefined, 'verbose=1')[0]).toMatch(/unknown query parameter "verbose"/)
    expect(check('PUT', '/repos/o/r/topics', { topics: ['a'] })[0]).toMatch(/must have required property 'names'/)
    expect(check('PUT', '/repos/o/r/topics', { names: 'a' })[0]).toMatch(/must be array/)
  })

  it('flags fake answers with mistyped or invented fields, not with missing ones', async () => {
    const { checkResponse } = await import('./fixtures/openapi.js')
    expect(checkResponse('GET', '/repos/{owner}/{repo}', 200, { id: 1, topics: ['a'] })).toEqual([])
    expect(checkResponse('GET', '/repos/{owner}/{repo}', 200, { id: '1' })[0]).toMatch(/must be integer/)
    expect(checkResponse('GET', '/repos/{owner}/{repo}', 200, { topic: ['a'] })[0]).toMatch(/field "topic"/)
    expect(checkResponse('PUT', '/repos/{owner}/{repo}/topics', 200, { names: [1] })[0]).toMatch(/must be string/)
  })
})
