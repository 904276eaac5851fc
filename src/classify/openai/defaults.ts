/**
 * The model provider's defaults and option types, apart from the SDK: the adapters read them for help and
 * validation on every run, and only a run that calls a model loads the `openai` SDK behind them.
 */

/** OpenAI's API root; any OpenAI-compatible server's `/v1` root works the same way. */
export const DEFAULT_BASE_URL = 'https://api.openai.com/v1'
/** A current small, cheap model that accepts strict JSON schemas, temperature 0 and a seed. */
export const DEFAULT_MODEL = 'gpt-4.1-mini'
/** Sent when no key is given: local servers (Ollama, vLLM…) need none, but the SDK refuses to start without one. */
export const PLACEHOLDER_API_KEY = 'no-key-needed'
/** The prompt's budget in estimated tokens; the README is cut to fit. */
export const DEFAULT_MAX_INPUT_TOKENS = 4000
export const DEFAULT_SHORTLIST_ABOVE = 60
export const DEFAULT_MODEL_TIMEOUT_SECONDS = 120
export type OnModelError = 'fallback' | 'fail'

/** Where warnings go (core.warning in the action, stderr in the CLI). */
export interface WarningLog {
  warning(message: string): void
}
