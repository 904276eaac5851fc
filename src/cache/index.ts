export { type AnswerCache, type FileCache, DEFAULT_MAX_CACHE_ENTRIES, openFileCache } from './file.js'
export { withCache } from './cached-classifier.js'
export {
  ACTIONS_CACHE_PREFIX,
  type ActionsCacheApi,
  type ActionsCacheOptions,
  type RestoredCache,
  restoreActionsCache
} from './actions.js'
