import { createOfflineClassifier } from '../classify/offline/index.js'
import type { Classifier } from '../classify/types.js'
import type { Inputs } from '../inputs.js'

/** The classifier the inputs ask for, bound to their tag list. */
export function createActionClassifier(inputs: Pick<Inputs, 'provider' | 'tags'>): Classifier {
  switch (inputs.provider) {
    case 'local':
      return createOfflineClassifier(inputs.tags)
  }
}
