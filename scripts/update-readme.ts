/**
 * Generate the README's Inputs and Outputs tables from action.yml, between marker comments, so the README
 * and the metadata never drift apart. `npm run docs` rewrites README.md; `--check` only reports (exit 1).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as prettier from 'prettier'
import { parse } from 'yaml'

interface ActionMetadata {
  readonly inputs?: Record<string, { description?: string; default?: unknown; required?: boolean }>
  readonly outputs?: Record<string, { description?: string }>
}

/** A table cell: one line, pipes escaped. */
function cell(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim()
}

/** The Inputs table: Name | Description | Default. */
export function inputsTable(action: ActionMetadata): string {
  const rows = Object.entries(action.inputs ?? {}).map(([name, spec]) => {
    const value = String(spec.default ?? '')
    return `| \`${name}\` | ${cell(spec.description ?? '')} | ${value === '' ? '' : `\`${cell(value)}\``} |`
  })
  return ['| Name | Description | Default |', '| --- | --- | --- |', ...rows].join('\n')
}

/** The Outputs table: Name | Description. */
export function outputsTable(action: ActionMetadata): string {
  const rows = Object.entries(action.outputs ?? {}).map(
    ([name, spec]) => `| \`${name}\` | ${cell(spec.description ?? '')} |`
  )
  return ['| Name | Description |', '| --- | --- |', ...rows].join('\n')
}

/**
 * Replace what lies between `<!-- name:start -->` and `<!-- name:end -->`; the markers must exist. Blank lines
 * around the content are what Prettier leaves there, so `prettier --write` and this agree.
 */
export function replaceBetweenMarkers(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`
  const end = `<!-- ${name}:end -->`
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < from) throw new Error(`README.md has no "${start}" … "${end}" markers.`)
  return `${text.slice(0, from + start.length)}\n\n${content.trim()}\n\n${text.slice(to)}`
}

/** A Markdown table as Prettier lays it out with the project's settings (columns padded). */
async function formatTable(table: string): Promise<string> {
  const options = (await prettier.resolveConfig(fileURLToPath(new URL('../README.md', import.meta.url)))) ?? {}
  return prettier.format(table, { ...options, parser: 'markdown' })
}

/** The README with both tables regenerated from action.yml's text. */
export async function updateReadme(readme: string, actionYml: string): Promise<string> {
  const action = parse(actionYml) as ActionMetadata
  const inputs = await formatTable(inputsTable(action))
  const outputs = await formatTable(outputsTable(action))
  return replaceBetweenMarkers(replaceBetweenMarkers(readme, 'inputs', inputs), 'outputs', outputs)
}

async function main(): Promise<void> {
  const root = new URL('../', import.meta.url)
  const readmePath = fileURLToPath(new URL('README.md', root))
  const readme = readFileSync(readmePath, 'utf8')
  const updated = await updateReadme(readme, readFileSync(new URL('action.yml', root), 'utf8'))
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      console.error('README.md tables are out of date with action.yml: run "npm run docs".')
      process.exit(1)
    }
    return
  }
  if (updated !== readme) writeFileSync(readmePath, updated)
  console.error(updated === readme ? 'README.md is up to date.' : 'README.md tables updated from action.yml.')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
