import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { InputError } from '../errors.js'
import { parseBooleanInput, parseChoice, parseNumberInput, parseOutput } from '../options.js'
import { parseArtifactName } from '../output/artifact.js'
import { parseResultFile } from '../output/result-file.js'
import { parseExclude, parseRepositories, type RepositorySource } from './repositories.js'
import { parseShard, type Shard } from './shard.js'

export const BATCH_MODES = ['tag', 'merge'] as const
export type BatchMode = (typeof BATCH_MODES)[number]

export const DEFAULT_CONCURRENCY = 4
export const BATCH_RESULT_FILE_NAME = 'readme-tags.jsonl'

/** The inputs of the action's `repositories` mode, parsed and validated. */
export interface BatchInputs {
  readonly sources: RepositorySource[]
  readonly exclude: string[]
  readonly includeArchived: boolean
  readonly includeForks: boolean
  readonly concurrency: number
  readonly shard: Shard
  /** Whether `shard` was given: then the artifact is `<artifact-name>-<i>`. */
  readonly sharded: boolean
  readonly failOnError: boolean
  /** Learn from the topics people gave the selected repositories (see src/batch/learn-topics.ts). */
  readonly learnFromTopics: boolean
  /** JSON Lines: result-file, else readme-tags.jsonl in $RUNNER_TEMP. */
  readonly resultFile: string
}

/** What `mode: merge` needs. */
export interface MergeInputs {
  readonly artifactName: string
  readonly resultFile: string
  readonly failOnError: boolean
  readonly upload: boolean
  readonly retentionDays?: number
}

type Read = (name: string) => string
type Env = Readonly<Record<string, string | undefined>>

/** `mode`: tag (default) or merge. */
export function parseBatchMode(read: Read): BatchMode {
  return parseChoice('mode', read('mode'), BATCH_MODES, 'tag')
}

function defaultResultFile(read: Read, env: Env): string {
  return parseResultFile(read('result-file'), join(env.RUNNER_TEMP || tmpdir(), BATCH_RESULT_FILE_NAME))
}

/**
 * The batch inputs, or null when `repositories` is empty (one repository: the single mode).
 * `read` is the adapter's input reader (core.getInput), so this module stays free of @actions/core.
 */
export function parseBatchInputs(read: Read, env: Env = process.env): BatchInputs | null {
  const repositories = read('repositories').trim()
  if (repositories === '') {
    // learn-from-topics defaults to "false" in action.yml: only "true" asks for something.
    const asked = (name: string) => !['', 'false'].includes(read(name).trim().toLowerCase())
    for (const name of ['exclude', 'shard', 'learn-from-topics']) {
      if (asked(name))
        throw new InputError(
          `${name} only applies with repositories; set repositories (owner/name list, org:NAME or user:NAME) or remove ${name}.`
        )
    }
    return null
  }
  if (read('repository').trim() !== '') {
    throw new InputError(
      'repository and repositories are both set: use repository for one repository, or repositories for many, not both.'
    )
  }
  const shardText = read('shard').trim()
  return {
    sources: parseRepositories(repositories),
    exclude: parseExclude(read('exclude')),
    includeArchived: parseBooleanInput('include-archived', read('include-archived'), false),
    includeForks: parseBooleanInput('include-forks', read('include-forks'), false),
    concurrency: Math.round(parseNumberInput('concurrency', read('concurrency'), DEFAULT_CONCURRENCY, 1, 64)),
    shard: parseShard(shardText),
    sharded: shardText !== '',
    failOnError: parseBooleanInput('fail-on-error', read('fail-on-error'), true),
    learnFromTopics: parseBooleanInput('learn-from-topics', read('learn-from-topics'), false),
    resultFile: defaultResultFile(read, env)
  }
}

/** The inputs of `mode: merge`; the tag list and the tokens are not needed. */
export function parseMergeInputs(read: Read, env: Env = process.env): MergeInputs {
  const days = read('retention-days').trim()
  const retentionDays = days === '' ? undefined : parseNumberInput('retention-days', days, 0, 1, 90)
  if (retentionDays !== undefined && !Number.isInteger(retentionDays))
    throw new InputError(`retention-days must be a whole number of days from 1 to 90; got "${days}".`)
  return {
    artifactName: parseArtifactName(read('artifact-name'), 'readme-tags'),
    resultFile: defaultResultFile(read, env),
    failOnError: parseBooleanInput('fail-on-error', read('fail-on-error'), true),
    upload: parseOutput(read('output')).artifact,
    ...(retentionDays === undefined ? {} : { retentionDays })
  }
}
