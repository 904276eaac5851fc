import { openFileCache, withCache } from '../cache/index.js'
import { DEFAULT_MIN_SCORE, DEFAULT_RELATIVE_CUT } from '../classify/offline/index.js'
import { DEFAULT_BASE_URL, DEFAULT_MODEL } from '../classify/openai/defaults.js'
import { createClassifier, parseProviderSettings, type ProviderSettings } from '../classify/provider.js'
import {
  createExampleLearner,
  describeExampleCounts,
  withExamples,
  type ExampleLearner,
  type ExampleProfiles
} from '../classify/examples/index.js'
import type { Classifier, SelectionOptions } from '../classify/types.js'
import { parseMaxTags, parseNumberInput } from '../options.js'
import { loadTagList } from '../tags/load.js'
import type { TagList } from '../tags/types.js'
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
  --min-score <x>        tags scoring below this are not chosen (default ${DEFAULT_MIN_SCORE})
  --relative-cut <x>     a 2nd/3rd tag needs this share of the first one's evidence (default ${DEFAULT_RELATIVE_CUT}; 0: no cut)
  --provider <name>      local (default, offline) or openai (a language model; key from OPENAI_API_KEY)
  --base-url <url>       API root of an OpenAI-compatible server (default ${DEFAULT_BASE_URL})
  --model <name>         the model for --provider openai (default ${DEFAULT_MODEL})
  --max-input-tokens <n> the prompt's budget in estimated tokens; the README is cut to fit (default 4000)
  --shortlist-above <n>  a longer list is shortlisted offline to this many tags first (default 60)
  --model-timeout <s>    seconds per item for the model, across retries (default 120)
  --on-model-error <m>   fallback (the offline classifier answers, with a warning) or fail (default fallback)
  --cache <file>         reuse answers by fingerprint from this JSON Lines file, and add new ones to it`

export { PROVIDERS } from '../classify/provider.js'

export interface ClassifierSetup {
  readonly classifier: Classifier
  readonly selection: SelectionOptions
}

/** What makes a classifier, as plain data: a worker thread gets it and builds its own. */
export interface ClassifierPlan {
  readonly tags: TagList
  readonly selection: SelectionOptions
  readonly settings: Pick<ProviderSettings, 'provider' | 'model'>
  /** `--cache`: the answer cache file. */
  readonly cache?: string
  /** What examples taught (local provider only): profiles, structured-cloneable for worker threads. */
  readonly examples?: ExampleProfiles
}

/** Teaches a learner from examples once the list is known; returns how many examples it learned from. */
export type LearnExamples = (tags: TagList, learner: ExampleLearner) => Promise<number>

/**
 * The plan with what the examples teach. A model provider ignores them, with a warning: their lines are
 * still echoed as given.
 */
export async function learnIntoPlan(plan: ClassifierPlan, learn: LearnExamples, io: CliIO): Promise<ClassifierPlan> {
  const learner = createExampleLearner(plan.tags)
  const learned = await learn(plan.tags, learner)
  if (learned === 0) return plan
  if (plan.settings.provider !== 'local') {
    warn(
      io,
      `examples teach the local provider only; with --provider ${plan.settings.provider} their lines are echoed, not learned from.`
    )
    return plan
  }
  io.stderr.write(`examples: ${learned} learned; per tag: ${describeExampleCounts(learner.counts())}\n`)
  return { ...plan, examples: learner.profiles() }
}

/** Resolve the tag list, the selection options and the provider settings from parsed flags; warn of ignored flags. */
export function planClassifier(values: Record<string, unknown>, io: CliIO): ClassifierPlan {
  const tags = loadTagList({
    tags: stringFlag(values, 'tags'),
    tagsFile: stringFlag(values, 'tags-file'),
    tagsMayBeFile: true
  })
  const selection: SelectionOptions = {
    maxTags: parseMaxTags(stringFlag(values, 'max-tags')),
    minScore: parseNumberInput('min-score', stringFlag(values, 'min-score'), DEFAULT_MIN_SCORE, 0, 1e9),
    relativeCut: parseNumberInput('relative-cut', stringFlag(values, 'relative-cut'), DEFAULT_RELATIVE_CUT, 0, 1)
  }
  const { ignored, ...settings } = parseProviderSettings(name => stringFlag(values, name))
  for (const name of ignored) warn(io, `--${name} is ignored when --provider is "local".`)
  return { tags, selection, settings, cache: stringFlag(values, 'cache') }
}

/** The classifier a plan asks for. The key comes from the environment only, never from a flag. */
export async function buildClassifier(plan: ClassifierPlan, io: Pick<CliIO, 'env' | 'stderr'>): Promise<Classifier> {
  const log = { warning: (message: string) => warn(io, message) }
  const base = await createClassifier(plan.settings, plan.tags, { apiKey: io.env.OPENAI_API_KEY, log })
  // The answer cache sits outside, keyed by a fingerprint that includes the examples.
  const classifier = plan.examples ? withExamples(base, plan.examples) : base
  return plan.cache ? withCache(classifier, openFileCache(plan.cache)) : classifier
}

/** Resolve the tag list, the selection options and the classifier from parsed flags. */
export async function setUpClassifier(values: Record<string, unknown>, io: CliIO): Promise<ClassifierSetup> {
  const plan = planClassifier(values, io)
  return { classifier: await buildClassifier(plan, io), selection: plan.selection }
}

function warn(io: Pick<CliIO, 'stderr'>, message: string): void {
  io.stderr.write(`warning: ${message}\n`)
}
