import type { ClassifyInput } from '../classify/types.js'

export type { Octokit } from '../github/client.js'

/**
 * A repository named by `owner/name` (the shape src/github's helpers take, plus `fullName`, which
 * sharding and globs work on).
 */
export interface RepoRef {
  readonly owner: string
  readonly repo: string
  /** `owner/name` as the user or GitHub spelled it. */
  readonly fullName: string
}

/** A README as read, with the format its file name or text implies. */
export interface RepoReadme {
  readonly text: string
  readonly format: NonNullable<ClassifyInput['format']>
}

/** What one read gives about a repository: enough to tag it and plan its topics. */
export interface RepoSnapshot extends RepoRef {
  /** GitHub's numeric id (GraphQL `databaseId`). */
  readonly id: number | null
  readonly description: string
  readonly topics: readonly string[]
  readonly archived: boolean
  readonly fork: boolean
  /** The README (up to the 512 KB cap), or null when the repository has none. */
  readonly readme: RepoReadme | null
}

/** Make a ref from `owner/name`. */
export function toRef(fullName: string): RepoRef {
  const [owner = '', repo = ''] = fullName.split('/')
  return { owner, repo, fullName: `${owner}/${repo}` }
}
