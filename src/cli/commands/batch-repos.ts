import { parseExclude, parseRepositories, selectRepositories } from '../../batch/repositories.js'
import { classifierFromTopics } from '../../batch/learn-topics.js'
import { openResultLog } from '../../batch/result-log.js'
import { loadResumeIndex } from '../../batch/resume.js'
import { runBatch } from '../../batch/run.js'
import { inShard, parseShard } from '../../batch/shard.js'
import { describeTopicChange } from '../../batch/summary.js'
import { tallyRefusals } from '../../batch/refusal.js'
import { parseResultFile } from '../../output/result-file.js'
import { InputError } from '../../errors.js'
import { createOctokit } from '../../github/client.js'
import { TOPICS_MODES } from '../../github/topics.js'
import { parseChoice, parseNumberInput } from '../../options.js'
import { parseFlags, stringFlag } from '../args.js'
import { CLASSIFIER_FLAGS, setUpClassifier } from '../classifier-flags.js'
import { EXIT_ITEM_FAILED, EXIT_OK, writeLine, type Command } from '../io.js'
import { createProgress } from '../progress.js'

/** The flags only `batch --repositories` takes; `batch --help` lists them once, with the shared ones. */
export const REPOSITORIES_HELP = `From GitHub: read through the GitHub API with GITHUB_TOKEN from the environment (GraphQL, about 25
repositories a query). GITHUB_API_URL points at GitHub Enterprise Server. Topics are written with TOPICS_TOKEN
if set, else GITHUB_TOKEN (it needs Administration: write).

  --repositories <list>  owner/name entries, org:NAME or user:NAME, separated by commas or newlines
  --exclude <globs>      owner/name patterns to leave out, comma separated (e.g. "acme/*-archive,acme/tmp-*")
  --include-archived     also tag the archived repositories of an org:/user: listing
  --include-forks        also tag the forks of an org:/user: listing
  --shard <i/n>          only the i-th of n shards (1-based; by a stable hash of owner/name)
  --learn-from-topics    repositories whose topics include list tags a person gave are examples for all
                         (one more read of each); topics chosen in --result-file's earlier results don't count
  --resume               reuse results in --result-file whose fingerprint is unchanged; append the rest
  --output <targets>     artifact (default: results only), topics, or topics,artifact
  --topics-mode <mode>   merge (default: keep topics not in the tag list) or replace
  --dry-run              plan topic changes, write none`

