import { InputError } from './errors.js'

export const DEFAULT_MAX_TAGS = 3
export const MAX_MAX_TAGS = 20

/** Parse `max-tags`: an integer from 1 to 20; empty means the default. */
export function parseMaxTags(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_MAX_TAGS
  const trimmed = value.trim()
  const parsed = Number(trimmed)
  if (!/^[+]?\d+$/.test(trimmed) || !Number.isInteger(parsed) || parsed < 1 || parsed > MAX_MAX_TAGS) {
    throw new InputError(`max-tags must be an integer from 1 to ${MAX_MAX_TAGS}; got "${value}".`)
  }
  return parsed
}

/** Parse a number input within [min, max]; empty means `fallback`. */
export function parseNumberInput(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number
): number {
  if (value === undefined || value.trim() === '') return fallback
  const parsed = Number(value.trim())
  if (!Number.isFinite(parsed) || parsed < min || parsed > max) {
    throw new InputError(`${name} must be a number from ${min} to ${max}; got "${value}".`)
  }
  return parsed
}

/** Parse a boolean input: true/false in the forms the YAML 1.2 core schema allows; empty means `fallback`. */
export function parseBooleanInput(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value.trim() === '') return fallback
  const normal = value.trim().toLowerCase()
  if (normal === 'true') return true
  if (normal === 'false') return false
  throw new InputError(`${name} must be "true" or "false"; got "${value}".`)
}

/** Parse a closed set of values; the error lists the allowed ones. */
export function parseChoice<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T
): T {
  if (value === undefined || value.trim() === '') return fallback
  const normal = value.trim().toLowerCase()
  const found = allowed.find(choice => choice === normal)
  if (!found) throw new InputError(`${name} must be one of ${allowed.map(a => `"${a}"`).join(', ')}; got "${value}".`)
  return found
}

/** Where the result goes: the repository's topics, an artifact, or both. The result file is always written. */
export interface OutputTargets {
  readonly topics: boolean
  readonly artifact: boolean
}

/** `artifact`, `topics`, or both separated by a comma (either order). Empty means `artifact`. */
export function parseOutput(value: string): OutputTargets {
  const parts = value
    .split(/[\s,]+/)
    .map(part => part.trim().toLowerCase())
    .filter(Boolean)
  if (parts.length === 0) return { topics: false, artifact: true }
  const bad = parts.find(part => part !== 'topics' && part !== 'artifact')
  if (bad !== undefined) {
    throw new InputError(`output must be "artifact", "topics" or "topics,artifact"; got "${value}".`)
  }
  return { topics: parts.includes('topics'), artifact: parts.includes('artifact') }
}
