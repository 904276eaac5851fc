import { describe, expect, it } from 'vitest'
import { InputError } from '../src/errors.js'
import { explainTopicsError } from '../src/github/errors.js'
import { mergeTopics, planTopics, replaceTopics, topicsForTags } from '../src/github/topics.js'
import { parseTagList } from '../src/tags/parse.js'

const list = parseTagList('["CLI", "Web Framework", "Database", "Game Engine"]', 'tags')
const entry = (name: string) => list.find(tag => tag.name === name)!

describe('topicsForTags', () => {
  it('turns tags into topics by their normal form, best first', () => {
    expect(topicsForTags([entry('Web Framework'), entry('CLI')])).toEqual(['web-framework', 'cli'])
  })

  it('refuses a tag whose normal form is empty, naming it', () => {
    const [nonLatin] = parseTagList('["データベース"]', 'tags')
    expect(() => topicsForTags([nonLatin!])).toThrow(InputError)
    expect(() => topicsForTags([nonLatin!])).toThrow(/Tag "データベース" has no topic form .*output: artifact/s)
  })
})

describe('mergeTopics', () => {
  it('keeps topics outside the list in order, drops unchosen list topics, then adds the chosen best first', () => {
    const current = ['awesome', 'cli', 'rust', 'database', 'hacktoberfest']
    expect(mergeTopics(current, list, ['web-framework', 'database'])).toEqual([
      'awesome',
      'rust',
      'hacktoberfest',
      'web-framework',
      'database'
    ])
  })

  it('treats current topics case-insensitively when deciding what the list manages', () => {
    expect(mergeTopics(['CLI', 'Rust'], list, [])).toEqual(['Rust'])
  })

  it('refuses more than 20 topics instead of cutting them', () => {
    const current = Array.from({ length: 19 }, (_, i) => `t${i}`)
    expect(mergeTopics(current, list, ['cli'])).toHaveLength(20)
    expect(() => mergeTopics(current, list, ['cli', 'database'])).toThrow(
      /would give 21 topics, but GitHub allows 20: the repository already has 19 topics that are not in the tag list/
    )
  })
})

describe('replaceTopics and planTopics', () => {
  it('replace writes exactly the chosen tags', () => {
    expect(replaceTopics(['database', 'cli'])).toEqual(['database', 'cli'])
    expect(planTopics(['awesome', 'cli'], list, [entry('Database')], 'replace')).toEqual({
      before: ['awesome', 'cli'],
      after: ['database'],
      changed: true
    })
  })

  it('compares sets: the same topics in another order are unchanged', () => {
    expect(planTopics(['database', 'awesome'], list, [entry('Database')], 'merge')).toMatchObject({
      after: ['awesome', 'database'],
      changed: false
    })
    expect(planTopics(['cli', 'database'], list, [entry('Database'), entry('CLI')], 'replace').changed).toBe(false)
  })

  it('a merge that only removes an unchosen list topic is a change', () => {
    expect(planTopics(['awesome', 'cli'], list, [], 'merge')).toEqual({
      before: ['awesome', 'cli'],
      after: ['awesome'],
      changed: true
    })
  })
})

describe('explainTopicsError', () => {
  it('says an archived repository is read-only instead of blaming the token', () => {
    const error = Object.assign(new Error('Repository was archived so is read-only. - https://docs.github.com/rest'), {
      name: 'HttpError',
      status: 403
    })
    const message = explainTopicsError(error, { owner: 'octo', repo: 'old' }).message
    expect(message).toMatch(/^Cannot set the topics of octo\/old: it is archived, so GitHub keeps it read-only\./)
    expect(message).not.toMatch(/Administration/)
  })
})
