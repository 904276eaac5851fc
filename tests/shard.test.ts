import { describe, expect, it } from 'vitest'
import { inShard, parseShard, shardOf, stableHash } from '../src/batch/shard.js'
import { toRef } from '../src/batch/types.js'

describe('shards', () => {
  it('parses i/n, 1-based, and rejects anything else naming the input', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 })
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 })
    expect(parseShard('')).toEqual({ index: 1, count: 1 })
    for (const bad of ['0/4', '5/4', '1/0', '2', 'a/b', '1/2/3', '-1/4'])
      expect(() => parseShard(bad)).toThrow(/^shard must be "i\/n"/)
  })

  it('hashes the lowercase owner/name: stable, case-insensitive, FNV-1a', () => {
    expect(stableHash('')).toBe(0x811c9dc5)
    expect(stableHash('a')).toBe(0xe40c292c)
    expect(shardOf('Octo-Org/Hello.World', 7)).toBe(shardOf('octo-org/hello.world', 7))
    expect(shardOf('anything/here', 1)).toBe(1)
  })

  it('puts every repository in exactly one shard, spread evenly', () => {
    const repos = Array.from({ length: 4000 }, (_, i) => toRef(`org-${i % 13}/repo-${i}`))
    const n = 8
    const shards = Array.from({ length: n }, (_, i) => inShard(repos, { index: i + 1, count: n }))
    expect(shards.flat().length).toBe(repos.length)
    expect(new Set(shards.flat().map(r => r.fullName)).size).toBe(repos.length)
    for (const shard of shards) expect(Math.abs(shard.length - repos.length / n)).toBeLessThan(repos.length / n / 5)
  })
})
