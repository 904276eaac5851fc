import { describe, expect, it } from 'vitest'
import { renderSummary } from '../src/output/summary.js'
import type { TagResult } from '../src/result.js'

const result: TagResult = {
  id: '1',
  tags: ['cli'],
  repository: 'octo/tool',
  scores: [
    {
      name: 'cli',
      score: 0.85,
      evidence: [
        { text: 'a | pipe', where: 'opening' },
        { text: '<script>x</script>', where: 'body' },
        { text: 'line\nbreak', where: 'title' },
        { text: 'fourth, not shown', where: 'body' }
      ]
    }
  ],
  provider: 'local',
  model: null,
  usage: null,
  fingerprint: 'f'
}

describe('renderSummary', () => {
  it('shows tokens and the estimated cost of a model answer, and nothing of the kind offline', () => {
    const usage = { prompt_tokens: 1000, completion_tokens: 20, total_tokens: 1020 }
    const modelResult: TagResult = { ...result, provider: 'openai', model: 'gpt-4.1-mini', usage }
    const markdown = renderSummary({ repository: 'octo/tool', result: modelResult, resultFile: '/tmp/r.json' })
    expect(markdown).toContain('Usage: 1 model call, 1,020 tokens (1,000 prompt + 20 completion), estimated cost $')
    expect(renderSummary({ repository: 'octo/tool', result, resultFile: '/tmp/r.json' })).not.toContain('Usage:')
  })

  it('lists tags with score and at most three pieces of evidence, escaped for a table', () => {
    const markdown = renderSummary({ repository: 'octo/tool', result, resultFile: '/tmp/r.json' })
    expect(markdown).toContain(
      '| cli | 0.85 | “a \\| pipe” (opening)<br>“&lt;script&gt;x&lt;/script&gt;” (body)<br>“line break” (title) |'
    )
    expect(markdown).not.toContain('fourth')
    expect(markdown).toContain('Result file: `/tmp/r.json`')
  })

  it('shows the topic change as before, after, added and removed', () => {
    const markdown = renderSummary({
      repository: 'octo/tool',
      result,
      resultFile: '/tmp/r.json',
      topics: { mode: 'merge', dryRun: false, plan: { before: ['rust', 'web'], after: ['rust', 'cli'], changed: true } }
    })
    expect(markdown).toContain('| Before | `rust` `web` |')
    expect(markdown).toContain('| After | `rust` `cli` |')
    expect(markdown).toContain('| Added | `cli` |')
    expect(markdown).toContain('| Removed | `web` |')
    expect(markdown).toContain('Written.')
  })

  it('says when nothing was chosen, and when tagging failed', () => {
    const empty = renderSummary({ repository: 'o/r', result: { ...result, tags: [], scores: [] }, resultFile: 'f' })
    expect(empty).toContain('No tag was chosen')
    const failed = renderSummary({ repository: 'o/r', result: { ...result, error: 'boom <b>' }, resultFile: 'f' })
    expect(failed).toContain('**Not tagged:** boom &lt;b&gt;')
  })

  it('reports the artifact, uploaded or not', () => {
    const uploaded = renderSummary({
      repository: 'o/r',
      result,
      resultFile: 'f',
      artifact: { name: 'readme-tags', outcome: { uploaded: true, id: 42, size: 300 } }
    })
    expect(uploaded).toContain('Artifact: `readme-tags` (id 42)')
    const kept = renderSummary({
      repository: 'o/r',
      result,
      resultFile: 'f',
      artifact: { name: 'readme-tags', outcome: { uploaded: false, reason: 'no service' } }
    })
    expect(kept).toContain('Artifact `readme-tags` not uploaded: no service')
  })
})
