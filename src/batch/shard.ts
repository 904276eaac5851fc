import { InputError } from '../errors.js'

/** One shard of a matrix run: `index` is 1-based, `count` the number of shards. */
export interface Shard {
  readonly index: number
  readonly count: number
}

/** Parse `shard: i/n` (1-based); empty means the whole list (1/1). */
export function parseShard(value: string | undefined): Shard {
  if (value === undefined || value.trim() === '') return { index: 1, count: 1 }
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value)
  const index = match ? Number(match[1]) : NaN
  const count = match ? Number(match[2]) : NaN
  if (!match || count < 1 || index < 1 || index > count || count > 1000) {
    throw new InputError(
      `shard must be "i/n" with 1 <= i <= n <= 1000 (for example "\${{ matrix.shard }}/4"); got "${value}".`
    )
  }
  return { index, count }
}

/**
 * FNV-1a (32 bit) of a string's UTF-16 code units: stable across runs, machines and Node versions,
 * unlike anything seeded. Only the distribution matters here, not cryptographic strength.
 */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

/**
 * The 1-based shard a repository belongs to: its lowercase `owner/name` hashed mod `count`, so every job
 * of a matrix agrees without talking to the others, and a repository stays in its shard between runs.
 * @example shardOf('Octo/Hello', 4) === shardOf('octo/hello', 4)
 */
export function shardOf(fullName: string, count: number): number {
  return (stableHash(fullName.toLowerCase()) % count) + 1
}

/** Keep the repositories that belong to `shard`. */
export function inShard<T extends { readonly fullName: string }>(repos: readonly T[], shard: Shard): T[] {
  if (shard.count === 1) return [...repos]
  return repos.filter(repo => shardOf(repo.fullName, shard.count) === shard.index)
}
