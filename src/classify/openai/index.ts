import type OpenAI from 'openai'
import type { TagList } from '../../tags/types.js'
import type { Classification, Classifier, ClassifyInput, SelectionOptions } from '../types.js'
import {
  DEFAULT_MAX_INPUT_TOKENS,
  DEFAULT_MODEL,
  DEFAULT_MODEL_TIMEOUT_SECONDS,
  DEFAULT_SHORTLIST_ABOVE,
  type OnModelError,
  type WarningLog
} from './defaults.js'
import { type CallContext, ModelError, explainError } from './errors.js'
import { PROMPT_VERSION, buildPrompt, choicesFit } from './prompt.js'
import { askModel, initialRequestState } from './request.js'
import { type Backoff, DEFAULT_BACKOFF } from './retry.js'
import { type RankingClassifier, shortlist } from './shortlist.js'

export { createOpenAIClient } from './client.js'
export {
  DEFAULT_BASE_URL,
  DEFAULT_MAX_INPUT_TOKENS,
  DEFAULT_MODEL,
  DEFAULT_MODEL_TIMEOUT_SECONDS,
  DEFAULT_SHORTLIST_ABOVE,
  PLACEHOLDER_API_KEY,
  type OnModelError,
  type WarningLog
} from './defaults.js'
export { ModelError } from './errors.js'
export { PROMPT_VERSION } from './prompt.js'
export type { RankingClassifier } from './shortlist.js'

export interface OpenAIClassifierOptions {
  /** Built by the adapter (createOpenAIClient), never from globals here. */
  readonly client: OpenAI
  readonly tags: TagList
  readonly model?: string
  /** The prompt's budget (estimated tokens); default 4000. */
  readonly maxInputTokens?: number
  /** Longer lists are shortlisted to this many by the offline classifier first; default 60. */
  readonly shortlistAbove?: number
  /** All attempts for one item together, in ms; default 120 s. */
  readonly timeoutMs?: number
  /** Shortlists long lists and answers on fallback. */
  readonly offline: RankingClassifier
  /** `fallback` (default): the offline classifier answers, with a warning; `fail`: the item fails. */
  readonly onModelError?: OnModelError
  readonly log?: WarningLog
  /** Waits between retries; tests make them short. */
  readonly backoff?: Backoff
  /** One request's own limit, retried like a 5xx within timeoutMs; default 60 s (tests make it short). */
  readonly attemptMs?: number
}

/**
 * Tags by a language model through the Chat Completions API of OpenAI or any OpenAI-compatible server.
 * The model chooses among the list (or the offline classifier's shortlist of it) under a strict JSON schema,
 * and code keeps only listed names whatever comes back. Faults that mean the setup is wrong (401, 403, 404,
 * 410, a server that does not speak JSON) stop further calls for the rest of a batch.
 */
export function createOpenAIClassifier(options: OpenAIClassifierOptions): Classifier {
  const model = options.model?.trim() || DEFAULT_MODEL
  const maxInputTokens = options.maxInputTokens ?? DEFAULT_MAX_INPUT_TOKENS
  const shortlistAbove = options.shortlistAbove ?? DEFAULT_SHORTLIST_ABOVE
  const timeoutMs = options.timeoutMs ?? DEFAULT_MODEL_TIMEOUT_SECONDS * 1000
  const onModelError = options.onModelError ?? 'fallback'
  const context: CallContext = {
    model,
    baseUrl: options.client.baseURL,
    timeoutMs,
    secrets: options.client.apiKey ? [options.client.apiKey] : []
  }
  const state = initialRequestState()
  const warned = new Set<string>()
  let setupError: ModelError | undefined

  /**
   * The tags offered: the list, or the offline classifier's shortlist of it when it is longer than
   * shortlist-above, or when it would not fit max-input-tokens with room for the README (then as many of
   * the best-ranked as fit, with a warning once: the prompt must stay within its bound).
   */
  async function choicesFor(input: ClassifyInput, maxTags: number): Promise<TagList> {
    const { tags, offline } = options
    const choices = tags.length > shortlistAbove ? await shortlist(offline, input, tags, shortlistAbove) : tags
    const budget = { maxTags, maxInputTokens }
    if (choicesFit(input, choices, budget)) return choices
    const ranked = choices === tags ? await shortlist(offline, input, tags, tags.length) : choices
    let low = 0
    let high = ranked.length
    while (low < high) {
      const mid = Math.ceil((low + high) / 2)
      if (choicesFit(input, ranked.slice(0, mid), budget)) low = mid
      else high = mid - 1
    }
    const key = 'list over max-input-tokens'
    if (!warned.has(key)) {
      warned.add(key)
      options.log?.warning(
        `The tag list (${tags.length} tags) is too long for max-input-tokens ${maxInputTokens} with room for the ` +
          `README, so it is shortlisted offline to the tags that fit (${low} for the first README), whatever ` +
          `shortlist-above says. Raise max-input-tokens to offer the model more of the list.`
      )
    }
    return ranked.slice(0, low)
  }

  async function ask(input: ClassifyInput, selection: SelectionOptions): Promise<Classification> {
    if (setupError) throw setupError
    const choices = await choicesFor(input, selection.maxTags)
    if (choices.length === 0) return { tags: [], provider: 'openai', model, usage: null }
    const prompt = buildPrompt(input, choices, { maxTags: selection.maxTags, maxInputTokens })
    const answer = await askModel(options.client, state, {
      model,
      messages: prompt.messages,
      choices,
      maxTags: selection.maxTags,
      deadline: Date.now() + timeoutMs,
      backoff: options.backoff ?? DEFAULT_BACKOFF,
      ...(options.attemptMs ? { attemptMs: options.attemptMs } : {})
    })
    return {
      tags: answer.names.map((name, rank) => ({
        name,
        score: Math.round(1000 / (rank + 1)) / 1000,
        evidence: [{ text: `chosen by ${model}`, where: 'model' as const }]
      })),
      provider: 'openai',
      model,
      usage: answer.usage
    }
  }

  return {
    identity: {
      provider: 'openai',
      model,
      settings: JSON.stringify({ prompt: PROMPT_VERSION, baseUrl: context.baseUrl, maxInputTokens, shortlistAbove })
    },
    tags: options.tags,
    async classify(input: ClassifyInput, selection: SelectionOptions): Promise<Classification> {
      try {
        return await ask(input, selection)
      } catch (error) {
        const explained = explainError(error, context)
        if (explained.final) setupError ??= explained
        if (onModelError === 'fail') throw explained
        if (!warned.has(explained.message)) {
          warned.add(explained.message)
          options.log?.warning(`openai failed, the offline classifier answered instead: ${explained.message}`)
        }
        const local = await options.offline.classify(input, selection)
        return { ...local, provider: `local (fallback: openai failed: ${shortReason(explained)})` }
      }
    }
  }
}

/** A few words for the result's `provider` field; the warning carries the full explanation. */
function shortReason(error: ModelError): string {
  const status = error.status ? ` (${error.status})` : ''
  const reasons: Record<ModelError['kind'], string> = {
    auth: 'API key rejected',
    access: 'no access to the model',
    'not-found': 'not found at base-url',
    gone: 'endpoint retired',
    'bad-request': 'request refused',
    'rate-limit': 'rate-limited until model-timeout',
    server: 'server errors until model-timeout',
    timeout: 'no answer within model-timeout',
    connection: 'connection lost',
    unreachable: 'server unreachable',
    'bad-answer': 'unusable answer',
    'not-json': 'answer was not a chat completion'
  }
  return `${reasons[error.kind]}${status}`
}
