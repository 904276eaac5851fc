import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClassifier, parseProviderSettings } from '../src/classify/provider.js'
import { InputError } from '../src/errors.js'
import { estimateCost, formatUsage, totalUsage } from '../src/pricing.js'
import { parseTagList } from '../src/tags/parse.js'
import { type OpenAIServer, startOpenAIServer, tagsReply } from './fixtures/openai-server.js'

const TAGS = parseTagList('cli, database', 'test')
const reader = (values: Record<string, string>) => (name: string) => values[name]

let server: OpenAIServer
beforeAll(async () => {
  server = await startOpenAIServer()
})
afterAll(async () => {
  await server.close()
})

describe('parseProviderSettings', () => {
  it('applies the defaults', () => {
    expect(parseProviderSettings(reader({}))).toEqual({
      provider: 'local',
      model: {
        baseUrl: 'https://api.openai.com/v1',
        model: 'gpt-4.1-mini',
        maxInputTokens: 4000,
        shortlistAbove: 60,
        timeoutMs: 120_000,
        onModelError: 'fallback'
      },
      ignored: []
    })
  })

  it('reads every model input and trims a trailing slash from base-url', () => {
    const settings = parseProviderSettings(
      reader({
        provider: 'openai',
        'base-url': 'http://127.0.0.1:11434/v1/',
        model: 'qwen3:4b',
        'max-input-tokens': '2000',
        'shortlist-above': '30',
        'model-timeout': '15',
        'on-model-error': 'fail'
      })
    )
    expect(settings.model).toEqual({
      baseUrl: 'http://127.0.0.1:11434/v1',
      model: 'qwen3:4b',
      maxInputTokens: 2000,
      shortlistAbove: 30,
      timeoutMs: 15_000,
      onModelError: 'fail'
    })
  })

  it('names the model inputs a local provider ignores', () => {
    expect(parseProviderSettings(reader({ model: 'x', 'model-timeout': '5' })).ignored).toEqual([
      'model',
      'model-timeout'
    ])
  })

  it.each([
    [{ provider: 'llm' }, /provider must be one of "local", "openai"; got "llm"/],
    [{ 'base-url': 'localhost:8080' }, /base-url must be an http\(s\) URL/],
    [{ 'max-input-tokens': '1200.5' }, /max-input-tokens must be a whole number/],
    [{ 'max-input-tokens': '10' }, /max-input-tokens must be a number from 500/],
    [{ 'shortlist-above': '0' }, /shortlist-above must be a number from 1 to 500/],
    [{ 'model-timeout': 'soon' }, /model-timeout must be a number from 1 to 3600/],
    [{ 'on-model-error': 'retry' }, /on-model-error must be one of "fallback", "fail"/]
  ])('rejects %j', (values, message) => {
    expect(() => parseProviderSettings(reader(values))).toThrow(InputError)
    expect(() => parseProviderSettings(reader(values))).toThrow(message)
  })
})

describe('createClassifier', () => {
  it('gives the offline classifier for provider local', async () => {
    const classifier = await createClassifier(parseProviderSettings(reader({})), TAGS)
    expect(classifier.identity.provider).toBe('local')
  })

  it('refuses OpenAI itself without a key, before any call', async () => {
    await expect(
      createClassifier(parseProviderSettings(reader({ provider: 'openai' })), TAGS, { apiKey: '' })
    ).rejects.toThrow(/needs an API key/)
  })

  it('builds the model classifier against base-url with the key, and records the prompt version and base-url in its identity', async () => {
    server.script([tagsReply(['cli'])])
    const settings = parseProviderSettings(reader({ provider: 'openai', 'base-url': server.url, model: 'small' }))
    const classifier = await createClassifier(settings, TAGS, { apiKey: 'sk-from-env' })
    expect(classifier.identity).toMatchObject({ provider: 'openai', model: 'small' })
    expect(classifier.identity.settings).toContain(server.url)
    expect(await classifier.classify({ readme: 'A command-line tool.' }, { maxTags: 2 })).toMatchObject({
      provider: 'openai',
      model: 'small'
    })
    expect(server.requests[0]?.headers.authorization).toBe('Bearer sk-from-env')
  })
})

describe('usage and cost', () => {
  it('estimates the cost of known models, dated names included, and not of unknown ones', () => {
    const usage = { prompt_tokens: 1_000_000, completion_tokens: 1_000_000, total_tokens: 2_000_000 }
    expect(estimateCost('gpt-4.1-mini', usage)).toBeCloseTo(2.0)
    expect(estimateCost('gpt-4.1-mini-2025-04-14', usage)).toBeCloseTo(2.0)
    expect(estimateCost('llama3.2:3b', usage)).toBeNull()
    expect(estimateCost('gpt-4.1-mini', null)).toBeNull()
  })

  it('adds up results and formats one line', () => {
    const totals = totalUsage([
      { model: 'gpt-4.1-mini', usage: { prompt_tokens: 1000, completion_tokens: 10, total_tokens: 1010 } },
      { model: null, usage: null },
      { model: 'gpt-4.1-mini', usage: { prompt_tokens: 500, completion_tokens: 10, total_tokens: 510 } }
    ])
    expect(totals).toMatchObject({ calls: 2, prompt_tokens: 1500, completion_tokens: 20, total_tokens: 1520 })
    expect(totals.cost).toBeCloseTo(0.000632)
    expect(formatUsage(totals)).toBe(
      '2 model calls, 1,520 tokens (1,500 prompt + 20 completion), estimated cost $0.0006'
    )
    expect(
      formatUsage(
        totalUsage([{ model: 'local-llm', usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 } }])
      )
    ).toMatch(/cost unknown/)
  })
})
