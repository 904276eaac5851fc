/**
 * A concurrency limit for fire-and-forget tasks: `start` waits for a free slot, starts the task and
 * returns; `drain` waits for everything started and rethrows the first task failure. Tasks are expected
 * to handle their own per-item errors: a rejection here means the whole run must stop (a full disk, say).
 */
export function createPool(limit: number) {
  const running = new Set<Promise<void>>()
  let failure: { error: unknown } | undefined
  return {
    async start(task: () => Promise<void>): Promise<void> {
      while (running.size >= limit) await Promise.race(running)
      if (failure) throw failure.error
      const promise: Promise<void> = task()
        .catch((error: unknown) => {
          failure ??= { error }
        })
        .finally(() => running.delete(promise))
      running.add(promise)
    },
    async drain(): Promise<void> {
      while (running.size > 0) await Promise.race(running)
      if (failure) throw failure.error
    }
  }
}
