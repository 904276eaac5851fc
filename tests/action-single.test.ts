import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runSingle, type ActionLog } from '../src/action/single.js'
import type { Classifier, TagScore } from '../src/classify/types.js'
import { createOctokit } from '../src/github/client.js'
import type { Inputs } from '../src/inputs.js'
import { parseTagList } from '../src/tags/parse.js'
import type { TagList } from '../src/tags/types.js'
import { startFakeGitHub, type FakeGitHub } from './fixtures/fake-github.js'
import { assertValidResult } from './helpers/schema.js'

let github: FakeGitHub
beforeAll(async () => {
  github = await startFakeGitHub([
    { id: 9, fullName: 'octo/app', description: 'An app', topics: ['keep-me'], readme: '# App\n\nSomething.\n' }
  ])
})
afterAll(() => github.close())

/** A classifier that answers with fixed names, or throws. */
function stubClassifier(tags: TagList, answer: string[] | Error): Classifier {
  return {
    identity: { provider: 'stub', model: null, settings: '' },
    tags,
    async classify() {
      if (answer instanceof Error) throw answer
      const scores: TagScore[] = answer.map((name, i) => ({
        name,
        score: 1 - i / 10,
        evidence: [{ text: name, where: 'body' }]
      }))
      return { tags: scores, provider: 'stub', model: null, usage: null }
    }
  }
}

function setUp(list: string, answer: string[] | Error, overrides: Partial<Inputs> = {}) {
  const tags = parseTagList(list, 'tags')
  const messages: string[] = []
  const log: ActionLog = { info: m => messages.push(`info: ${m}`), warning: m => messages.push(`warning: ${m}`) }
  const octokit = createOctokit({ token: 't', baseUrl: github.url })
  const inputs: Inputs = {
    tags,
    maxTags: 3,
    minScore: 0.3,
    relativeCut: 0.5,
    provider: { provider: 'local', model: {} as never, ignored: [] },
    apiKey: '',
    repository: { owner: 'octo', repo: 'app' },
    githubToken: 't',
    topicsToken: 't',
    output: { topics: true, artifact: false },
    topicsMode: 'replace',
    dryRun: false,
    resultFile: join(mkdtempSync(join(tmpdir(), 'single-')), 'r.json'),
    artifactName: 'readme-tags',
    retentionDays: undefined,
    readmeRef: undefined,
    ...overrides
  }
  const run = () =>
    runSingle(inputs, { reader: octokit, writer: octokit, classifier: stubClassifier(tags, answer), log, env: {} })
  return { inputs, messages, run }
}

describe('runSingle', () => {
  it('fails clearly when a chosen tag has no topic form, after writing the result', async () => {
    const { run, inputs } = setUp('["データベース", "app"]', ['データベース'])
    const outcome = await run()
    expect(outcome.failure?.message).toMatch(/Tag "データベース" has no topic form/)
    expect(github.calls('PUT', '/repos/octo/app/topics')).toHaveLength(0)
    const written: unknown = JSON.parse(readFileSync(inputs.resultFile, 'utf8'))
    assertValidResult(written)
    expect(written).toMatchObject({ tags: ['データベース'] })
    expect(outcome.outputs.topics).toBe('["keep-me"]')
  })

  it('turns a classifier failure into a result with error, written, and a failed step; topics untouched', async () => {
    const { run, inputs } = setUp('["app"]', new Error('model unavailable'))
    const outcome = await run()
    expect(outcome.failure?.message).toBe('Could not tag octo/app: model unavailable')
    const written = JSON.parse(readFileSync(inputs.resultFile, 'utf8')) as { error: string; tags: unknown[] }
    assertValidResult(written)
    expect(written.error).toBe('Could not tag octo/app: model unavailable')
    expect(github.calls('PUT', '/repos/octo/app/topics')).toHaveLength(0)
    expect(outcome.summary).toContain('**Not tagged:** Could not tag octo/app: model unavailable')
  })

  it('replace with nothing chosen sends nothing and warns: it never clears the topics', async () => {
    const { run, messages } = setUp('["app"]', [])
    const outcome = await run()
    expect(messages).toContain(
      'warning: No tag was chosen for octo/app, so topics-mode "replace" sent nothing: its topics are left as they are.'
    )
    expect(outcome.failure).toBeUndefined()
    expect(github.calls('PUT', '/repos/octo/app/topics')).toHaveLength(0)
    expect(outcome.outputs).toMatchObject({ tags: '[]', topics: '["keep-me"]', changed: 'false' })
  })
})
