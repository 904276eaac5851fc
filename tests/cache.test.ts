import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as actionsCache from '@actions/cache'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ActionsCacheApi, openFileCache, restoreActionsCache, withCache } from '../src/cache/index.js'
import { createOfflineClassifier } from '../src/classify/offline/index.js'
import { createOpenAIClassifier, createOpenAIClient } from '../src/classify/openai/index.js'
import type { Classification } from '../src/classify/types.js'
import { tagItem } from '../src/core/tag-item.js'
import { parseTagList } from '../src/tags/parse.js'
import { type OpenAIServer, errorReply, startOpenAIServer, tagsReply } from './fixtures/openai-server.js'

const TAGS = parseTagList('cli, database, web-framework', 'test')
const SELECTION = { maxTags: 3 }
const ITEM = { id: 'a', readme: '# sqlsh\n\nA command-line shell for databases.', description: 'database shell' }
const ANSWER: Classification = {
  tags: [{ name: 'cli', score: 1, evidence: [{ text: 'chosen by m', where: 'model' }] }],
  provider: 'openai',
  model: 'm',
  usage: { prompt_tokens: 10, completion_tokens: 2, total_tokens: 12 }
}

let dir: string
let server: OpenAIServer
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'readme-tagger-cache-'))
  server = await startOpenAIServer()
})
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true })
  await server.close()
})

const modelClassifier = (model = 'test-model') =>
  createOpenAIClassifier({
    client: createOpenAIClient({ apiKey: 'sk-test', baseUrl: server.url }),
    tags: TAGS,
    model,
    offline: createOfflineClassifier(TAGS),
    timeoutMs: 1000,
    backoff: { initialMs: 5, maxMs: 10 }
  })

describe('the file cache', () => {
  it('starts empty when the file is missing, appends each answer, and reads them back (the newest wins)', () => {
    const path = join(dir, 'nested', 'answers.jsonl')
    const cache = openFileCache(path)
    expect(cache.size).toBe(0)
    cache.set('k1', ANSWER)
    cache.set('k1', { ...ANSWER, model: 'newer' })
    cache.set('k2', ANSWER)
    expect(readFileSync(path, 'utf8').trim().split('\n')).toHaveLength(3)
    const again = openFileCache(path)
    expect(again.size).toBe(2)
    expect(again.added).toBe(0)
    expect(again.get('k1')?.model).toBe('newer')
  })

  it('skips lines that are not entries, such as a line cut by a crash', () => {
    const path = join(dir, 'cut.jsonl')
    writeFileSync(
      path,
      `${JSON.stringify({ key: 'k', answer: ANSWER })}\nnot json\n{"key": "x"}\n{"key": "y", "answer": {"tags": [`
    )
    expect(openFileCache(path).size).toBe(1)
  })

  it('compacts to the newest entries', () => {
    const path = join(dir, 'compact.jsonl')
    const cache = openFileCache(path)
    for (let i = 0; i < 5; i++) cache.set(`k${i}`, ANSWER)
    cache.compact(2)
    expect(openFileCache(path).get('k4')).toBeDefined()
    expect(openFileCache(path).get('k2')).toBeUndefined()
    expect(readFileSync(path, 'utf8').trim().split('\n')).toHaveLength(2)
  })
})

