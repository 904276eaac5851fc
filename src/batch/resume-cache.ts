import { getErrorMessage } from '../errors.js'
import type { ActionsCacheApi } from '../cache/actions.js'
import type { Shard } from './shard.js'

/** Where cache trouble is reported: never a failure, the run just starts without earlier results. */
interface Log {
  info(message: string): void
  warning(message: string): void
}

/** The cache key prefix of a batch's result file: one line of entries per artifact name and shard. */
export function resumeCachePrefix(artifactName: string, shard: Shard): string {
  return `readme-tagger-results-v1-${artifactName}-${shard.index}of${shard.count}-`
}

/**
 * Restore the newest earlier result file of this batch (same artifact-name and shard) to `path`; the
 * batch then reuses results whose fingerprint is unchanged. `save` stores the file under a key of this
 * run's own (`runKey`: run id and attempt), because cache entries cannot be overwritten: a re-run after a
 * cut-off, or the next scheduled run, restores it and does only what is left or changed.
 */
export async function restoreResultCache(
  api: ActionsCacheApi,
  options: { path: string; prefix: string; runKey: string; log: Log }
) {
  const key = `${options.prefix}${options.runKey}`
  let restoredKey: string | undefined
  try {
    restoredKey = await api.restoreCache([options.path], key, [options.prefix])
  } catch (error) {
    options.log.warning(
      `Earlier results could not be restored from the cache; tagging everything: ${getErrorMessage(error)}`
    )
  }
  options.log.info(
    restoredKey ? `Earlier results restored from cache ${restoredKey}.` : 'No earlier results in the cache.'
  )
  return {
    restored: restoredKey !== undefined,
    async save(): Promise<void> {
      if (restoredKey === key) return
      try {
        await api.saveCache([options.path], key)
        options.log.info(`Results saved to cache ${key} for the next run.`)
      } catch (error) {
        options.log.warning(`The results could not be saved to the cache: ${getErrorMessage(error)}`)
      }
    }
  }
}
