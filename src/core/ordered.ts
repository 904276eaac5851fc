/**
 * Run `worker` over `items` with at most `concurrency` in flight and hand results to `emit` in input
 * order. The window is the reorder buffer: memory stays bounded however long the input, and a slow
 * `emit` (a full output stream) holds reading back.
 */
export async function runOrdered<T, R>(
  items: AsyncIterable<T> | Iterable<T>,
  worker: (item: T) => Promise<R>,
  concurrency: number,
  emit: (result: R) => Promise<void> | void
): Promise<void> {
  const window: Promise<R>[] = []
  for await (const item of items) {
    window.push(worker(item))
    if (window.length >= concurrency) await emit(await window.shift()!)
  }
  while (window.length > 0) await emit(await window.shift()!)
}
