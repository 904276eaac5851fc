import type { ResponseFormatJSONObject, ResponseFormatJSONSchema } from 'openai/resources/shared'
import { normalizeTagName } from '../../tags/normalize.js'
import type { TagList } from '../../tags/types.js'
import { ModelError } from './errors.js'

/**
 * The strict `json_schema` response format: `{"tags": [...]}` whose items are an enum of the offered names,
 * at most `maxTags` of them. Servers that reject it (or its `maxItems`) get JSON mode instead.
 */
export function tagsResponseFormat(choices: TagList, maxTags: number): ResponseFormatJSONSchema {
  return {
    type: 'json_schema',
    json_schema: {
      name: 'repository_tags',
      description: 'Tags chosen from the list, best first.',
      strict: true,
      schema: {
        type: 'object',
        properties: {
          tags: {
            type: 'array',
            description: `At most ${maxTags} names from the list, best first; empty when none fits.`,
            items: { type: 'string', enum: choices.map(tag => tag.name) },
            maxItems: maxTags
          }
        },
        required: ['tags'],
        additionalProperties: false
      }
    }
  }
}

/** JSON mode: valid JSON of any shape, read with the tolerant parser. */
export const JSON_MODE: ResponseFormatJSONObject = { type: 'json_object' }

/**
 * The names a model's message content proposes, read tolerantly: `{"tags": [...]}` as asked, but also a bare
 * array, a fenced code block, text around the JSON, items given as `{name}` objects or as one comma-separated
 * string. Throws a ModelError when no JSON with tags can be found.
 */
export function readProposedNames(content: string): string[] {
  const value = parseJsonSomewhere(content)
  const tags = Array.isArray(value) ? value : isRecord(value) ? (value.tags ?? value.topics ?? value.labels) : undefined
  if (typeof tags === 'string')
    return tags
      .split(',')
      .map(name => name.trim())
      .filter(Boolean)
  if (!Array.isArray(tags)) {
    throw new ModelError(
      'bad-answer',
      `the model's answer was not the expected JSON {"tags": [...]}: ${preview(content)}`
    )
  }
  return tags.flatMap(item => {
    if (typeof item === 'string') return [item]
    if (isRecord(item) && typeof item.name === 'string') return [item.name]
    return []
  })
}

/**
 * What code keeps of a proposal, whatever the server returned: only names among the offered ones (matched
 * exactly, else by the normal form of a name or an alias), each once, at most `maxTags`, in the model's order. May be empty.
 * @example keepListed(['CLI', 'bitcoin', 'cli', 'web'], list(['cli', 'web']), 1) // ['cli']
 */
export function keepListed(proposed: readonly string[], choices: TagList, maxTags: number): string[] {
  const byName = new Map(choices.map(tag => [tag.name, tag.name]))
  // Aliases first, so that a name's own normal form wins where the two collide.
  const byNormal = new Map(
    choices.flatMap(tag => tag.aliases.map(alias => [normalizeTagName(alias), tag.name] as const))
  )
  for (const tag of choices) byNormal.set(tag.normal, tag.name)
  const kept: string[] = []
  for (const raw of proposed) {
    const name = byName.get(raw.trim()) ?? byNormal.get(normalizeTagName(raw))
    if (name !== undefined && !kept.includes(name)) kept.push(name)
    if (kept.length === maxTags) break
  }
  return kept
}

function parseJsonSomewhere(content: string): unknown {
  const text = content.trim()
  const candidates = [text, fenced(text), slice(text, '{', '}'), slice(text, '[', ']')]
  for (const candidate of candidates) {
    if (!candidate) continue
    try {
      return JSON.parse(candidate)
    } catch {
      // try the next reading
    }
  }
  return undefined
}

function fenced(text: string): string | undefined {
  return /```(?:json)?\s*([^]*?)```/i.exec(text)?.[1]?.trim()
}

function slice(text: string, open: string, close: string): string | undefined {
  const start = text.indexOf(open)
  const end = text.lastIndexOf(close)
  return start >= 0 && end > start ? text.slice(start, end + 1) : undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The start of a server's text for an error message, on one line. */
export function preview(text: string, max = 120): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > max ? `"${line.slice(0, max)}…"` : `"${line}"`
}
