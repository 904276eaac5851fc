import picomatch from 'picomatch'
import { InputError } from '../errors.js'
import { toRef, type Octokit, type RepoRef } from './types.js'

/** One entry of the `repositories` input: a repository, or every repository of an organisation or user. */
export type RepositorySource =
  { readonly kind: 'repo'; readonly ref: RepoRef } | { readonly kind: 'org' | 'user'; readonly login: string }

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/
const NAME = /^[A-Za-z0-9._-]{1,100}$/

/**
 * Parse `repositories`: `owner/name`, `org:NAME` or `user:NAME`, separated by newlines or commas.
 * Blank entries and `#` comments are ignored.
 * @example parseRepositories('org:octo, octo-cat/hello') // [{kind:'org',login:'octo'}, {kind:'repo',…}]
 */
export function parseRepositories(value: string): RepositorySource[] {
  const entries = value
    .split('\n')
    .map(line => line.replace(/(^|\s)#.*$/, ''))
    .join(',')
    .split(',')
    .map(entry => entry.trim())
    .filter(Boolean)
  if (entries.length === 0) {
    throw new InputError(
      'repositories is empty: give owner/name entries, or org:NAME / user:NAME, separated by newlines or commas.'
    )
  }
  return entries.map(entry => {
    const owner = /^(org|user):(.*)$/i.exec(entry)
    if (owner) {
      const login = owner[2]!.trim()
      if (!OWNER.test(login))
        throw new InputError(
          `repositories: "${entry}" is not a valid ${owner[1]!.toLowerCase()}:NAME (NAME is a GitHub login).`
        )
      return { kind: owner[1]!.toLowerCase() as 'org' | 'user', login }
    }
    const parts = entry.split('/')
    if (parts.length !== 2 || !OWNER.test(parts[0]!) || !NAME.test(parts[1]!)) {
      throw new InputError(`repositories: "${entry}" is not owner/name, org:NAME or user:NAME.`)
    }
    return { kind: 'repo', ref: toRef(entry) }
  })
}

/**
 * `exclude`: glob patterns separated by newlines or commas; a comma inside `{…}` belongs to its glob.
 * @example parseExclude('acme/{api,web}-*, acme/tmp') // ['acme/{api,web}-*', 'acme/tmp']
 */
export function parseExclude(text: string): string[] {
  const patterns: string[] = []
  let depth = 0
  let current = ''
  for (const char of `${text}\n`) {
    if (char === '{') depth += 1
    else if (char === '}') depth = Math.max(0, depth - 1)
    if (char === '\n' || (char === ',' && depth === 0)) {
      if (current.trim()) patterns.push(current.trim())
      current = ''
      depth = 0
    } else current += char
  }
  return patterns
}

/** How owner listings are filtered. */
export interface SelectOptions {
  /** Glob patterns on `owner/name` (picomatch, case-insensitive) to leave out. */
  readonly exclude?: readonly string[]
  readonly includeArchived?: boolean
  readonly includeForks?: boolean
}

/** The selected repositories and what API calls listing them cost. */
export interface Selection {
  readonly repositories: RepoRef[]
  /** Repositories left out, with the reason (excluded, archived, fork), for the log. */
  readonly skipped: { readonly fullName: string; readonly reason: string }[]
}

/**
 * Resolve sources to repositories. Owners are listed through REST pagination (100 a page); archived
 * repositories and forks of a listing are left out unless asked for, while an explicit owner/name is
 * always kept (the user named it). `exclude` applies to both. Duplicates (case-insensitive) are dropped.
 */
export async function selectRepositories(
  octokit: Octokit,
  sources: readonly RepositorySource[],
  options: SelectOptions = {}
): Promise<Selection> {
  const excluded = options.exclude?.length ? picomatch([...options.exclude], { nocase: true, dot: true }) : () => false
  const seen = new Set<string>()
  const repositories: RepoRef[] = []
  const skipped: Selection['skipped'] = []
  const add = (ref: RepoRef, reason: string | null) => {
    const key = ref.fullName.toLowerCase()
    if (seen.has(key)) return
    seen.add(key)
    const why = reason ?? (excluded(ref.fullName) ? 'excluded' : null)
    if (why) skipped.push({ fullName: ref.fullName, reason: why })
    else repositories.push(ref)
  }
  for (const source of sources) {
    if (source.kind === 'repo') {
      add(source.ref, null)
      continue
    }
    for await (const repo of listOwner(octokit, source)) {
      const reason =
        repo.archived && !options.includeArchived ? 'archived' : repo.fork && !options.includeForks ? 'fork' : null
      add(toRef(repo.full_name), reason)
    }
  }
  return { repositories, skipped }
}

interface ListedRepo {
  readonly full_name: string
  readonly archived?: boolean
  readonly fork: boolean
}

/** Page through an owner's repositories, keeping only the few fields selection needs. */
async function* listOwner(
  octokit: Octokit,
  source: { kind: 'org' | 'user'; login: string }
): AsyncIterable<ListedRepo> {
  const pages =
    source.kind === 'org'
      ? octokit.paginate.iterator(octokit.rest.repos.listForOrg, { org: source.login, type: 'all', per_page: 100 })
      : octokit.paginate.iterator(octokit.rest.repos.listForUser, {
          username: source.login,
          type: 'owner',
          per_page: 100
        })
  try {
    for await (const page of pages) {
      for (const repo of page.data) yield { full_name: repo.full_name, archived: repo.archived, fork: repo.fork }
    }
  } catch (error) {
    const status = (error as { status?: unknown }).status
    if (status === 404) {
      throw new InputError(
        `repositories: ${source.kind}:${source.login} was not found; check the name${source.kind === 'org' ? ', or use user:NAME for a personal account' : ''}.`
      )
    }
    throw error
  }
}
