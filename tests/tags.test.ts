import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputError } from '../src/errors.js'
import { parseMaxTags } from '../src/options.js'
import { loadTagList } from '../src/tags/load.js'
import { normalizeTagName } from '../src/tags/normalize.js'
import { parseTagList } from '../src/tags/parse.js'

const names = (text: string) => parseTagList(text, 'tags').map(tag => tag.name)

describe('tag list forms', () => {
  it('reads a JSON array of objects, trimming names and keeping ids as given', () => {
    const list = parseTagList('[{"id":77,"name":"3d"},{"id":"x1","name":"game-engine "}]', 'tags')
    expect(list).toEqual([
      { name: '3d', normal: '3d', id: 77, aliases: [], form: 'object' },
      { name: 'game-engine', normal: 'game-engine', id: 'x1', aliases: [], form: 'object' }
    ])
  })

  it('reads a JSON array of strings', () => {
    const list = parseTagList('["cli", " Web App "]', 'tags')
    expect(list.map(tag => [tag.name, tag.normal, tag.form])).toEqual([
      ['cli', 'cli', 'string'],
      ['Web App', 'web-app', 'string']
    ])
  })

  it('reads descriptions and aliases from objects', () => {
    const [tag] = parseTagList(
      '[{"name":"k8s","description":" Kubernetes ","aliases":["kubernetes"," kube "]}]',
      'tags'
    )
    expect(tag).toMatchObject({ description: 'Kubernetes', aliases: ['kubernetes', 'kube'] })
  })

  it('reads YAML lists of strings and of objects', () => {
    expect(names('- cli\n- database\n')).toEqual(['cli', 'database'])
    const list = parseTagList('- name: ai\n  id: 17\n  aliases: [llm]\n- name: chat\n', 'tags')
    expect(list.map(tag => [tag.name, tag.id, tag.aliases])).toEqual([
      ['ai', 17, ['llm']],
      ['chat', undefined, []]
    ])
  })

  it('splits other text on newlines and commas', () => {
    expect(names('cli, database\n web-app ,,\n\n')).toEqual(['cli', 'database', 'web-app'])
  })

  it('reads files by extension, and .txt skips blank and # lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tags-'))
    writeFileSync(join(dir, 'a.json'), '["x","y"]')
    writeFileSync(join(dir, 'b.yaml'), '- x\n- y\n')
    writeFileSync(join(dir, 'c.txt'), '# vocabulary\nx\n\ny, z\n')
    expect(loadTagList({ tags: join(dir, 'a.json'), tagsMayBeFile: true }).map(t => t.name)).toEqual(['x', 'y'])
    expect(loadTagList({ tagsFile: join(dir, 'b.yaml') }).map(t => t.name)).toEqual(['x', 'y'])
    expect(loadTagList({ tagsFile: join(dir, 'c.txt') }).map(t => t.name)).toEqual(['x', 'y, z'])
  })

  it('reads files saved with a byte-order mark (Windows editors write one)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tags-'))
    writeFileSync(join(dir, 'a.json'), '\uFEFF["x","y"]')
    writeFileSync(join(dir, 'b.yml'), '\uFEFF- x\n- y\n')
    for (const file of ['a.json', 'b.yml'])
      expect(loadTagList({ tagsFile: join(dir, file) }).map(t => t.name)).toEqual(['x', 'y'])
  })

  it('reads a --tags value that names a directory, not a file, as a tag name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tags-'))
    mkdirSync(join(dir, 'database'))
    const value = join(dir, 'database')
    expect(loadTagList({ tags: value, tagsMayBeFile: true }).map(t => t.name)).toEqual([value])
  })
})

describe('normal form', () => {
  it('lowercases, turns runs of other characters into "-", strips the ends, caps at 50', () => {
    expect(normalizeTagName('  Game Engine!! ')).toBe('game-engine')
    expect(normalizeTagName('C++ / C#')).toBe('c-c')
    expect(normalizeTagName('日本語')).toBe('')
    expect(normalizeTagName(`${'a'.repeat(49)}-bbbb`)).toBe('a'.repeat(49))
    expect(normalizeTagName('x'.repeat(60))).toHaveLength(50)
  })
})

describe('tag list errors', () => {
  const error = (fn: () => unknown) => {
    try {
      fn()
    } catch (caught) {
      expect(caught).toBeInstanceOf(InputError)
      return (caught as Error).message
    }
    throw new Error('expected an InputError')
  }

  it('rejects an empty list', () => {
    expect(error(() => parseTagList('[]', 'tags'))).toMatch(/empty/)
    expect(error(() => loadTagList({ tags: '  ' }))).toMatch(/No tag list/)
  })

  it('gives the line and column of invalid JSON', () => {
    expect(error(() => parseTagList('[\n  {"name": "a"},\n  {"name": }\n]', 'tags.json'))).toMatch(
      /tags\.json: invalid JSON at line 3, column 12: value expected/
    )
  })

  it('gives the position of invalid YAML, once', () => {
    expect(error(() => parseTagList('- name: a\n- name: [b\n', 'tags.yml', 'yaml'))).toMatch(/invalid YAML at line \d+/)
    expect(error(() => parseTagList('- name: a\n - name: b\n', 'tags.yml', 'yaml'))).toBe(
      'tags.yml: invalid YAML at line 2, column 2: All sequence items must start at the same column.'
    )
  })

  it('rejects an inline JSON object: the list must be an array', () => {
    expect(error(() => parseTagList('{"name":"cli"}', 'tags'))).toMatch(/must be an array .*got an object/)
  })

  it('rejects a name with no letter or digit, which cannot be a topic', () => {
    expect(error(() => parseTagList('cli, -', 'tags'))).toMatch(/entry 2 \("-"\) has no letter or digit/)
    expect(parseTagList('["数据库"]', 'tags')[0]?.name).toBe('数据库')
  })

  it('names the entry without a name', () => {
    expect(error(() => parseTagList('[{"name":"a"},{"id":3}]', 'tags'))).toMatch(/entry 2 has no "name"/)
  })

  it('names both colliding names', () => {
    expect(error(() => parseTagList('["Web App","web-app"]', 'tags'))).toMatch(/"Web App" and "web-app".*"web-app"/)
  })

  it('rejects both tags and tags-file, and a missing file named by extension', () => {
    expect(error(() => loadTagList({ tags: 'a', tagsFile: 'b.json' }))).toMatch(/Both "tags" and "tags-file"/)
    expect(error(() => loadTagList({ tags: 'missing.yml', tagsMayBeFile: true }))).toMatch(/does not exist/)
    expect(error(() => loadTagList({ tagsFile: 'nope.json', missingFileHint: 'Add actions/checkout.' }))).toMatch(
      /no such file\. Add actions\/checkout\./
    )
  })

  it('rejects a max-tags that is not an integer from 1 to 20', () => {
    for (const bad of ['0', '21', '2.5', 'three', '-1']) expect(error(() => parseMaxTags(bad))).toMatch(/max-tags/)
    expect(parseMaxTags('')).toBe(3)
    expect(parseMaxTags('20')).toBe(20)
  })
})
