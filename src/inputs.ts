import * as core from '@actions/core'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { DEFAULT_MIN_SCORE, DEFAULT_RELATIVE_CUT } from './classify/offline/index.js'
import { InputError } from './errors.js'
import { parseProviderSettings, type ProviderSettings } from './classify/provider.js'
import type { RepoRef } from './github/errors.js'
import { TOPICS_MODES, type TopicsMode } from './github/topics.js'
import {
  parseBooleanInput,
  parseChoice,
  parseMaxTags,
  parseNumberInput,
  parseOutput,
  type OutputTargets
} from './options.js'
import { parseArtifactName } from './output/artifact.js'
import { parseResultFile } from './output/result-file.js'
import { loadTagList } from './tags/load.js'
import type { TagList } from './tags/types.js'

export const DEFAULT_ARTIFACT_NAME = 'readme-tags'
export const RESULT_FILE_NAME = 'readme-tags.json'

// output is parsed in options.ts, where the merge mode's input parser can reach it without @actions/core.
export { parseOutput, type OutputTargets } from './options.js'

/** Every action input, parsed and validated, with its default applied. */
export interface Inputs {
  readonly tags: TagList
  readonly maxTags: number
  readonly minScore: number
  readonly relativeCut: number
  /** provider and the model inputs (base-url, model, …), parsed by the classifier module. */
  readonly provider: ProviderSettings
  /** api-key: for provider "openai"; '' for servers that need none. */
  readonly apiKey: string
  readonly repository: RepoRef
  readonly githubToken: string
  /** The token for writing topics: topics-token, else github-token. */
  readonly topicsToken: string
  readonly output: OutputTargets
  readonly topicsMode: TopicsMode
  readonly dryRun: boolean
  readonly resultFile: string
  readonly artifactName: string
  /** undefined: the repository's retention setting. */
  readonly retentionDays: number | undefined
  /** The commit to read the README at: the pull request's merge commit in a pull_request run on this repository. */
  readonly readmeRef: string | undefined
}

type Env = Readonly<Record<string, string | undefined>>

/** An input as text, '' when unset; `core.getInput` trims. */
function input(name: string): string {
  return core.getInput(name)
}

/**
 * Read and validate every input before any network call. Defaults are applied here as well as in
 * action.yml: inputs that are empty or unset (another caller, `with: {x: ''}`) arrive as ''.
 */
export function getInputs(env: Env = process.env): Inputs {
  const githubToken = input('github-token') || env.GITHUB_TOKEN || ''
  const topicsToken = input('topics-token') || githubToken
  const apiKey = input('api-key')
  for (const secret of new Set([githubToken, topicsToken, apiKey])) if (secret) core.setSecret(secret)
  if (!githubToken) {
    throw new InputError(
      'github-token is empty: set it to a token that can read the repository, e.g. `github-token: ${{ github.token }}` (the default).'
    )
  }
  const repository = parseRepository(input('repository') || env.GITHUB_REPOSITORY || '')
  return {
    tags: loadTagList({
      tags: input('tags'),
      tagsFile: input('tags-file'),
      missingFileHint:
        'The action reads files from the runner: add an actions/checkout step before this one, or give the list inline with "tags".'
    }),
    maxTags: parseMaxTags(input('max-tags')),
    minScore: parseNumberInput('min-score', input('min-score'), DEFAULT_MIN_SCORE, 0, 1),
    relativeCut: parseNumberInput('relative-cut', input('relative-cut'), DEFAULT_RELATIVE_CUT, 0, 1),
    provider: parseProviderSettings(input),
    apiKey,
    repository,
    githubToken,
    topicsToken,
    output: parseOutput(input('output')),
    topicsMode: parseChoice('topics-mode', input('topics-mode'), TOPICS_MODES, 'merge'),
    dryRun: parseBooleanInput('dry-run', input('dry-run'), false),
    resultFile: parseResultFile(input('result-file'), join(env.RUNNER_TEMP || tmpdir(), RESULT_FILE_NAME)),
    artifactName: parseArtifactName(input('artifact-name'), DEFAULT_ARTIFACT_NAME),
    retentionDays: parseRetentionDays(input('retention-days')),
    readmeRef: pullRequestCommit(repository, env)
  }
}

/**
 * A pull_request run previews the README as the pull request changes it: read it at the merge commit
 * (GITHUB_SHA), which exists in the base repository for pull requests from forks as well.
 */
function pullRequestCommit(repository: RepoRef, env: Env): string | undefined {
  const own = `${repository.owner}/${repository.repo}`.toLowerCase() === (env.GITHUB_REPOSITORY ?? '').toLowerCase()
  return own && env.GITHUB_EVENT_NAME === 'pull_request' && env.GITHUB_SHA ? env.GITHUB_SHA : undefined
}

/** `owner/name`; the error says what was wrong. */
export function parseRepository(value: string): RepoRef {
  const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/.exec(value.trim())
  if (!match || match[2] === '.' || match[2] === '..') {
    throw new InputError(
      value.trim() === ''
        ? 'repository is empty and GITHUB_REPOSITORY is not set: give the repository as owner/name.'
        : `repository must be owner/name (e.g. octocat/hello-world); got "${value}".`
    )
  }
  return { owner: match[1]!, repo: match[2]! }
}

/** An integer from 1 to 90; empty means the repository's setting. */
export function parseRetentionDays(value: string): number | undefined {
  if (value.trim() === '') return undefined
  const days = Number(value.trim())
  if (!Number.isInteger(days) || days < 1 || days > 90) {
    throw new InputError(
      `retention-days must be a whole number of days from 1 to 90, or empty for the repository's setting; got "${value}".`
    )
  }
  return days
}
