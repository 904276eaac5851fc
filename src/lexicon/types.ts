/** Weights of the four strength levels a lexicon phrase can have. */
export const WEIGHTS = { strong: 3, clear: 2, hint: 1, weak: 0.4 } as const

/**
 * What the built-in lexicon knows about one topic: the phrases by which READMEs signal it, by how
 * specific they are. Phrases are comma-separated; plurals and joined forms ("web app" → "webapp") are
 * added when compiled, so list the singular.
 */
export interface LexiconEntry {
  /** The topic's normal tag form (see normalizeTagName), e.g. 'k8s'. */
  readonly key: string
  /** Other normal forms users give this topic ('kubernetes'); a list naming any of them gets this entry. */
  readonly aliases: readonly string[]
  /** Broad tags (lib, framework, server…) that many READMEs mention in passing: damped when scored. */
  readonly generic: boolean
  /**
   * Where or in what form a project runs or ships, or the protocol it speaks (AWS, a command line, HTTP),
   * rather than what it does: scored a little below a tag of its function, which curators file such projects by.
   */
  readonly platform: boolean
  /** Phrases that on their own say the project is about this topic ("kubernetes operator"). */
  readonly strong: string
  /** Phrases that usually mean the topic. */
  readonly clear: string
  /** Phrases that point at it only alongside others. */
  readonly hint: string
  /** Phrases common in any README that lean towards it a little. */
  readonly weak: string
  /**
   * Keys of narrower entries this umbrella topic takes in (DevOps: CI/CD, IaC, monitoring…): a tag that
   * reaches the umbrella also reads their strong phrases, as clear ones.
   */
  readonly members: readonly string[]
}

/** Builds an entry from a compact literal; everything but the key is optional. */
export function topic(
  key: string,
  fields: Partial<Omit<LexiconEntry, 'key' | 'aliases' | 'members'>> & { aliases?: string; members?: string } = {}
): LexiconEntry {
  return {
    key,
    aliases: phraseList(fields.aliases ?? ''),
    generic: fields.generic ?? false,
    platform: fields.platform ?? false,
    strong: fields.strong ?? '',
    clear: fields.clear ?? '',
    hint: fields.hint ?? '',
    weak: fields.weak ?? '',
    members: phraseList(fields.members ?? '')
  }
}

/** The phrases of an entry with their weights. */
export function entryPhrases(entry: LexiconEntry): Array<[phrase: string, weight: number]> {
  const out: Array<[string, number]> = []
  for (const level of ['strong', 'clear', 'hint', 'weak'] as const)
    for (const phrase of phraseList(entry[level])) out.push([phrase, WEIGHTS[level]])
  return out
}

/** The phrases of one comma-separated list, trimmed, empty ones dropped. */
export function phraseList(list: string): string[] {
  return list
    .split(',')
    .map(phrase => phrase.trim())
    .filter(Boolean)
}

/** Whether `name` (a normal form) is the entry's key or one of its aliases. */
export function isNameOf(entry: LexiconEntry, name: string): boolean {
  return entry.key === name || entry.aliases.includes(name)
}
