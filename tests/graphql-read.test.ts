import { schema as githubSchema } from '@octokit/graphql-schema'
import { buildSchema, Kind, parse, validate, type OperationDefinitionNode } from 'graphql'
import { afterEach, describe, expect, it } from 'vitest'
import { buildReadQuery } from '../src/batch/graphql-query.js'
import { readRepositories } from '../src/batch/graphql-read.js'
import { toRef } from '../src/batch/types.js'
import { checkAgainstOpenApi } from './fixtures/openapi.js'
import { fakeOctokit, startFakeGitHub, type FakeGitHub, type FakeRepo } from './fixtures/fake-github-graphql.js'

const schema = buildSchema(githubSchema.idl, { assumeValidSDL: true })

function repo(name: string, files: FakeRepo['files'], extra: Partial<FakeRepo> = {}): FakeRepo {
  return {
    owner: 'acme',
    name,
    id: 1000 + name.length,
    description: `The ${name} project`,
    topics: ['existing'],
    files,
    ...extra
  }
}

describe('buildReadQuery', () => {
  it('is valid against GitHub published GraphQL schema, for one and for many repositories', () => {
    for (const count of [1, 2, 25]) {
      const refs = Array.from({ length: count }, (_, i) => toRef(`owner-${i}/repo.${i}`))
      const { query, variables } = buildReadQuery(refs)
      expect(validate(schema, parse(query))).toEqual([])
      const operation = parse(query).definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION
      )!
      expect(operation.variableDefinitions?.map(v => v.variable.name.value).sort()).toEqual(
        Object.keys(variables).sort()
      )
    }
  })

  it('passes owners and names as variables, never in the query text', () => {
    const { query, variables } = buildReadQuery([toRef('evil"}/x'), toRef('a/b')])
    expect(query).not.toContain('evil')
    expect(variables).toMatchObject({ owner0: 'evil"}', name0: 'x', owner1: 'a', name1: 'b' })
  })

  it('would be rejected by the schema if it asked for a readme field (there is none)', () => {
    expect(validate(schema, parse('query { repository(owner: "a", name: "b") { readme } }'))).not.toEqual([])
  })
})

