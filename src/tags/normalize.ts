/** GitHub topics are at most 50 characters. */
export const MAX_TOPIC_LENGTH = 50

/**
 * The form a tag name takes as a GitHub topic: lowercase, runs outside a–z/0–9 turned into `-`,
 * `-` trimmed at the ends, at most 50 characters. May be empty (e.g. a name of only non-Latin letters).
 * @example normalizeTagName(' Game Engine ') === 'game-engine'
 */
export function normalizeTagName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_TOPIC_LENGTH)
    .replace(/-+$/, '')
}
