import { openFileCache, withCache } from '../cache/index.js'
import { DEFAULT_MIN_SCORE, DEFAULT_RELATIVE_CUT } from '../classify/offline/index.js'
import { DEFAULT_BASE_URL, DEFAULT_MODEL } from '../classify/openai/index.js'
import { createClassifier, parseProviderSettings } from '../classify/provider.js'
import {
  createExampleLearner,
  describeExampleCounts,
  withExamples,
  type ExampleLearner
} from '../classify/examples/index.js'
import type { Classifier, SelectionOptions } from '../classify/types.js'
import type { TagList } from '../tags/types.js'
import { parseMaxTags, parseNumberInput } from '../options.js'
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
  provider: { type: 'string' },
  'base-url': { type: 'string' },
  model: { type: 'string' },
  'max-input-tokens': { type: 'string' },
  'shortlist-above': { type: 'string' },
  'model-timeout': { type: 'string' },
  'on-model-error': { type: 'string' },
  cache: { type: 'string' }
}

export const CLASSIFIER_HELP = `  --tags <file|text>     the tag list: a .json/.yml/.yaml/.txt file, or inline JSON, YAML or names
  --tags-file <file>     the tag list as a file (instead of --tags)
  --max-tags <n>         at most this many tags, 1-20 (default 3)
  --min-score <x>        tags with a confidence (0 to 1) below this are not chosen (default ${DEFAULT_MIN_SCORE})
  --relative-cut <x>     a 2nd/3rd tag needs this share of the first one's evidence (default ${DEFAULT_RELATIVE_CUT})
  --provider <name>      local (default, offline) or openai (a language model; key from OPENAI_API_KEY)
  --base-url <url>       API root of an OpenAI-compatible server (default ${DEFAULT_BASE_URL})
  --model <name>         the model for --provider openai (default ${DEFAULT_MODEL})
  --max-input-tokens <n> the prompt's budget in estimated tokens; the README is cut to fit, and a tag list
                         too long to fit is shortlisted (default 4000)
  --shortlist-above <n>  a longer list is shortlisted offline to this many tags first (default 60)
  --model-timeout <s>    seconds per item for the model, across retries; one request gets at most 60 (default 120)
  --on-model-error <m>   fallback (the offline classifier answers, with a warning) or fail (default fallback)
  --cache <file>         reuse answers by fingerprint from this JSON Lines file, and add new ones to it`

export { PROVIDERS } from '../classify/provider.js'

export interface ClassifierSetup {
  readonly classifier: Classifier
  readonly selection: SelectionOptions
}

/** Teaches a learner from examples once the list is known; returns how many examples it learned from. */
export type LearnExamples = (tags: TagList, learner: ExampleLearner) => Promise<number>

/**
 * Resolve the tag list, the selection options and the classifier from parsed flags. With `learn`, the
 * local classifier is combined with what the examples teach (a model provider ignores them, with a
 * warning); the answer cache, if any, sits outside, keyed by a fingerprint that includes the examples.
 */
export async function setUpClassifier(
  values: Record<string, unknown>,
  io: CliIO,
  learn?: LearnExamples
): Promise<ClassifierSetup> {
  const tags = loadTagList({
    tags: stringFlag(values, 'tags'),
    tagsFile: stringFlag(values, 'tags-file'),
    tagsMayBeFile: true
  })
  const selection: SelectionOptions = {
    maxTags: parseMaxTags(stringFlag(values, 'max-tags')),
    minScore: parseNumberInput('min-score', stringFlag(values, 'min-score'), DEFAULT_MIN_SCORE, 0, 1),
    relativeCut: parseNumberInput('relative-cut', stringFlag(values, 'relative-cut'), DEFAULT_RELATIVE_CUT, 0, 1)
  }
  const settings = parseProviderSettings(name => stringFlag(values, name))
  const warning = (message: string) => io.stderr.write(`warning: ${message}\n`)
  for (const name of settings.ignored) warning(`--${name} is ignored when --provider is "local".`)
  // The key comes from the environment only, never from a flag.
  let classifier = createClassifier(settings, tags, { apiKey: io.env.OPENAI_API_KEY, log: { warning } })
  if (learn) classifier = await learnInto(classifier, settings.provider, tags, learn, io)
  const cache = stringFlag(values, 'cache')
  return { classifier: cache ? withCache(classifier, openFileCache(cache)) : classifier, selection }
}

async function learnInto(
  classifier: Classifier,
  provider: string,
  tags: TagList,
  learn: LearnExamples,
  io: CliIO
): Promise<Classifier> {
  const learner = createExampleLearner(tags)
  const learned = await learn(tags, learner)
  if (learned === 0) return classifier
  if (provider !== 'local') {
    io.stderr.write(
      `warning: examples teach the local provider only; with --provider ${provider} their lines are echoed, not learned from.\n`
    )
    return classifier
  }
  io.stderr.write(`examples: ${learned} learned; per tag: ${describeExampleCounts(learner.counts())}\n`)
  return withExamples(classifier, learner.profiles())
}
