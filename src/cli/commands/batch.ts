import { createReadStream, existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { dirname, resolve } from 'node:path'
import { createInterface } from 'node:readline'
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
  planClassifier,
  type ClassifierPlan
} from '../classifier-flags.js'
import { EXIT_ITEM_FAILED, EXIT_OK, openResultFile, writeLine, type CliIO, type Command } from '../io.js'
import { createProgress } from '../progress.js'
import { LINES_PER_WORKER, startLinePool, type LineAnswerer } from '../threads/pool.js'
import { WORKER_KIND } from '../threads/messages.js'
import { batchReposCommand, wantsRepositories } from './batch-repos.js'

const HELP = `Usage: readme-tagger batch --tags <file|text> --input <file.jsonl|-> [options]

Tag many READMEs: one JSON object a line in, one result a line out, in input order.
Each input line is {"id", "description"?, "readme"? (text) | "readme_path"? (relative to the input file)}.
A bad line gives {"line": n, "id": ..., "error": "..."} and the run goes on.

  --input <file|->       the JSON Lines input ("-" for stdin)
  --result-file <file>   where to write the results (default stdout)
  --concurrency <n>      items tagged at once (default 4; with threads, at least ${LINES_PER_WORKER} per thread)
  --threads <n>          worker threads that tag, for --provider local (default: the number of cores,
                         here ${availableParallelism()}); 1 tags on the main thread. Same output for any n
${CLASSIFIER_HELP}
  -h, --help             show this help`

export const batchCommand: Command = {
  summary: 'tag a JSON Lines file of READMEs, streaming',
  help: `${HELP}\n\n${batchReposCommand.help}`,
  async run(argv, io) {
    if (wantsRepositories(argv)) return batchReposCommand.run(argv, io)
    const { values } = parseFlags(argv, {
      ...CLASSIFIER_FLAGS,
      input: { type: 'string' },
      'result-file': { type: 'string' },
      concurrency: { type: 'string' },
      threads: { type: 'string' }
    })
    const input = stringFlag(values, 'input')
    if (!input) throw new InputError('--input is required: a JSON Lines file, or "-" for stdin.')
    if (input !== '-' && !existsSync(input)) throw new InputError(`--input: "${input}" does not exist; check the path.`)
    const concurrency = Math.round(parseNumberInput('concurrency', stringFlag(values, 'concurrency'), 4, 1, 256))
    const plan = planClassifier(values, io)
    const threads = threadCount(stringFlag(values, 'threads'), plan, io)
    const baseDir = input === '-' ? process.cwd() : dirname(resolve(input))
    // With threads, the workers build their classifiers and tag; this thread reads, orders and writes lines.
    const pool = threads > 1 ? startLinePool(threads, { kind: WORKER_KIND, plan, baseDir }, io.threadScript) : undefined
    try {
      const answer = pool ? pool.answer : await singleThread(plan, baseDir, io)
      const window = pool ? Math.max(concurrency, LINES_PER_WORKER * threads) : concurrency
      return await tagLines(input, answer, window, stringFlag(values, 'result-file'), io)
    } finally {
      await pool?.close()
    }
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

/** The classifier on this thread, and each line answered by it. */
async function singleThread(plan: ClassifierPlan, baseDir: string, io: CliIO): Promise<LineAnswerer> {
  const classifier = await buildClassifier(plan, io)
  return (text, line) => answerLine(text, line, baseDir, classifier, plan.selection)
}

/** Read the input's lines, answer `window` at a time, and write the outputs in input order with progress. */
async function tagLines(
  input: string,
  answer: LineAnswerer,
  window: number,
  resultFile: string | undefined,
  io: CliIO
): Promise<number> {
  const source = input === '-' ? io.stdin : createReadStream(input)
  const out: Writable = resultFile ? await openResultFile(resultFile) : io.stdout
  const progress = createProgress(io.stderr)
  const usage = emptyUsage()
  await runOrdered(
    numberedLines(source),
    ({ text, line }) => answer(text, line),
    window,
    async answered => {
      progress.count(answered.failed ? 'failed' : 'tagged')
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

/** Non-blank lines of a stream with their 1-based line numbers. */
async function* numberedLines(stream: CliIO['stdin']): AsyncIterable<{ text: string; line: number }> {
  let line = 0
  for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
    line += 1
    if (text.trim() !== '') yield { text, line }
  }
}
