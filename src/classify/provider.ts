import type OpenAI from 'openai'
import { InputError } from '../errors.js'
import { parseChoice, parseNumberInput } from '../options.js'
import type { TagList } from '../tags/types.js'
import { createOfflineClassifier } from './offline/index.js'
import {
  DEFAULT_BASE_URL,
  DEFAULT_MAX_INPUT_TOKENS,
  DEFAULT_MODEL,
  DEFAULT_MODEL_TIMEOUT_SECONDS,
  DEFAULT_SHORTLIST_ABOVE,
  type OnModelError,
  type WarningLog
} from './openai/defaults.js'
import type { Backoff } from './openai/retry.js'
import type { Classifier } from './types.js'

export const PROVIDERS = ['local', 'openai'] as const
export type Provider = (typeof PROVIDERS)[number]
export const ON_MODEL_ERROR = ['fallback', 'fail'] as const

/** The inputs (action) and flags (CLI, as `--x`) that only `provider: openai` reads. */
export const MODEL_INPUTS = [
  'base-url',
  'model',
  'max-input-tokens',
  'shortlist-above',
  'model-timeout',
  'on-model-error'
] as const

/** How the model is called, every default applied. */
export interface ModelSettings {
  readonly baseUrl: string
  readonly model: string
  readonly maxInputTokens: number
  readonly shortlistAbove: number
  readonly timeoutMs: number
  readonly onModelError: OnModelError
}

export interface ProviderSettings {
  readonly provider: Provider
  readonly model: ModelSettings
  /** Model inputs that were given although the provider is local: adapters warn that they are ignored. */
  readonly ignored: readonly string[]
}

/**
 * Parse `provider` and the model inputs from `read(name)` (the action's getInput, or the CLI's flag values
 * by the same names). Throws InputError naming the input for bad values.
 */
export function parseProviderSettings(read: (name: string) => string | undefined): ProviderSettings {
  const provider = parseChoice('provider', read('provider'), PROVIDERS, 'local')
  const baseUrl = read('base-url')?.trim() || DEFAULT_BASE_URL
  if (!/^https?:\/\/[^\s/]+/i.test(baseUrl)) {
    throw new InputError(
      `base-url must be an http(s) URL such as ${DEFAULT_BASE_URL} or http://127.0.0.1:11434/v1; got "${baseUrl}".`
    )
  }
  const model: ModelSettings = {
    baseUrl: baseUrl.replace(/\/+$/, ''),
    model: read('model')?.trim() || DEFAULT_MODEL,
    maxInputTokens: integer('max-input-tokens', read('max-input-tokens'), DEFAULT_MAX_INPUT_TOKENS, 500, 1_000_000),
    // Strict schemas allow at most a few hundred enum values; the shortlist keeps the prompt small anyway.
    shortlistAbove: integer('shortlist-above', read('shortlist-above'), DEFAULT_SHORTLIST_ABOVE, 1, 500),
    timeoutMs: parseNumberInput('model-timeout', read('model-timeout'), DEFAULT_MODEL_TIMEOUT_SECONDS, 1, 3600) * 1000,
    onModelError: parseChoice('on-model-error', read('on-model-error'), ON_MODEL_ERROR, 'fallback')
  }
  const ignored = provider === 'local' ? MODEL_INPUTS.filter(name => (read(name) ?? '').trim() !== '') : []
  return { provider, model, ignored }
}

function integer(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  const parsed = parseNumberInput(name, value, fallback, min, max)
  if (!Number.isInteger(parsed))
    throw new InputError(`${name} must be a whole number from ${min} to ${max}; got "${value}".`)
  return parsed
}

export interface ClassifierDeps {
  /** The API key (api-key input, OPENAI_API_KEY for the CLI); empty for servers that need none. */
  readonly apiKey?: string
  /** A ready client instead of one built from apiKey and base-url. */
  readonly client?: OpenAI
  readonly log?: WarningLog
  /** For tests: the fetch the SDK uses, and short waits between retries. */
  readonly fetch?: typeof fetch
  readonly backoff?: Backoff
}

/**
 * The classifier the settings ask for, bound to `tags`: the offline one, or the model one with the offline
 * one for shortlisting and fallback. Both adapters call this. Rejects with InputError when OpenAI's own API
 * is asked for without a key. The model classifier (and with it the `openai` SDK, over a megabyte of
 * bundle) is imported only when asked for, so an offline run does not load it.
 */
export async function createClassifier(
  settings: Pick<ProviderSettings, 'provider' | 'model'>,
  tags: TagList,
  deps: ClassifierDeps = {}
): Promise<Classifier> {
  const offline = createOfflineClassifier(tags)
  if (settings.provider === 'local') return offline
  const { model } = settings
  if (!deps.client && !deps.apiKey?.trim() && isOpenAIHost(model.baseUrl)) {
    throw new InputError(
      'provider "openai" needs an API key for OpenAI: set the api-key input (OPENAI_API_KEY for the CLI), or point base-url at a server that needs none.'
    )
  }
  const { createOpenAIClassifier, createOpenAIClient } = await import('./openai/index.js')
  return createOpenAIClassifier({
    client: deps.client ?? createOpenAIClient({ apiKey: deps.apiKey, baseUrl: model.baseUrl, fetch: deps.fetch }),
    tags,
    model: model.model,
    maxInputTokens: model.maxInputTokens,
    shortlistAbove: model.shortlistAbove,
    timeoutMs: model.timeoutMs,
    offline,
    onModelError: model.onModelError,
    log: deps.log,
    backoff: deps.backoff
  })
}

function isOpenAIHost(baseUrl: string): boolean {
  try {
    return new URL(baseUrl).hostname.endsWith('openai.com')
  } catch {
    return false
  }
}
