import { readFileSync } from 'node:fs'
import { parseTagList } from '../src/tags/parse.js'
import type { TagList } from '../src/tags/types.js'

/** GitHub's featured topics as a user's tag list: each topic's name, with its short description. */
export function loadTopicsAsTagList(file: string): TagList {
  const entries = readFileSync(file, 'utf8')
    .split('\n')
    .filter(line => line.trim())
    .map(line => JSON.parse(line) as { topic: string; short_description?: string })
    .map(t => ({ name: t.topic, ...(t.short_description ? { description: t.short_description } : {}) }))
  return parseTagList(JSON.stringify(entries), file)
}
