import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { batchSummaryMarkdown, describeTopicChange, type SummaryRow } from '../src/batch/summary.js'
import { openResultLog } from '../src/batch/result-log.js'
import type { TagResult } from '../src/result.js'

function row(i: number, outcome: SummaryRow['outcome']): SummaryRow {
  return {
    repository: `org/repo-${String(i).padStart(5, '0')}`,
    outcome,
    tags: ['cli', 'database'],
    topics: outcome === 'tagged' ? { before: ['old'], after: ['cli', 'database'], changed: true } : null,
    ...(outcome === 'failed' ? { error: `boom | pipe\nnext line ${'x'.repeat(400)}` } : {})
  }
}

describe('batchSummaryMarkdown', () => {
  it('adds the model usage line when there is one', () => {
    const counts = { tagged: 1, unchanged: 0, skipped: 0, failed: 0, changed: true }
    expect(batchSummaryMarkdown([row(1, 'tagged')], counts, { usage: '3 model calls' })).toContain(
      'Model usage: 3 model calls.'
    )
    expect(batchSummaryMarkdown([row(1, 'tagged')], counts)).not.toContain('Model usage')
  })

  it('puts failures first, then changes, then the unchanged, then the skipped, with the counts', () => {
    const skipped = { ...row(4, 'skipped'), tags: [], skipped: 'org/repo-00004 has neither a README nor a description' }
    const rows = [skipped, row(1, 'unchanged'), row(2, 'tagged'), row(3, 'failed')]
    const text = batchSummaryMarkdown(rows, { tagged: 1, unchanged: 1, skipped: 1, failed: 1, changed: true })
    expect(text).toMatch(
      /\*\*4\*\* repositories: \*\*1\*\* tagged, \*\*1\*\* unchanged, \*\*1\*\* skipped \(nothing to tag\), \*\*1\*\* failed\./
    )
    expect(text).toMatch(/\| org\/repo-00004 \| {2}\| {2}\| skipped: org\/repo-00004 has neither a README/)
    const order = ['org/repo-00003', 'org/repo-00002', 'org/repo-00001', 'org/repo-00004'].map(name =>
      text.indexOf(name)
    )
    expect(order).toEqual([...order].sort((a, b) => a - b))
    // A pipe or newline in an error cannot break the table; long errors are cut.
    const failed = text.split('\n').find(line => line.includes('repo-00003'))!
    expect(failed).toContain('boom \\| pipe next line')
    expect(failed.length).toBeLessThan(400)
    expect(failed.split(/(?<!\\)\|/)).toHaveLength(6)
  })

  it('stays under 1 MiB for 50,000 repositories, keeping every failure and saying how many were left out', () => {
    const rows = Array.from({ length: 50_000 }, (_, i) =>
      row(i, i % 100 === 0 ? 'failed' : i % 3 ? 'tagged' : 'unchanged')
    )
    const text = batchSummaryMarkdown(rows, { tagged: 0, unchanged: 0, skipped: 0, failed: 500, changed: true })
    expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024)
    const shown = text.split('\n').filter(line => line.startsWith('| org/'))
    expect(shown.length).toBeGreaterThan(1000)
    expect(shown.slice(0, 500).every(line => line.includes('⚠️'))).toBe(true)
    expect(text).toContain(`… and ${50_000 - shown.length} more repositories`)
  })

  it('leads with the refusal that stopped the writes, and marks changes planned but not written', () => {
    const rows: SummaryRow[] = [{ ...row(1, 'tagged'), notWritten: true }]
    const counts = { tagged: 1, unchanged: 0, skipped: 0, failed: 0, changed: false }
    const text = batchSummaryMarkdown(rows, counts, { refused: 'Cannot set the topics of org/a: GitHub answered 403' })
    expect(text).toMatch(/> \[!CAUTION\]\n> Cannot set the topics of org\/a: GitHub answered 403/)
    expect(text).toMatch(/\| org\/repo-00001 \| cli, database \| \+cli \+database −old \(not written\) \|/)
  })

  it('describes a topic change as added and removed topics', () => {
    expect(describeTopicChange({ before: ['a', 'b'], after: ['b', 'c'], changed: true })).toBe('+c −a')
    expect(describeTopicChange({ before: ['a'], after: ['a'], changed: false })).toBe('unchanged')
    expect(describeTopicChange(null)).toBe('')
  })
})

const result = (repository: string, fingerprint: string, extra: Partial<TagResult> = {}): TagResult => ({
  id: repository.replace(/\W/g, ''),
  tags: ['cli'],
  repository,
  scores: [],
  provider: 'local',
  model: null,
  usage: null,
  fingerprint: fingerprint.repeat(64),
  ...extra
})

describe('openResultLog', () => {
  it('resumes from a file cut off mid-line: earlier results index, new ones append, close folds repeats', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'log-')), 'r.jsonl')
    writeFileSync(
      file,
      `${JSON.stringify(result('a/one', '1'))}\n${JSON.stringify(result('a/two', '2', { error: 'failed before' }))}\n`
    )
    appendFileSync(file, '{"id": "3", "tags": [')
    const log = await openResultLog(file, { resume: true })
    expect([...log.previous.keys()].sort()).toEqual(['id:aone', 'repo:a/one']) // failed results are tried again
    await log.write(result('a/one', '1'), true) // reused: already in the file
    await log.write(result('a/two', '3'), false)
    await log.write(result('a/three', '4'), false)
    await log.close({ keepOnly: new Set(['a/one', 'a/two']) })
    const lines = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map(line => JSON.parse(line) as TagResult)
    expect(lines.map(r => `${r.repository}:${r.fingerprint[0]}`)).toEqual(['a/one:1', 'a/two:3'])
  })

  it('starts afresh without resume', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'log-')), 'nested', 'r.jsonl')
    const log = await openResultLog(file, { resume: false })
    await log.write(result('a/one', '1'), false)
    await log.close()
    const again = await openResultLog(file, { resume: false })
    expect(again.previous.size).toBe(0)
    await again.close()
    expect(readFileSync(file, 'utf8')).toBe('')
  })
})
