/** One entry of the user's tag list, after parsing and validation. */
export interface TagEntry {
  /** The name as given, trimmed. */
  readonly name: string
  /** The GitHub-topic form of the name (see normalizeTagName); unique within a list. */
  readonly normal: string
  /** The id as given (number or string), for entries given as objects. */
  readonly id?: string | number
  readonly description?: string
  readonly aliases: readonly string[]
  /** Whether the list gave this entry as a plain string or as an object: results echo the same form. */
  readonly form: 'string' | 'object'
}

export type TagList = readonly TagEntry[]

/** How a chosen tag is echoed in a result: the form the list gave it. */
export type EchoedTag = string | { id: string | number | null; name: string }