describe('readRepositories', () => {
  let github: FakeGitHub | undefined
  afterEach(async () => github?.close())

  it('reads metadata and README text of many repositories in one query, REST only for the misses', async () => {
    github = await startFakeGitHub({
      repos: [
        repo('plain', { 'README.md': '# Plain\nA command-line tool.' }),
        repo('lower', { 'readme.md': '# Lower' }, { archived: true, fork: true }),
        repo('restructured', { 'README.rst': 'Title\n=====\n' }),
        repo('in-docs', { 'docs/README.md': '# Docs readme' }),
        repo('binary-first', { 'README.md': { binary: true }, 'README.txt': 'plain text readme' }),
        repo('cut', { 'README.md': 'x'.repeat(3000) }, { truncatedReadme: true }),
        repo('none', {}, { description: null, topics: [] })
      ],
      checkRest: checkAgainstOpenApi
    })
    const names = ['plain', 'lower', 'restructured', 'in-docs', 'binary-first', 'cut', 'none', 'missing']
    const outcomes = await readRepositories(
      fakeOctokit(github.url),
      names.map(n => toRef(`acme/${n}`))
    )
    const byName = new Map(outcomes.map(o => [o.ref.repo, o]))
    expect(outcomes.map(o => o.ref.repo)).toEqual(names)

    const snap = (name: string) => {
      const outcome = byName.get(name)!
      if (!('snapshot' in outcome)) throw new Error(`${name}: ${outcome.error}`)
      return outcome.snapshot
    }
    expect(snap('plain')).toMatchObject({
      fullName: 'acme/plain',
      id: 1005,
      description: 'The plain project',
      topics: ['existing'],
      readme: { text: '# Plain\nA command-line tool.', format: 'markdown' }
    })
    expect(snap('lower')).toMatchObject({ archived: true, fork: true, readme: { text: '# Lower' } })
    expect(snap('restructured').readme).toEqual({ text: 'Title\n=====\n', format: 'rst' })
    expect(snap('in-docs').readme?.text).toBe('# Docs readme')
    expect(snap('binary-first').readme).toEqual({ text: 'plain text readme', format: 'text' })
    expect(snap('cut').readme?.text).toBe('x'.repeat(3000))
    expect(snap('none')).toMatchObject({ readme: null, description: '', topics: [] })
    const missing = byName.get('missing')!
    expect('error' in missing && missing.error).toMatch(/acme\/missing: repository not found.*contents: read/)

    // One query for all eight; REST only for docs/README.md, the truncated blob and the README-less one.
    const counts = github.count()
    expect(counts.graphql).toBe(1)
    expect(
      github.state.calls
        .filter(c => c.method === 'GET')
        .map(c => c.path)
        .sort()
    ).toEqual(['/repos/acme/cut/readme', '/repos/acme/in-docs/readme', '/repos/acme/none/readme'].sort())
    expect(github.state.problems).toEqual([])
  })

  it('falls back to REST per repository when the query fails as a whole, and loses none', async () => {
    github = await startFakeGitHub({
      repos: [repo('one', { 'README.md': 'one' }), repo('two', { 'README.md': 'two' })],
      fault: (_n, _method, path) => (path === '/graphql' ? 'server' : null)
    })
    const outcomes = await readRepositories(fakeOctokit(github.url), [
      toRef('acme/one'),
      toRef('acme/two'),
      toRef('acme/gone')
    ])
    expect(outcomes.map(o => ('snapshot' in o ? o.snapshot.readme?.text : 'error'))).toEqual(['one', 'two', 'error'])
    const gone = outcomes[2]!
    expect('error' in gone && gone.error).toMatch(/acme\/gone.*404/)
    // The retry plugin tried the query 4 times (1 + 3 retries) before REST took over.
    expect(github.state.calls.filter(c => c.path === '/graphql')).toHaveLength(4)
  })

  it('splits a query that keeps failing in halves before falling back to REST', async () => {
    const many = Array.from({ length: 8 }, (_, i) => repo(`r${i}`, { 'README.md': `readme ${i}` }))
    let graphqlCalls = 0
    // The first query fails on every try (1 + 3 retries); smaller ones go through.
    github = await startFakeGitHub({
      repos: many,
      fault: (_n, _m, path) => (path === '/graphql' && ++graphqlCalls <= 4 ? 'server' : null)
    })
    const outcomes = await readRepositories(
      fakeOctokit(github.url),
      many.map(r => toRef(`acme/${r.name}`))
    )
    expect(outcomes.map(o => ('snapshot' in o ? o.snapshot.readme?.text : o.error))).toEqual(
      many.map((_, i) => `readme ${i}`)
    )
    expect(github.count()).toMatchObject({ graphql: 2, restGet: 0, faults: 4 })
  })

  it.each(['not-json', 'no-data'] as const)(
    'takes a 200 that is %s for a failed query: halved and retried, no repository lost',
    async fault => {
      const many = Array.from({ length: 6 }, (_, i) => repo(`r${i}`, { 'README.md': `readme ${i}` }))
      let graphqlCalls = 0
      // Only the first query (all six) gets the bad answer; its halves are answered.
      github = await startFakeGitHub({
        repos: many,
        fault: (_n, _m, path) => (path === '/graphql' && ++graphqlCalls === 1 ? fault : null)
      })
      const outcomes = await readRepositories(
        fakeOctokit(github.url),
        many.map(r => toRef(`acme/${r.name}`))
      )
      expect(outcomes.map(o => ('snapshot' in o ? o.snapshot.readme?.text : o.error))).toEqual(
        many.map((_, i) => `readme ${i}`)
      )
      expect(github.count()).toMatchObject({ graphql: 2, restGet: 0, faults: 1 })
    }
  )

  it('falls back to REST when every query answers without data', async () => {
    github = await startFakeGitHub({
      repos: [repo('one', { 'README.md': 'one' })],
      fault: (_n, _m, path) => (path === '/graphql' ? 'no-data' : null)
    })
    const outcomes = await readRepositories(fakeOctokit(github.url), [toRef('acme/one')])
    expect(outcomes.map(o => ('snapshot' in o ? o.snapshot.readme?.text : o.error))).toEqual(['one'])
  })

  it('rethrows a 401: no repository can be read with that token', async () => {
    github = await startFakeGitHub({ repos: [repo('one', { 'README.md': 'one' })] })
    await expect(readRepositories(fakeOctokit(github.url, 'wrong'), [toRef('acme/one')])).rejects.toThrow(
      /Bad credentials/
    )
  })
})
