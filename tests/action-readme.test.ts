import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { explainReadError, explainTopicsError } from '../src/github/errors.js'
import { inputsTable, outputsTable, replaceBetweenMarkers, updateReadme } from '../scripts/update-readme.js'

const root = new URL('../', import.meta.url)

describe('README tables generated from action.yml', () => {
  it('are up to date (run "npm run docs" after changing action.yml)', async () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8')
    expect(await updateReadme(readme, readFileSync(new URL('action.yml', root), 'utf8'))).toBe(readme)
  })

  it('are laid out as Prettier lays them out, so formatting the README does not undo them', async () => {
    const { format, resolveConfig } = await import('prettier')
    const readme = await updateReadme(
      readFileSync(new URL('README.md', root), 'utf8'),
      readFileSync(new URL('action.yml', root), 'utf8')
    )
    const options = { ...(await resolveConfig(new URL('README.md', root).pathname)), parser: 'markdown' }
    const formatted = await format(readme, options)
    const tables = (text: string) =>
      text.slice(text.indexOf('<!-- inputs:start -->'), text.indexOf('<!-- outputs:end -->'))
    expect(tables(formatted)).toBe(tables(readme))
  })

  it('render one row per input and output, escaping pipes and showing defaults as code', () => {
    const action = {
      inputs: {
        mode: { description: 'a | b\n  on two lines', default: 'a' },
        token: { description: 'Secret.', default: '' }
      },
      outputs: { tags: { description: 'JSON.' } }
    }
    expect(inputsTable(action)).toBe(
      [
        '| Name | Description | Default |',
        '| --- | --- | --- |',
        '| `mode` | a \\| b on two lines | `a` |',
        '| `token` | Secret. |  |'
      ].join('\n')
    )
    expect(outputsTable(action)).toBe(['| Name | Description |', '| --- | --- |', '| `tags` | JSON. |'].join('\n'))
  })

  it('replace only what is between the markers, and insist on them', () => {
    const text = 'before\n<!-- inputs:start -->\nold\n<!-- inputs:end -->\nafter\n'
    expect(replaceBetweenMarkers(text, 'inputs', 'new')).toBe(
      'before\n<!-- inputs:start -->\n\nnew\n\n<!-- inputs:end -->\nafter\n'
    )
    expect(() => replaceBetweenMarkers('no markers', 'inputs', 'x')).toThrow(/no "<!-- inputs:start -->"/)
  })
})

describe('README Permissions section', () => {
  it('quotes the errors as the action words them', () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8')
    const section = readme.slice(readme.indexOf('## Permissions'))
    const quoted = [...section.matchAll(/```text\n([\s\S]*?)```/g)].map(m => collapse(m[1]!).replace(/ …$/, ''))
    const httpError = (status: number, message: string) =>
      Object.assign(new Error(message), { name: 'HttpError', status })
    // Octokit's message: GitHub's message, then " - " and the body's documentation_url.
    const docs = 'https://docs.github.com/rest/repos/repos'
    const actual = [
      explainTopicsError(
        httpError(403, `Resource not accessible by integration - ${docs}#replace-all-repository-topics`),
        { owner: 'octo', repo: 'tool' }
      ).message,
      explainReadError(
        httpError(404, `Not Found - ${docs}#get-a-repository`),
        { owner: 'octo', repo: 'private' },
        'the repository'
      ).message
    ]
    expect(quoted).toHaveLength(2)
    quoted.forEach((text, i) => expect(collapse(actual[i]!).startsWith(text), text).toBe(true))
  })
})

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

describe('README workflow examples', () => {
  const readme = readFileSync(new URL('README.md', root), 'utf8')
  const action = parse(readFileSync(new URL('action.yml', root), 'utf8')) as {
    inputs: Record<string, unknown>
    outputs: Record<string, unknown>
  }
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map(m => m[1]!)

  it('are valid YAML (a plain `run: echo "a: b"` is not)', () => {
    expect(blocks.length).toBeGreaterThan(3)
    for (const block of blocks) expect(() => parse(block), block).not.toThrow()
  })

  it('give the action only inputs it has, and read only outputs it sets', () => {
    const steps: Record<string, unknown>[] = []
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk)
      else if (node !== null && typeof node === 'object') {
        const step = node as { uses?: unknown; with?: Record<string, unknown> }
        if (step.uses === '<owner>/readme-tagger@v1') steps.push(step.with ?? {})
        Object.values(node).forEach(walk)
      }
    }
    blocks.forEach(block => walk(parse(block)))
    expect(steps.length).toBeGreaterThan(2)
    for (const step of steps) for (const name of Object.keys(step)) expect(action.inputs, name).toHaveProperty([name])
    for (const [, name] of readme.matchAll(/(?:steps\.\w+|needs\.\w+)\.outputs\.([\w-]+)/g))
      expect(action.outputs, name).toHaveProperty([name!])
  })
})
