import { createOfflineClassifier } from '../src/classify/offline/index.js'
import { createClassifier, parseProviderSettings } from '../src/classify/provider.js'
import type { Classifier } from '../src/classify/types.js'
import type { TagList } from '../src/tags/types.js'

/** Flags a provider factory may read (provider-specific ones are optional). */
export interface ProviderFlags {
  readonly baseUrl?: string
  readonly model?: string
}

/** Makes the classifier a bench run measures. Network providers: secrets come from the environment only. */
export type ClassifierFactory = (tags: TagList, flags: ProviderFlags) => Promise<Classifier>

/**
 * Classifier factories by `--provider` name. A provider added to the product adds its factory here;
 * the bench measures speed only for providers that answer locally.
 */
export const PROVIDERS: Record<string, { factory: ClassifierFactory; local: boolean }> = {
  local: { factory: async tags => createOfflineClassifier(tags), local: true },
  // Errors are reported per item (on-model-error: fail) rather than hidden behind the offline fallback.
  openai: {
    factory: async (tags, flags) => {
      const read = (name: string) =>
        ({ provider: 'openai', 'base-url': flags.baseUrl, model: flags.model, 'on-model-error': 'fail' })[name]
      return createClassifier(parseProviderSettings(read), tags, { apiKey: process.env.OPENAI_API_KEY })
    },
    local: false
  }
}
