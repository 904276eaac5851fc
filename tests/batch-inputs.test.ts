import { tmpdir } from 'node:os'
import { describe, expect, it } from 'vitest'
import { parseBatchInputs, parseBatchMode, parseMergeInputs } from '../src/batch/action-inputs.js'

const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? ''
const env = { RUNNER_TEMP: '/runner/tmp' }

describe('batch inputs', () => {
  it('is the single mode when repositories is empty, and refuses batch-only inputs there', () => {
    expect(parseBatchInputs(reader({}), env)).toBeNull()
    expect(() => parseBatchInputs(reader({ shard: '1/2' }), env)).toThrow(/^shard only applies with repositories/)
    expect(() => parseBatchInputs(reader({ exclude: 'a/*' }), env)).toThrow(/^exclude only applies with repositories/)
    expect(() => parseBatchInputs(reader({ 'learn-from-topics': 'true' }), env)).toThrow(
      /^learn-from-topics only applies with repositories/
    )
    // action.yml's own default reaches the single mode too.
    expect(parseBatchInputs(reader({ 'learn-from-topics': 'false' }), env)).toBeNull()
  })

  it('applies the defaults in code: concurrency 4, everything in one shard, fail-on-error, a JSON Lines file', () => {
    expect(parseBatchInputs(reader({ repositories: 'org:acme' }), env)).toEqual({
      sources: [{ kind: 'org', login: 'acme' }],
      exclude: [],
      includeArchived: false,
      includeForks: false,
      concurrency: 4,
      shard: { index: 1, count: 1 },
      sharded: false,
      failOnError: true,
      learnFromTopics: false,
      resultFile: '/runner/tmp/readme-tags.jsonl'
    })
  })

  it('reads every batch input', () => {
    const inputs = parseBatchInputs(
      reader({
        repositories: 'a/b\nc/d',
        exclude: 'a/x*\n c/*-old ',
        'include-archived': 'true',
        'include-forks': 'TRUE',
        concurrency: '12',
        shard: '3/8',
        'fail-on-error': 'false',
        'learn-from-topics': 'true',
        'result-file': 'out.jsonl'
      }),
      env
    )
    expect(inputs).toMatchObject({
      exclude: ['a/x*', 'c/*-old'],
      includeArchived: true,
      includeForks: true,
      concurrency: 12,
      shard: { index: 3, count: 8 },
      sharded: true,
      failOnError: false,
      learnFromTopics: true,
      resultFile: 'out.jsonl'
    })
  })

  it('splits exclude on newlines and commas, but not on the commas of a {a,b} glob', () => {
    const batch = parseBatchInputs(
      reader({ repositories: 'a/b', exclude: 'acme/{api,web}-*, acme/tmp\n acme/x ,' }),
      env
    )
    expect(batch?.exclude).toEqual(['acme/{api,web}-*', 'acme/tmp', 'acme/x'])
  })

  it('names the input in each error', () => {
    expect(() => parseBatchInputs(reader({ repositories: 'a/b', repository: 'c/d' }), env)).toThrow(
      /repository and repositories are both set/
    )
    expect(() => parseBatchInputs(reader({ repositories: 'a/b', concurrency: '0' }), env)).toThrow(
      /^concurrency must be a number from 1 to 64/
    )
    expect(() => parseBatchInputs(reader({ repositories: 'a/b', 'fail-on-error': 'maybe' }), env)).toThrow(
      /^fail-on-error must be "true" or "false"/
    )
    expect(() => parseBatchMode(reader({ mode: 'shard' }))).toThrow(/^mode must be one of "tag", "merge"/)
    expect(() => parseBatchInputs(reader({ repositories: 'a/b', 'result-file': tmpdir() }), env)).toThrow(
      /^result-file ".*" is a folder/
    )
  })

  it('merge mode needs no tag list or token', () => {
    expect(parseBatchMode(reader({ mode: 'Merge' }))).toBe('merge')
    expect(parseMergeInputs(reader({ 'artifact-name': 'org-tags', output: 'topics' }), env)).toEqual({
      artifactName: 'org-tags',
      resultFile: '/runner/tmp/readme-tags.jsonl',
      failOnError: true,
      upload: false
    })
    expect(parseMergeInputs(reader({ 'retention-days': '7' }), env)).toMatchObject({
      artifactName: 'readme-tags',
      upload: true,
      retentionDays: 7
    })
    expect(() => parseMergeInputs(reader({ 'retention-days': '2.5' }), env)).toThrow(/retention-days/)
    expect(() => parseMergeInputs(reader({ 'artifact-name': 'org:tags' }), env)).toThrow(/^artifact-name "org:tags"/)
    // A misspelt output would otherwise skip the upload of the merged results without a word.
    expect(() => parseMergeInputs(reader({ output: 'artifacts' }), env)).toThrow(/^output must be "artifact"/)
  })
})
