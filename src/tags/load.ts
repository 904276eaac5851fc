import { readFileSync, statSync } from 'node:fs'
import { extname } from 'node:path'
import { InputError } from '../errors.js'
import { parseTagList, type TagListFormat } from './parse.js'
import type { TagList } from './types.js'

const FORMAT_BY_EXTENSION: Record<string, TagListFormat> = {
  '.json': 'json',
  '.yml': 'yaml',
  '.yaml': 'yaml',
  '.txt': 'txt'
}

export interface TagListSource {
  /** Inline text; in the CLI it may also name a file. */
  readonly tags?: string
  /** A path to a .json, .yml/.yaml or .txt file. */
  readonly tagsFile?: string
  /** Whether `tags` may name a file (the CLI's --tags); the action's `tags` input is always inline. */
  readonly tagsMayBeFile?: boolean
  /** Extra advice when a file is missing (the action says to add actions/checkout). */
  readonly missingFileHint?: string
}

/** Resolve the `tags` / `tags-file` pair into a validated tag list. */
export function loadTagList(source: TagListSource): TagList {
  const tags = source.tags?.trim() ? source.tags : undefined
  const tagsFile = source.tagsFile?.trim() ? source.tagsFile.trim() : undefined
  if (tags !== undefined && tagsFile !== undefined) {
    throw new InputError('Both "tags" and "tags-file" are set: give the tag list one way only.')
  }
  if (tagsFile !== undefined) return readTagFile(tagsFile, 'tags-file', source.missingFileHint)
  if (tags === undefined) {
    throw new InputError('No tag list: set "tags" (JSON, YAML or comma/newline-separated names) or "tags-file".')
  }
  const candidate = tags.trim()
  if (source.tagsMayBeFile && !candidate.includes('\n')) {
    // A directory of the same name ("database", "docs") is no tag list: the value is a name.
    if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) return readTagFile(candidate, 'tags')
    if (FORMAT_BY_EXTENSION[extname(candidate).toLowerCase()]) {
      throw new InputError(`tags: file "${candidate}" does not exist; check the path.`)
    }
  }
  return parseTagList(tags, 'tags')
}

function readTagFile(path: string, input: string, missingFileHint = ''): TagList {
  const format = FORMAT_BY_EXTENSION[extname(path).toLowerCase()]
  if (!format) {
    throw new InputError(`${input}: "${path}" must end in .json, .yml, .yaml or .txt so its format is known.`)
  }
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    throw new InputError(
      `${input}: cannot read "${path}": no such file.${missingFileHint ? ` ${missingFileHint}` : ''}`
    )
  }
  // Editors on Windows often save UTF-8 with a byte-order mark, which JSON and YAML parsers reject.
  return parseTagList(text.replace(/^\uFEFF/, ''), path, format)
}
