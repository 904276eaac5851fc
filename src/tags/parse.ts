import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser'
import { parseDocument } from 'yaml'
import { InputError } from '../errors.js'
import { normalizeTagName } from './normalize.js'
import type { TagEntry, TagList } from './types.js'

/** `lines` splits on newlines and commas (inline text); `txt` is one name per line (a .txt file). */
export type TagListFormat = 'json' | 'yaml' | 'lines' | 'txt'

/**
 * Parse a tag list given as text. `format` is guessed when absent: text starting with `[` is JSON,
 * text whose lines start with `- ` is YAML, anything else is names split on newlines and commas.
 * `source` names where the text came from, for error messages.
 */
export function parseTagList(text: string, source: string, format?: TagListFormat): TagList {
  const chosen = format ?? guessFormat(text)
  const raw =
    chosen === 'json'
      ? parseJson(text, source)
      : chosen === 'yaml'
        ? parseYaml(text, source)
        : splitNames(text, chosen === 'txt' ? /\r?\n/ : /[\r\n,]+/)
  return validateEntries(raw, source)
}

function guessFormat(text: string): TagListFormat {
  const trimmed = text.trim()
  // A JSON object is not a list, but reading it as names would make one odd tag: let JSON say so.
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) return 'json'
  const lines = trimmed.split(/\r?\n/).filter(line => line.trim() !== '' && !line.trim().startsWith('#'))
  if (lines.length > 0 && lines.every(line => /^\s*- /.test(line) || /^\s+\S/.test(line))) return 'yaml'
  return 'lines'
}

function splitNames(text: string, separator: RegExp): unknown[] {
  return text
    .split(separator)
    .map(part => part.trim())
    .filter(part => part !== '' && !part.startsWith('#'))
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    // JSON.parse's messages rarely carry a position; jsonc-parser's strict scan locates the first fault.
    const errors: ParseError[] = []
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false })
    const first = errors[0]
    const detail = first
      ? `at ${lineAndColumn(text, first.offset)}: ${readable(printParseErrorCode(first.error))}`
      : `: ${error instanceof Error ? error.message : String(error)}`
    throw new InputError(`${source}: invalid JSON ${detail}. Fix the JSON, or give the tags as lines.`)
  }
}

/** "line L, column C" (1-based) of a character offset. */
export function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  return `line ${line}, column ${column}`
}

function parseYaml(text: string, source: string): unknown {
  const document = parseDocument(text)
  const first = document.errors[0]
  if (first) {
    const at = first.linePos?.[0]
    const where = at ? ` at line ${at.line}, column ${at.col}` : ''
    // The yaml package ends its first line with the position again ("… at line 2, column 2:").
    const message = (first.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')
    throw new InputError(`${source}: invalid YAML${where}: ${message.replace(/[.:]?$/, '.')}`)
  }
  return document.toJS()
}

function validateEntries(raw: unknown, source: string): TagList {
  if (!Array.isArray(raw)) {
    throw new InputError(
      `${source}: the tag list must be an array of names or of objects with "name"; got ${describe(raw)}.`
    )
  }
  if (raw.length === 0) throw new InputError(`${source}: the tag list is empty; give at least one tag.`)
  const entries = raw.map((item, index) => toEntry(item, `${source}: entry ${index + 1}`))
  rejectCollisions(entries, source)
  return entries
}

function toEntry(item: unknown, where: string): TagEntry {
  if (typeof item === 'string' || typeof item === 'number') {
    const name = String(item).trim()
    if (name === '') throw new InputError(`${where} is an empty name.`)
    return { name: checkName(name, where), normal: normalizeTagName(name), aliases: [], form: 'string' }
  }
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    throw new InputError(`${where} must be a name or an object with "name"; got ${describe(item)}.`)
  }
  const record = item as Record<string, unknown>
  if (typeof record.name !== 'string' || record.name.trim() === '') {
    throw new InputError(`${where} has no "name": every tag object needs a non-empty "name" string.`)
  }
  const name = checkName(record.name.trim(), where)
  const id = record.id
  if (id !== undefined && id !== null && typeof id !== 'string' && typeof id !== 'number') {
    throw new InputError(`${where} ("${name}"): "id" must be a number or a string; got ${describe(id)}.`)
  }
  if (record.description !== undefined && typeof record.description !== 'string') {
    throw new InputError(`${where} ("${name}"): "description" must be a string.`)
  }
  const aliases = record.aliases ?? []
  if (!Array.isArray(aliases) || !aliases.every(alias => typeof alias === 'string')) {
    throw new InputError(`${where} ("${name}"): "aliases" must be a list of strings.`)
  }
  return {
    name,
    normal: normalizeTagName(name),
    ...(id === undefined || id === null ? {} : { id }),
    ...(record.description ? { description: record.description.trim() } : {}),
    aliases: aliases.map(alias => alias.trim()).filter(Boolean),
    form: 'object'
  }
}

/** A name of punctuation only ("-", "!!") has no topic form and no meaning: likely a slip. */
function checkName(name: string, where: string): string {
  if (!/[\p{L}\p{N}]/u.test(name)) throw new InputError(`${where} ("${name}") has no letter or digit; remove it.`)
  return name
}

function rejectCollisions(entries: readonly TagEntry[], source: string): void {
  const seen = new Map<string, TagEntry>()
  for (const entry of entries) {
    // Names with an empty normal form (e.g. only non-Latin letters) are compared as written.
    const key = entry.normal || `\u0000${entry.name.toLowerCase()}`
    const earlier = seen.get(key)
    if (earlier) {
      throw new InputError(
        `${source}: tags "${earlier.name}" and "${entry.name}" have the same topic form "${entry.normal}"; keep one of them.`
      )
    }
    seen.set(key, entry)
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  return `${typeof value} ${JSON.stringify(value)}`
}

/** "ValueExpected" → "value expected". */
function readable(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
}
