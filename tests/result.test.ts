import { describe, expect, it } from 'vitest'
import type { Classifier, Classification } from '../src/classify/types.js'
import { capBytes, tagItem } from '../src/core/tag-item.js'
import { parseTagList } from '../src/tags/parse.js'
import { assertValidResult } from './helpers/schema.js'

/** A classifier that answers whatever it is told to, to test what tagItem makes of answers. */
function scripted(listText: string, answer: Partial<Classification> | Error): Classifier {
  return {
    identity: { provider: 'scripted', model: 'm1', settings: 'v1' },
    tags: parseTagList(listText, 'tags'),
    async classify() {
      if (answer instanceof Error) throw answer
      return { tags: [], provider: 'scripted', model: 'm1', usage: null, ...answer }
    }
  }
}

const selection = { maxTags: 2 }

describe('tagItem results', () => {
  it('echoes object entries as {id, name} and string entries as strings, best first', async () => {
    const objects = scripted('[{"id":5,"name":"b ","description":"d","aliases":["x"]},{"name":"a"}]', {
      tags: [
        { name: 'a', score: 0.9, evidence: [] },
        { name: 'b', score: 1, evidence: [{ text: 'b', where: 'opening' }] }
      ]
    })
    const result = await tagItem({ readme: 'r', id: 9 }, objects, selection)
    assertValidResult(result)
    expect(result.tags).toEqual([
      { id: null, name: 'a' },
      { id: 5, name: 'b' }
    ])
    expect(result.id).toBe('9')

    const strings = scripted('a, b', { tags: [{ name: 'b', score: 1, evidence: [] }] })
    expect((await tagItem({ readme: 'r' }, strings, selection)).tags).toEqual(['b'])
  })

  it('keeps only listed names and at most max-tags, whatever the classifier says', async () => {
    const classifier = scripted('a, b, c', {
      tags: ['zzz', 'a', 'b', 'c'].map(name => ({ name, score: 1, evidence: [] }))
    })
    const result = await tagItem({ readme: 'r' }, classifier, selection)
    expect(result.tags).toEqual(['a', 'b'])
    expect(result.scores.map(score => score.name)).toEqual(['a', 'b'])
  })

  it('takes the id from the given id, else the repository id, else null', async () => {
    const classifier = scripted('a', {})
    expect((await tagItem({ readme: '', id: 'x' }, classifier, selection)).id).toBe('x')
    expect((await tagItem({ readme: '', repositoryId: 123 }, classifier, selection)).id).toBe('123')
    expect((await tagItem({ readme: '' }, classifier, selection)).id).toBeNull()
  })

  it('turns a classifier failure into a valid result with an error and no tags', async () => {
    const result = await tagItem({ readme: 'r', repository: 'o/r' }, scripted('a', new Error('boom')), selection)
    assertValidResult(result)
    expect(result).toMatchObject({ error: 'boom', tags: [], repository: 'o/r', provider: 'scripted' })
  })

  it('changes the fingerprint with the README, description, list, model and settings', async () => {
    const base = await tagItem({ readme: 'r', description: 'd' }, scripted('a, b', {}), selection)
    const variants = [
      await tagItem({ readme: 'r2', description: 'd' }, scripted('a, b', {}), selection),
      await tagItem({ readme: 'r', description: 'd2' }, scripted('a, b', {}), selection),
      await tagItem({ readme: 'r', description: 'd' }, scripted('a, c', {}), selection),
      await tagItem({ readme: 'r', description: 'd' }, scripted('a, b', {}), { maxTags: 3 })
    ]
    const other = scripted('a, b', {})
    const renamed = { ...other, identity: { ...other.identity, model: 'm2' } }
    variants.push(await tagItem({ readme: 'r', description: 'd' }, renamed, selection))
    // Where the README ends and the description begins is part of the input.
    variants.push(await tagItem({ readme: 'rd', description: '' }, scripted('a, b', {}), selection))
    variants.push(await tagItem({ readme: '', description: 'rd' }, scripted('a, b', {}), selection))
    for (const variant of variants) expect(variant.fingerprint).not.toBe(base.fingerprint)
    expect(variants.at(-1)!.fingerprint).not.toBe(variants.at(-2)!.fingerprint)
    const again = await tagItem({ readme: 'r', description: 'd', id: 'other' }, scripted('a, b', {}), selection)
    expect(again.fingerprint).toBe(base.fingerprint)
  })
})

describe('capBytes', () => {
  it('cuts to a byte budget without splitting a character', () => {
    const text = 'é'.repeat(1000)
    const cut = capBytes(text, 101)
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(101)
    expect(cut).toBe('é'.repeat(50))
    expect(capBytes('short', 100)).toBe('short')
  })
})
