import type { Classifier, SelectionOptions } from '../src/classify/types.js'
import type { BenchItem } from './corpus.js'

/**
 * READMEs per second on this thread, steady state: two warm-up passes over the preloaded items (with
 * descriptions), then whole passes until `seconds` have elapsed. Cleaning is included (classify cleans).
 */
export async function measureSpeed(classifier: Classifier, items: readonly BenchItem[], selection: SelectionOptions, seconds: number): Promise<number> {
  const pass = async (): Promise<void> => {
    for (const item of items) await classifier.classify({ readme: item.readme, description: item.description, format: item.format }, selection)
  }
  await pass()
  await pass()
  let count = 0
  const start = performance.now()
  while (performance.now() - start < seconds * 1000) {
    await pass()
    count += items.length
  }
  return count / ((performance.now() - start) / 1000)
}
