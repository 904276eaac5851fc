import type OpenAI from 'openai'
import type {
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionMessageParam
} from 'openai/resources/chat/completions'
import type { TagList } from '../../tags/types.js'
import type { Usage } from '../types.js'
import { ModelError, refusedParam } from './errors.js'
import { type Backoff, withRetries } from './retry.js'
import { JSON_MODE, keepListed, preview, readProposedNames, tagsResponseFormat } from './schema.js'

/** Sent where accepted, so that the same README gets the same answer. */
export const SEED = 7
/** Reasoning models spend completion tokens thinking before they answer, so their cap must be larger. */
const REASONING_COMPLETION_TOKENS = 2048
/** At most this many request changes per item (JSON mode, dropped settings…) before a 400 is final. */
const MAX_ADJUSTMENTS = 5

/**
 * What the classifier has learned about the server and model, kept across items so that a batch does not
 * meet the same 400 for each one: JSON mode instead of json_schema, no temperature/seed (reasoning models),
 * `max_completion_tokens` instead of `max_tokens`.
 */
export interface RequestState {
  format: 'schema' | 'json'
  reasoning: boolean
  dropped: Set<'temperature' | 'seed' | 'reasoning_effort'>
  tokensParam: 'max_tokens' | 'max_completion_tokens'
}

export function initialRequestState(): RequestState {
  return { format: 'schema', reasoning: false, dropped: new Set(), tokensParam: 'max_tokens' }
}

export interface AskOptions {
  readonly model: string
  readonly messages: ChatCompletionMessageParam[]
  readonly choices: TagList
  readonly maxTags: number
  /** Epoch ms by which every attempt must be over. */
  readonly deadline: number
  readonly backoff: Backoff
  /** One attempt's own limit; default DEFAULT_ATTEMPT_MS. */
  readonly attemptMs?: number
}

export interface ModelAnswer {
  /** Names from `choices`, best first, at most maxTags. */
  readonly names: string[]
  readonly usage: Usage | null
}

/** One classification request, adjusted as 400s require and retried as faults allow. Throws SDK errors or ModelErrors. */
export async function askModel(client: OpenAI, state: RequestState, options: AskOptions): Promise<ModelAnswer> {
  for (let adjustments = 0; ; adjustments++) {
    const body = requestBody(state, options)
    let completion: unknown
    try {
      completion = await withRetries(
        timeout => client.chat.completions.create(body, { timeout, maxRetries: 0 }),
        options.deadline,
        options.backoff,
        options.attemptMs
      )
    } catch (error) {
      if (adjustments < MAX_ADJUSTMENTS && adjust(state, refusedParam(error))) continue
      throw error
    }
    return readCompletion(completion, options)
  }
}

function requestBody(state: RequestState, options: AskOptions): ChatCompletionCreateParamsNonStreaming {
  const cap = state.reasoning ? REASONING_COMPLETION_TOKENS : 32 + options.maxTags * 24
  return {
    model: options.model,
    messages: options.messages,
    response_format: state.format === 'schema' ? tagsResponseFormat(options.choices, options.maxTags) : JSON_MODE,
    ...(state.dropped.has('temperature') ? {} : { temperature: 0 }),
    ...(state.dropped.has('seed') ? {} : { seed: SEED }),
    ...(state.reasoning && !state.dropped.has('reasoning_effort') ? { reasoning_effort: 'low' as const } : {}),
    [state.tokensParam]: cap
  }
}

/** Change the request as a refused parameter requires; false when there is nothing left to change. */
function adjust(state: RequestState, refused: ReturnType<typeof refusedParam>): boolean {
  switch (refused) {
    case 'response_format':
      if (state.format === 'json') return false
      state.format = 'json'
      return true
    case 'temperature':
      // Models that refuse temperature 0 are reasoning models: no sampling settings, a larger token cap.
      if (state.dropped.has('temperature')) return false
      state.dropped.add('temperature').add('seed')
      state.reasoning = true
      return true
    case 'seed':
    case 'reasoning_effort':
      if (state.dropped.has(refused)) return false
      state.dropped.add(refused)
      return true
    case 'max_tokens':
      if (state.tokensParam === 'max_completion_tokens') return false
      state.tokensParam = 'max_completion_tokens'
      return true
    default:
      return false
  }
}

/** The names and usage in a chat completion; a 200 that is not one (text/plain, HTML, no choices) is an error. */
function readCompletion(completion: unknown, options: AskOptions): ModelAnswer {
  if (
    typeof completion !== 'object' ||
    completion === null ||
    !Array.isArray((completion as { choices?: unknown }).choices)
  ) {
    const what = typeof completion === 'string' ? `text ${preview(completion)}` : 'JSON without "choices"'
    throw new ModelError(
      'not-json',
      `the model server answered 200 with ${what} instead of a chat completion; check that base-url is the API root of an OpenAI-compatible server`
    )
  }
  const { choices, usage } = completion as OpenAI.Chat.Completions.ChatCompletion
  const choice = choices[0]
  if (!choice) throw new ModelError('bad-answer', 'the model server answered with no choices')
  if (choice.message?.refusal)
    throw new ModelError('bad-answer', `the model refused: ${preview(choice.message.refusal)}`)
  const content = choice.message?.content
  if (!content) {
    const why = choice.finish_reason === 'length' ? ' (it ran out of completion tokens)' : ''
    throw new ModelError('bad-answer', `the model gave an empty answer${why}`)
  }
  return { names: keepListed(readProposedNames(content), options.choices, options.maxTags), usage: readUsage(usage) }
}

function readUsage(usage: OpenAI.Completions.CompletionUsage | undefined): Usage | null {
  if (!usage || typeof usage.prompt_tokens !== 'number' || typeof usage.completion_tokens !== 'number') return null
  const total =
    typeof usage.total_tokens === 'number' ? usage.total_tokens : usage.prompt_tokens + usage.completion_tokens
  return { prompt_tokens: usage.prompt_tokens, completion_tokens: usage.completion_tokens, total_tokens: total }
}