describe('withCache', () => {
  it('answers the same item from the cache without a new call, under the result fingerprint', async () => {
    server.script([tagsReply(['database'])])
    const cache = openFileCache(join(dir, 'model.jsonl'))
    const first = await tagItem(ITEM, withCache(modelClassifier(), cache), SELECTION)
    const second = await tagItem(ITEM, withCache(modelClassifier(), openFileCache(join(dir, 'model.jsonl'))), SELECTION)
    expect(server.requests).toHaveLength(1)
    expect(first).toMatchObject({ tags: ['database'], provider: 'openai', usage: { total_tokens: 129 } })
    expect(second).toMatchObject({
      tags: ['database'],
      provider: 'openai (cached)',
      usage: null,
      fingerprint: first.fingerprint
    })
    expect(cache.get(first.fingerprint)).toBeDefined()
  })

  it('calls again when the README, the model or max-tags differ', async () => {
    server.script([tagsReply(['cli'])])
    const cache = openFileCache(join(dir, 'differ.jsonl'))
    await tagItem(ITEM, withCache(modelClassifier(), cache), SELECTION)
    await tagItem({ ...ITEM, readme: `${ITEM.readme}\nMore.` }, withCache(modelClassifier(), cache), SELECTION)
    await tagItem(ITEM, withCache(modelClassifier('other-model'), cache), SELECTION)
    await tagItem(ITEM, withCache(modelClassifier(), cache), { maxTags: 1 })
    await tagItem(ITEM, withCache(modelClassifier(), cache), SELECTION)
    expect(server.requests).toHaveLength(4)
  })

  it('does not keep a fallback answer, so the next run asks the model again', async () => {
    server.script([errorReply(401, 'bad key')])
    const cache = openFileCache(join(dir, 'fallback.jsonl'))
    const result = await tagItem(ITEM, withCache(modelClassifier(), cache), SELECTION)
    expect(result.provider).toMatch(/^local \(fallback: openai failed/)
    expect(cache.size).toBe(0)
  })
})

describe('the @actions/cache store', () => {
  // A stand-in for @actions/cache with the same contract: immutable keys, restore by exact key or newest prefix.
  function fakeActionsCache(): ActionsCacheApi & { saved: Map<string, string> } {
    const saved = new Map<string, string>()
    return {
      saved,
      async restoreCache(paths, primaryKey, restoreKeys = []) {
        const path = paths[0] ?? ''
        const exact = saved.has(primaryKey) ? primaryKey : undefined
        const byPrefix = [...saved.keys()].reverse().find(key => restoreKeys.some(prefix => key.startsWith(prefix)))
        const key = exact ?? byPrefix
        if (key) copyFileSync(saved.get(key) ?? '', path)
        return key
      },
      async saveCache(paths, key) {
        if (saved.has(key))
          throw new Error(`Unable to reserve cache with key ${key}, another job may be creating this cache.`)
        const path = paths[0] ?? ''
        const stored = join(dir, `stored-${saved.size}`)
        copyFileSync(path, stored)
        saved.set(key, stored)
        return 1
      }
    }
  }

  it('restores the newest entry by prefix, saves new answers under a new key each run, and skips saving when nothing is new', async () => {
    const api = fakeActionsCache()
    const messages: string[] = []
    const log = { info: (m: string) => messages.push(m), warning: (m: string) => messages.push(`warning: ${m}`) }
    const path = join(dir, 'runner', 'answers.jsonl')

    const run1 = await restoreActionsCache(api, { path, runKey: '100-1', log })
    expect(run1.restoredKey).toBeUndefined()
    run1.cache.set('k1', ANSWER)
    expect(await run1.save()).toBe('readme-tagger-answers-v1-100-1')

    rmSync(path) // a fresh runner
    const run2 = await restoreActionsCache(api, { path, runKey: '101-1', log })
    expect(run2.restoredKey).toBe('readme-tagger-answers-v1-100-1')
    expect(run2.cache.get('k1')).toEqual(ANSWER)
    expect(await run2.save()).toBeUndefined()
    run2.cache.set('k2', ANSWER)
    expect(await run2.save()).toBe('readme-tagger-answers-v1-101-1')

    rmSync(path)
    const run3 = await restoreActionsCache(api, { path, runKey: '102-1', log })
    expect(run3.restoredKey).toBe('readme-tagger-answers-v1-101-1')
    expect(run3.cache.size).toBe(2)
    expect(messages.some(m => m.startsWith('warning'))).toBe(false)
  })

  it('takes the real @actions/cache functions as they are', () => {
    const api: ActionsCacheApi = actionsCache
    expect([typeof api.restoreCache, typeof api.saveCache]).toEqual(['function', 'function'])
  })

  it('turns cache service failures into warnings', async () => {
    const messages: string[] = []
    const broken: ActionsCacheApi = {
      restoreCache: async () => {
        throw new Error('Cache service responded with 503')
      },
      saveCache: async () => {
        throw new Error('Cache service responded with 503')
      }
    }
    const path = join(dir, 'broken', 'answers.jsonl')
    const run = await restoreActionsCache(broken, {
      path,
      runKey: '1-1',
      log: { info: () => {}, warning: m => messages.push(m) }
    })
    run.cache.set('k', ANSWER)
    expect(await run.save()).toBeUndefined()
    expect(messages).toHaveLength(2)
    expect(existsSync(path)).toBe(true)
  })
})
