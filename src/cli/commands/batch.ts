import { createReadStream, existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { dirname, resolve } from 'node:path'
import type { Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import { answerLine } from '../../core/batch-line.js'
import { runOrdered } from '../../core/ordered.js'
import { InputError } from '../../errors.js'
import { parseNumberInput } from '../../options.js'
import { addUsage, emptyUsage, formatUsage } from '../../pricing.js'
import { parseFlags, stringFlag } from '../args.js'
import {
  buildClassifier,
  CLASSIFIER_FLAGS,
  CLASSIFIER_HELP,
  learnIntoPlan,
  planClassifier,
  type ClassifierPlan
} from '../classifier-flags.js'
import { EXIT_ITEM_FAILED, EXIT_OK, openResultFile, writeLine, type CliIO, type Command } from '../io.js'
import { fileHolds, learnFromFile, numberedLines, spoolToFile } from '../learn-examples.js'
import { createProgress } from '../progress.js'
import { LINES_PER_WORKER, startLinePool, type LineAnswerer, type LinePool } from '../threads/pool.js'
import { WORKER_KIND } from '../threads/messages.js'
import { batchReposCommand, REPOSITORIES_HELP, wantsRepositories } from './batch-repos.js'

const HELP = `Usage: readme-tagger batch --tags <file|text> --input <file.jsonl|-> [options]
       readme-tagger batch --tags <file|text> --repositories <list> [options]

Tag many READMEs, one result a line: from a JSON Lines file (in input order), or from GitHub repositories.

From a JSON Lines file: each input line is {"id", "description"?, "readme"? (text) | "readme_path"?
(relative to the input file), "tags"?}. A line whose "tags" is a non-empty array of list tags (names, or
{"id", "name"} objects) is an example: its result echoes those tags (provider "given"), and the other lines
are tagged after learning from all examples (the input is read twice; stdin is spooled to a temporary file).
A bad line gives {"line": n, "id": ..., "error": "..."} and the run goes on.

  --input <file|->       the JSON Lines input ("-" for stdin)
  --examples <file>      more examples, JSON Lines of the same form (lines without "tags" are skipped)

${REPOSITORIES_HELP}

Both:
  --result-file <file>   where to write the results (default stdout)
  --concurrency <n>      items tagged at once (default 4; with threads, at least ${LINES_PER_WORKER} per thread)
  --threads <n>          with --input: worker threads that tag, for --provider local (default: the number of
                         cores, here ${availableParallelism()}); 1 tags on the main thread. Same output for any n
${CLASSIFIER_HELP}
  -h, --help             show this help`

export const batchCommand: Command = {
  summary: 'tag a JSON Lines file of READMEs, streaming',
  help: HELP,
  async run(argv, io) {
    if (wantsRepositories(argv)) return batchReposCommand.run(argv, io)
    const { values } = parseFlags(argv, {
      ...CLASSIFIER_FLAGS,
      input: { type: 'string' },
      'result-file': { type: 'string' },
      concurrency: { type: 'string' },
      examples: { type: 'string' },
      threads: { type: 'string' }
    })
    const input = stringFlag(values, 'input')
    if (!input) throw new InputError('--input is required: a JSON Lines file, or "-" for stdin.')
    if (input !== '-' && !existsSync(input)) throw new InputError(`--input: "${input}" does not exist; check the path.`)
    const examples = stringFlag(values, 'examples')
    if (examples !== undefined && !existsSync(examples))
      throw new InputError(`--examples: "${examples}" does not exist; check the path.`)
    const concurrency = Math.round(parseNumberInput('concurrency', stringFlag(values, 'concurrency'), 4, 1, 256))
    const planned = planClassifier(values, io)
    const threads = threadCount(stringFlag(values, 'threads'), planned, io)
    const resultFile = stringFlag(values, 'result-file')
    // Checked before stdin is spooled or anything learned: a path that cannot be written is a usage error.
    const out: Writable = resultFile ? await openResultFile(resultFile) : io.stdout
    const spooled = input === '-' ? await spoolToFile(io.stdin) : undefined
    try {
      const path = spooled?.path ?? input
      const baseDir = input === '-' ? process.cwd() : dirname(resolve(input))
      // The input is read twice: its example lines (and --examples) teach the classifier, then every line is answered.
      const plan = await learnIntoPlan(planned, learnExamples(path, baseDir, examples, io), io)
      // With threads, this thread reads, orders and writes lines, and tags its share between them; each worker
      // builds its own classifier and tags the rest.
      const pool = threads > 1 ? startPool(threads, plan, baseDir, io) : undefined
      try {
        const answer = pool ? pool.answer : await singleThread(plan, baseDir, io)
        const window = pool ? Math.max(concurrency, LINES_PER_WORKER * threads) : concurrency
        return await tagLines(path, answer, window, out, resultFile, io)
      } finally {
        await pool?.close()
      }
    } finally {
      await spooled?.remove()
    }
  }
}

/** Learning from `--examples` (skipped lines warned of) and from the input's own example lines. */
function learnExamples(path: string, baseDir: string, examples: string | undefined, io: CliIO) {
  return async (...[tags, learner]: Parameters<Parameters<typeof learnIntoPlan>[1]>): Promise<number> => {
    let learned = 0
    if (examples !== undefined)
      learned += await learnFromFile(examples, dirname(resolve(examples)), tags, learner, (line, error) =>
        io.stderr.write(`warning: --examples line ${line} skipped: ${error.replace(/^line \d+: /, '')}\n`)
      )
    // Most inputs hold no example: a byte search spares them a second line-by-line read.
    if (await fileHolds(path, '"tags"')) learned += await learnFromFile(path, baseDir, tags, learner)
    return learned
  }
}

/**
 * `--threads`: a whole number from 1 to 256, by default the number of cores. Threads speed up the offline
 * classifier only: a model call waits on the network (--concurrency overlaps those), and the answer cache
 * lives in one thread, so a model or a cache runs on one thread, with a warning if threads were asked for.
 */
function threadCount(value: string | undefined, plan: ClassifierPlan, io: CliIO): number {
  const asked = parseNumberInput('threads', value, availableParallelism(), 1, 256)
  if (!Number.isInteger(asked)) throw new InputError(`threads must be a whole number from 1 to 256; got "${value}".`)
  const reason =
    plan.settings.provider !== 'local'
      ? `--provider ${plan.settings.provider} (model calls wait on the network; --concurrency overlaps them)`
      : plan.cache
        ? '--cache (the answer cache lives in one thread)'
        : undefined
  if (!reason) return asked
  if (value !== undefined && asked > 1) io.stderr.write(`warning: --threads is ignored with ${reason}.\n`)
  return 1
}

/**
 * Workers and this thread: the workers are started first, so that they build their classifiers while this
 * thread builds its own (compiling a list is synchronous work).
 */
function startPool(threads: number, plan: ClassifierPlan, baseDir: string, io: CliIO): LinePool {
  const local: { answer?: Promise<LineAnswerer> } = {}
  const pool = startLinePool(threads, { kind: WORKER_KIND, plan, baseDir }, io.threadScript, async (text, line) =>
    (await (local.answer as Promise<LineAnswerer>))(text, line)
  )
  local.answer = singleThread(plan, baseDir, io)
  // Awaited by this thread's first line, so that a classifier that cannot be built fails the run there.
  local.answer.catch(() => {})
  return pool
}

/** The classifier on this thread, and each line answered by it. */
async function singleThread(plan: ClassifierPlan, baseDir: string, io: CliIO): Promise<LineAnswerer> {
  const classifier = await buildClassifier(plan, io)
  return (text, line) => answerLine(text, line, baseDir, classifier, plan.selection)
}

/** Read the input's lines, answer `window` at a time, and write the outputs in input order with progress. */
async function tagLines(
  path: string,
  answer: LineAnswerer,
  window: number,
  out: Writable,
  resultFile: string | undefined,
  io: CliIO
): Promise<number> {
  const progress = createProgress(io.stderr)
  const usage = emptyUsage()
  await runOrdered(
    numberedLines(createReadStream(path)),
    ({ text, line }) => answer(text, line),
    window,
    async answered => {
      progress.count(answered.failed ? 'failed' : answered.given ? 'unchanged' : 'tagged')
      addUsage(usage, answered)
      await writeLine(out, answered.json)
    }
  )
  if (resultFile) {
    out.end()
    await finished(out)
  }
  const counts = progress.done()
  if (usage.calls > 0) io.stderr.write(`usage: ${formatUsage(usage)}\n`)
  return counts.failed > 0 ? EXIT_ITEM_FAILED : EXIT_OK
}
