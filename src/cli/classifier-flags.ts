import { createOfflineClassifier, DEFAULT_MIN_SCORE, DEFAULT_RELATIVE_CUT } from '../classify/offline/index.js'
import type { Classifier, SelectionOptions } from '../classify/types.js'
import { parseChoice, parseMaxTags, parseNumberInput } from '../options.js'
import { loadTagList } from '../tags/load.js'
import { stringFlag, type OptionSpec } from './args.js'
import type { CliIO } from './io.js'

/** Flags shared by every command that tags: action input `x` is flag `--x`, same default and meaning. */
export const CLASSIFIER_FLAGS: OptionSpec = {
  tags: { type: 'string' },
  'tags-file': { type: 'string' },
  'max-tags': { type: 'string' },
  'min-score': { type: 'string' },
  'relative-cut': { type: 'string' },
  provider: { type: 'string' }
}

export const CLASSIFIER_HELP = `  --tags <file|text>     the tag list: a .json/.yml/.yaml/.txt file, or inline JSON, YAML or names
  --tags-file <file>     the tag list as a file (instead of --tags)
  --max-tags <n>         at most this many tags, 1-20 (default 3)
  --min-score <x>        tags scoring below this are not chosen (default ${DEFAULT_MIN_SCORE})
  --relative-cut <x>     a 2nd/3rd tag needs this share of the first one's score (default ${DEFAULT_RELATIVE_CUT})
  --provider <name>      local (default, offline)`

export const PROVIDERS = ['local'] as const

export interface ClassifierSetup {
  readonly classifier: Classifier
  readonly selection: SelectionOptions
}

/** Resolve the tag list, the selection options and the classifier from parsed flags. */
export async function setUpClassifier(values: Record<string, unknown>, _io: CliIO): Promise<ClassifierSetup> {
  const tags = loadTagList({ tags: stringFlag(values, 'tags'), tagsFile: stringFlag(values, 'tags-file'), tagsMayBeFile: true })
  const selection: SelectionOptions = {
    maxTags: parseMaxTags(stringFlag(values, 'max-tags')),
    minScore: parseNumberInput('min-score', stringFlag(values, 'min-score'), DEFAULT_MIN_SCORE, 0, 1e9),
    relativeCut: parseNumberInput('relative-cut', stringFlag(values, 'relative-cut'), DEFAULT_RELATIVE_CUT, 0, 1)
  }
  parseChoice('provider', stringFlag(values, 'provider'), PROVIDERS, 'local')
  return { classifier: createOfflineClassifier(tags), selection }
}
