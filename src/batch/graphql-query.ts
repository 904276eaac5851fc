import type { RepoRef } from './types.js'

/**
 * README file names tried at the root of the default branch, in GitHub's order of preference.
 * GraphQL has no `readme` field, so each name is one aliased `object(expression: "HEAD:<name>")`;
 * anything else (docs/README.md, .github/README.md, README.org…) is found by the REST fallback.
 */
export const README_NAMES = [
  'README.md',
  'readme.md',
  'Readme.md',
  'README.MD',
  'README.markdown',
  'README.rst',
  'README.txt',
  'README'
] as const

/** Repositories per query: small enough that a response stays a few MB and under GitHub's 10 s timeout. */
export const DEFAULT_GRAPHQL_BATCH = 25

/** The alias of the i-th repository in a query, and of the j-th README candidate in it. */
export const repoAlias = (i: number) => `r${i}`
export const readmeAlias = (j: number): `readme${number}` => `readme${j}`

const READMES = README_NAMES.map(
  (name, j) => `  ${readmeAlias(j)}: object(expression: ${JSON.stringify(`HEAD:${name}`)}) { ...ReadmeBlob }`
).join('\n')

const FRAGMENTS = `fragment RepoFields on Repository {
  databaseId
  nameWithOwner
  description
  isArchived
  isFork
  repositoryTopics(first: 20) { nodes { topic { name } } }
${READMES}
}
fragment ReadmeBlob on Blob { text isTruncated isBinary byteSize }`

/**
 * One GraphQL query reading description, topics, ids, flags and README text of many repositories.
 * Owners and names travel as variables, never spliced into the query text.
 */
export function buildReadQuery(refs: readonly RepoRef[]): { query: string; variables: Record<string, string> } {
  const variables: Record<string, string> = {}
  const params: string[] = []
  const fields: string[] = []
  refs.forEach((ref, i) => {
    variables[`owner${i}`] = ref.owner
    variables[`name${i}`] = ref.repo
    params.push(`$owner${i}: String!, $name${i}: String!`)
    fields.push(`  ${repoAlias(i)}: repository(owner: $owner${i}, name: $name${i}) { ...RepoFields }`)
  })
  const query = `query ReadRepositories(${params.join(', ')}) {\n${fields.join('\n')}\n}\n${FRAGMENTS}`
  return { query, variables }
}

/** The shape of one aliased repository in the answer (null when it could not be resolved). */
export interface RepoNode {
  readonly databaseId: number | null
  readonly nameWithOwner: string
  readonly description: string | null
  readonly isArchived: boolean
  readonly isFork: boolean
  readonly repositoryTopics: {
    readonly nodes: ReadonlyArray<{ readonly topic: { readonly name: string } } | null> | null
  }
  readonly [readme: `readme${number}`]: BlobNode | null | Record<string, never>
}

/** A README candidate: a Blob, or `{}` when the path names a tree, or null when nothing is there. */
export interface BlobNode {
  readonly text: string | null
  readonly isTruncated: boolean
  readonly isBinary: boolean | null
  readonly byteSize: number
}
