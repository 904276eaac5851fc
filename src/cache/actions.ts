import { rmSync } from 'node:fs'
import { getErrorMessage } from '../errors.js'
import { type FileCache, openFileCache } from './file.js'

/** The two functions of `@actions/cache` this module needs; the action adapter passes the real ones. */
export interface ActionsCacheApi {
  restoreCache(paths: string[], primaryKey: string, restoreKeys?: string[]): Promise<string | undefined>
  saveCache(paths: string[], key: string): Promise<number>
}

export interface ActionsCacheOptions {
  /** Where the cache file lives on the runner, e.g. `$RUNNER_TEMP/readme-tagger-answers.jsonl`. Same path to restore and save. */
  readonly path: string
  /** Unique per run, e.g. `${GITHUB_RUN_ID}-${GITHUB_RUN_ATTEMPT}`: a cache entry cannot be overwritten. */
  readonly runKey: string
  readonly prefix?: string
  readonly maxEntries?: number
  readonly log?: { info(message: string): void; warning(message: string): void }
}

export const ACTIONS_CACHE_PREFIX = 'readme-tagger-answers-v1-'

export interface RestoredCache {
  readonly cache: FileCache
  /** The key the entries came from, or undefined when the cache started empty. */
  readonly restoredKey: string | undefined
  /** Save under `<prefix><runKey>` if anything was added; returns the key saved, or undefined. Never throws. */
  save(): Promise<string | undefined>
}

/**
 * The answer cache across workflow runs. `@actions/cache` entries are immutable, so each run restores the
 * newest entry whose key starts with the prefix and saves what it learned under a new key of its own.
 * Cache trouble is a warning, never a failure: the run goes on with an empty cache.
 */
export async function restoreActionsCache(api: ActionsCacheApi, options: ActionsCacheOptions): Promise<RestoredCache> {
  const log = options.log
  const prefix = options.prefix ?? ACTIONS_CACHE_PREFIX
  const key = `${prefix}${options.runKey}`
  let restoredKey: string | undefined
  try {
    restoredKey = await api.restoreCache([options.path], key, [prefix])
  } catch (error) {
    log?.warning(`The answer cache could not be restored; starting empty: ${getErrorMessage(error)}`)
  }
  let cache: FileCache
  try {
    cache = openFileCache(options.path)
  } catch (error) {
    log?.warning(`The restored answer cache could not be read; starting empty: ${getErrorMessage(error)}`)
    rmSync(options.path, { force: true })
    cache = openFileCache(options.path)
  }
  log?.info(
    restoredKey ? `Answer cache: ${cache.size} answers restored from ${restoredKey}.` : 'Answer cache: none to restore.'
  )
  return {
    cache,
    restoredKey,
    async save() {
      if (cache.added === 0) {
        log?.info('Answer cache: no new answers, nothing to save.')
        return undefined
      }
      try {
        cache.compact(options.maxEntries)
        await api.saveCache([cache.path], key)
        log?.info(`Answer cache: ${cache.size} answers saved as ${key}.`)
        return key
      } catch (error) {
        log?.warning(`The answer cache could not be saved: ${getErrorMessage(error)}`)
        return undefined
      }
    }
  }
}
