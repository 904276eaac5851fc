import OpenAI from 'openai'
import { DEFAULT_BASE_URL, PLACEHOLDER_API_KEY } from './defaults.js'

export { DEFAULT_BASE_URL, DEFAULT_MODEL, PLACEHOLDER_API_KEY } from './defaults.js'

export interface OpenAIClientOptions {
  /** Empty or missing for servers that need no key. */
  readonly apiKey?: string
  /** Defaults to DEFAULT_BASE_URL. */
  readonly baseUrl?: string
  /** For tests and proxies: the fetch the SDK uses. */
  readonly fetch?: typeof fetch
}

/**
 * The client both adapters build and pass to createOpenAIClassifier. Nothing is read from the environment
 * here (the adapters decide where the key comes from), the SDK's own retries are off (the classifier retries
 * within model-timeout itself) and so is its logging, so that nothing it prints can carry the key.
 */
export function createOpenAIClient(options: OpenAIClientOptions): OpenAI {
  return new OpenAI({
    apiKey: options.apiKey?.trim() || PLACEHOLDER_API_KEY,
    baseURL: options.baseUrl?.trim() || DEFAULT_BASE_URL,
    organization: null,
    project: null,
    webhookSecret: null,
    maxRetries: 0,
    logLevel: 'off',
    ...(options.fetch ? { fetch: options.fetch } : {})
  })
}
