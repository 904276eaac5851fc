import { afterEach, describe, expect, it } from 'vitest'
import { parseRepositories, selectRepositories } from '../src/batch/repositories.js'
import { checkAgainstOpenApi } from './fixtures/openapi.js'
import { fakeOctokit, startFakeGitHub, type FakeGitHub, type FakeRepo } from './fixtures/fake-github-graphql.js'

function repo(owner: string, name: string, extra: Partial<FakeRepo> = {}): FakeRepo {
  return { owner, name, id: name.length, description: null, topics: [], files: {}, ...extra }
}

describe('parseRepositories', () => {
  it('reads owner/name, org:NAME and user:NAME separated by newlines or commas, ignoring blanks and comments', () => {
    expect(parseRepositories('org:acme\n  octo/hello, octo/world.js ,\n# a comment\nuser:someone # trailing')).toEqual([
      { kind: 'org', login: 'acme' },
      { kind: 'repo', ref: { owner: 'octo', repo: 'hello', fullName: 'octo/hello' } },
      { kind: 'repo', ref: { owner: 'octo', repo: 'world.js', fullName: 'octo/world.js' } },
      { kind: 'user', login: 'someone' }
    ])
  })

  it('rejects what is not a repository or owner, naming the entry', () => {
    expect(() => parseRepositories(' \n , ')).toThrow(/^repositories is empty/)
    expect(() => parseRepositories('octo')).toThrow(/"octo" is not owner\/name/)
    expect(() => parseRepositories('a/b/c')).toThrow(/"a\/b\/c"/)
    expect(() => parseRepositories('org:')).toThrow(/org:NAME/)
    expect(() => parseRepositories('team:x')).toThrow(/"team:x"/)
  })
})

describe('selectRepositories', () => {
  let github: FakeGitHub | undefined
  afterEach(async () => github?.close())

  it('pages through an organisation, leaving out archived repositories, forks and excluded names', async () => {
    const repos = Array.from({ length: 230 }, (_, i) =>
      repo('acme', `r${i}`, { archived: i % 10 === 0, fork: i % 10 === 1 })
    )
    github = await startFakeGitHub({
      repos: [...repos, repo('someone', 'own'), repo('someone', 'forked', { fork: true })],
      orgs: ['acme'],
      checkRest: checkAgainstOpenApi
    })
    const octokit = fakeOctokit(github.url)
    const sources = parseRepositories('org:acme, user:someone, other/explicit, ACME/r5')
    const { repositories, skipped } = await selectRepositories(octokit, sources, { exclude: ['acme/r2*', 'Other/*'] })
    const names = repositories.map(r => r.fullName)
    expect(names).toContain('acme/r3')
    expect(names).not.toContain('acme/r20') // archived
    expect(names).not.toContain('acme/r21') // fork, and excluded
    expect(names).not.toContain('acme/r25') // excluded
    expect(names).toContain('someone/own')
    expect(names).not.toContain('someone/forked')
    expect(names.filter(n => n.toLowerCase() === 'acme/r5')).toHaveLength(1) // listed once though named twice
    expect(skipped).toContainEqual({ fullName: 'acme/r0', reason: 'archived' })
    expect(skipped).toContainEqual({ fullName: 'acme/r1', reason: 'fork' })
    expect(skipped).toContainEqual({ fullName: 'other/explicit', reason: 'excluded' })
    const kept = repos.filter((_, i) => i % 10 > 1 && !/^r2/.test(`r${i}`)).length
    expect(names.filter(n => n.startsWith('acme/'))).toHaveLength(kept)
    // 230 repositories at 100 a page: 3 listing calls, plus 1 for the user.
    expect(github.state.calls.filter(c => c.path === '/orgs/acme/repos')).toHaveLength(3)
    expect(github.state.calls.filter(c => c.path === '/users/someone/repos')).toHaveLength(1)
    expect(github.state.problems).toEqual([])
  })

  it('keeps archived repositories and forks when asked', async () => {
    github = await startFakeGitHub({
      repos: [repo('acme', 'old', { archived: true }), repo('acme', 'copy', { fork: true })],
      orgs: ['acme']
    })
    const { repositories } = await selectRepositories(fakeOctokit(github.url), parseRepositories('org:acme'), {
      includeArchived: true,
      includeForks: true
    })
    expect(repositories.map(r => r.fullName).sort()).toEqual(['acme/copy', 'acme/old'])
  })

  it('says to use user:NAME when org:NAME is a user', async () => {
    github = await startFakeGitHub({ repos: [repo('someone', 'x')] })
    await expect(selectRepositories(fakeOctokit(github.url), parseRepositories('org:someone'))).rejects.toThrow(
      /org:someone was not found.*user:NAME/
    )
  })
})
