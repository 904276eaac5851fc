import type { Classifier, SelectionOptions } from '../src/classify/types.js'
import type { BenchItem } from './corpus.js'

/** Throughput on this thread: by the wall clock, and by this process's CPU time (steadier on a busy machine). */
export interface Speed {
  readonly wallPerSecond: number
  readonly cpuPerSecond: number
  readonly readmes: number
  /** Heap in use after the warm-up and after the timed passes (after a collection when --expose-gc is on). */
  readonly heapBefore: number
  readonly heapAfter: number
}

function heapUsed(): number {
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc) gc()
  return process.memoryUsage().heapUsed
}

/**
 * READMEs per second on this thread, steady state: two warm-up passes over the preloaded items (with
 * descriptions), then whole passes until `seconds` have elapsed. Cleaning is included (classify cleans).
 */
export async function measureSpeed(
  classifier: Classifier,
  items: readonly BenchItem[],
  selection: SelectionOptions,
  seconds: number
): Promise<Speed> {
  const pass = async (): Promise<void> => {
    for (const item of items)
      await classifier.classify({ readme: item.readme, description: item.description, format: item.format }, selection)
  }
  await pass()
  await pass()
  const heapBefore = heapUsed()
  let count = 0
  const start = performance.now()
  const cpuStart = process.cpuUsage()
  while (performance.now() - start < seconds * 1000) {
    await pass()
    count += items.length
  }
  const cpu = process.cpuUsage(cpuStart)
  const wallPerSecond = count / ((performance.now() - start) / 1000)
  return {
    wallPerSecond,
    cpuPerSecond: count / ((cpu.user + cpu.system) / 1e6),
    readmes: count,
    heapBefore,
    heapAfter: heapUsed()
  }
}
