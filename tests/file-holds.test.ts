import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fileHolds } from '../src/cli/learn-examples.js'

describe('fileHolds (does a batch input hold any example line?)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'file-holds-'))
  const write = (name: string, text: string): string => {
    const path = join(dir, name)
    writeFileSync(path, text)
    return path
  }
  // Larger than one read chunk (64 KiB), so that a match can fall across two chunks.
  const filler = `${JSON.stringify({ id: 'x', readme: 'a'.repeat(1000) })}\n`.repeat(70)

  it('finds the key anywhere, also split between two read chunks', async () => {
    expect(await fileHolds(write('end.jsonl', `${filler}{"id":"y","tags":["a"]}\n`), '"tags"')).toBe(true)
    const start = 65536 - 3 // "tags" starts 3 bytes before the first chunk ends
    const split = `${'x'.repeat(start)}"tags"${'x'.repeat(100)}`
    expect(await fileHolds(write('split.jsonl', split), '"tags"')).toBe(true)
  })

  it('says no for a file without it, and for "tags" that is only text inside a README', async () => {
    expect(await fileHolds(write('none.jsonl', filler), '"tags"')).toBe(false)
    const quoted = `${JSON.stringify({ id: 'z', readme: 'the "tags" key' })}\n`
    expect(quoted).toContain('\\"tags\\"')
    expect(await fileHolds(write('quoted.jsonl', quoted), '"tags"')).toBe(false)
    expect(await fileHolds(write('empty.jsonl', ''), '"tags"')).toBe(false)
  })
})