/** `batch --repositories`: the action's repositories mode from a shell. */
export const batchReposCommand: Command = {
  summary: 'tag many GitHub repositories (an organisation, a list) through the API',
  help: REPOSITORIES_HELP,
  async run(argv, io) {
    const { values } = parseFlags(argv, {
      ...CLASSIFIER_FLAGS,
      repositories: { type: 'string' },
      exclude: { type: 'string' },
      'include-archived': { type: 'boolean' },
      'include-forks': { type: 'boolean' },
      shard: { type: 'string' },
      concurrency: { type: 'string' },
      'result-file': { type: 'string' },
      resume: { type: 'boolean' },
      output: { type: 'string' },
      'topics-mode': { type: 'string' },
      'dry-run': { type: 'boolean' },
      'learn-from-topics': { type: 'boolean' }
    })
    const sources = parseRepositories(stringFlag(values, 'repositories') ?? '')
    const shard = parseShard(stringFlag(values, 'shard'))
    const concurrency = Math.round(parseNumberInput('concurrency', stringFlag(values, 'concurrency'), 4, 1, 64))
    const resultFlag = stringFlag(values, 'result-file')
    const resultFile = resultFlag ? parseResultFile(resultFlag, 'results.jsonl') : undefined
    if (values.resume === true && !resultFile)
      throw new InputError('--resume needs --result-file: the file whose results are reused.')
    const writeTopics = parseOutputFlag(stringFlag(values, 'output'))
    const topicsMode = parseChoice('topics-mode', stringFlag(values, 'topics-mode'), TOPICS_MODES, 'merge')
    const dryRun = values['dry-run'] === true
    const token = io.env.GITHUB_TOKEN ?? ''
    if (!token)
      throw new InputError(
        'GITHUB_TOKEN is not set: export a token that can read the repositories (e.g. GITHUB_TOKEN=$(gh auth token)).'
      )
    const { classifier, selection } = await setUpClassifier(values, io)

    // On a terminal a line first clears the live progress line, which the next count redraws.
    const clear = (io.stderr as { isTTY?: boolean }).isTTY ? '\r\x1b[K' : ''
    const note = (message: string) => void io.stderr.write(`${clear}${message}\n`)
    const warn = (message: string) => note(`warning: ${message}`)
    const reader = createOctokit({ token, baseUrl: io.env.GITHUB_API_URL, warn, rateLimitRetries: 10 })
    const writerToken = io.env.TOPICS_TOKEN || token
    const writer =
      writerToken === token
        ? reader
        : createOctokit({ token: writerToken, baseUrl: io.env.GITHUB_API_URL, warn, rateLimitRetries: 10 })

    const selected = await selectRepositories(reader, sources, {
      exclude: parseExclude(stringFlag(values, 'exclude') ?? ''),
      includeArchived: values['include-archived'] === true,
      includeForks: values['include-forks'] === true
    })
    const repositories = inShard(selected.repositories, shard)
    await writeLine(
      io.stderr,
      `${repositories.length} repositories${shard.count > 1 ? ` in shard ${shard.index}/${shard.count}` : ''} (${selected.skipped.length} left out: archived, forks, excluded).`
    )

    // The earlier results say which topics the tool chose itself: read before the file is truncated.
    const earlier =
      values['learn-from-topics'] === true && resultFile && values.resume !== true
        ? await loadResumeIndex(resultFile)
        : undefined
    const log = resultFile ? await openResultLog(resultFile, { resume: values.resume === true }) : undefined
    const learned =
      values['learn-from-topics'] === true
        ? await classifierFromTopics(classifier, repositories, {
            octokit: reader,
            previous: earlier ?? log?.previous,
            warning: warn
          })
        : undefined
    if (learned) note(learned.note)
    const progress = createProgress(io.stderr)
    const refusals = tallyRefusals()
    const counts = await runBatch(
      repositories,
      {
        octokit: reader,
        classifier: learned?.classifier ?? classifier,
        selection,
        onRecord: async record => {
          for (const warning of record.warnings) warn(warning)
          // A refused write is said once, at the end.
          if (!refusals.see(record) && record.result.error) warn(record.result.error)
          // A topic change is the one thing a shell user cannot see in the results: say it, dry run or not.
          if (record.topics?.changed) {
            const change = `${record.result.repository}: topics ${describeTopicChange(record.topics)}`
            note(dryRun ? `${change} (dry run)` : record.write === 'planned' ? `${change} (not written)` : change)
          }
          progress.count(record.outcome)
          const result = learned ? learned.mark(record.result) : record.result
          if (log) await log.write(result, record.resumed)
          else await writeLine(io.stdout, JSON.stringify(result))
        }
      },
      {
        concurrency,
        previous: log?.previous,
        topics: writeTopics ? { octokit: writer, mode: topicsMode, dryRun } : null
      }
    )
    await log?.close()
    progress.done()
    if (counts.changed) await writeLine(io.stderr, dryRun ? 'Topics would change (dry run).' : 'Topics changed.')
    const refused = refusals.refused()
    if (refused) await writeLine(io.stderr, `error: ${refused.message}`)
    return counts.failed > 0 ? EXIT_ITEM_FAILED : EXIT_OK
  }
}

/** `--output`: whether topics are written (the result file is always written). */
function parseOutputFlag(value: string | undefined): boolean {
  const parts = (value ?? '').split(/[\s,]+/).filter(Boolean)
  const bad = parts.find(part => part !== 'topics' && part !== 'artifact')
  if (bad !== undefined)
    throw new InputError(`--output must be "artifact", "topics" or "topics,artifact"; got "${value}".`)
  return parts.includes('topics')
}

/** Whether `batch` was given --repositories (then it is this command, not the JSONL batch). */
export function wantsRepositories(argv: readonly string[]): boolean {
  return argv.some(arg => arg === '--repositories' || arg.startsWith('--repositories='))
}
