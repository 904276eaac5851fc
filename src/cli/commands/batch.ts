import { createReadStream, existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import { parseBatchLine, type BatchInput } from '../../core/batch-input.js'
import { GIVEN_PROVIDER, givenResult, resolveGivenTags } from '../../core/given-tags.js'
import { runOrdered } from '../../core/ordered.js'
import { tagItem } from '../../core/tag-item.js'
import { InputError } from '../../errors.js'
import { parseNumberInput } from '../../options.js'
import { addUsage, emptyUsage, formatUsage } from '../../pricing.js'
import { resultId, type TagResult } from '../../result.js'
import { parseFlags, stringFlag } from '../args.js'
import { CLASSIFIER_FLAGS, CLASSIFIER_HELP, setUpClassifier } from '../classifier-flags.js'
import { EXIT_ITEM_FAILED, EXIT_OK, openResultFile, writeLine, type CliIO, type Command } from '../io.js'
import { learnFromFile, numberedLines, spoolToFile } from '../learn-examples.js'
import { createProgress } from '../progress.js'
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
  --concurrency <n>      items tagged at once (default 4)
${CLASSIFIER_HELP}
  -h, --help             show this help`

type LineOutput = TagResult | { line: number; id: string | null; error: string }

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
      examples: { type: 'string' }
    })
    const input = stringFlag(values, 'input')
    if (!input) throw new InputError('--input is required: a JSON Lines file, or "-" for stdin.')
    if (input !== '-' && !existsSync(input)) throw new InputError(`--input: "${input}" does not exist; check the path.`)
    const examples = stringFlag(values, 'examples')
    if (examples !== undefined && !existsSync(examples))
      throw new InputError(`--examples: "${examples}" does not exist; check the path.`)
    const concurrency = parseNumberInput('concurrency', stringFlag(values, 'concurrency'), 4, 1, 256)
    const resultFile = stringFlag(values, 'result-file')
    // Checked before stdin is spooled or anything learned: a path that cannot be written is a usage error.
    const out: Writable = resultFile ? await openResultFile(resultFile) : io.stdout
    const spooled = input === '-' ? await spoolToFile(io.stdin) : undefined
    try {
      const path = spooled?.path ?? input
      const baseDir = input === '-' ? process.cwd() : dirname(resolve(input))
      return await tagFile({ path, baseDir, examples, values, io, out, resultFile, concurrency })
    } finally {
      await spooled?.remove()
    }
  }
}

interface TagFile {
  /** The input (stdin spooled to a file), read twice: examples first, then every line in order. */
  readonly path: string
  /** Where `readme_path` is relative to. */
  readonly baseDir: string
  /** `--examples`, a file of example lines. */
  readonly examples: string | undefined
  readonly values: Record<string, unknown>
  readonly io: CliIO
  readonly out: Writable
  readonly resultFile: string | undefined
  readonly concurrency: number
}

/** Learn from the examples, then answer every line of the input in order; returns the exit code. */
async function tagFile({
  path,
  baseDir,
  examples,
  values,
  io,
  out,
  resultFile,
  concurrency
}: TagFile): Promise<number> {
  const warn = (message: string) => void io.stderr.write(`warning: ${message}\n`)
  const { classifier, selection } = await setUpClassifier(values, io, async (tags, learner) => {
    let learned = 0
    if (examples !== undefined) {
      const fromFile = dirname(resolve(examples))
      learned += await learnFromFile(examples, fromFile, tags, learner, (line, error) =>
        warn(`--examples line ${line} skipped: ${error.replace(/^line \d+: /, '')}`)
      )
    }
    return learned + (await learnFromFile(path, baseDir, tags, learner))
  })
  const progress = createProgress(io.stderr)
  const usage = emptyUsage()

  await runOrdered(
    numberedLines(createReadStream(path)),
    async ({ text, line }): Promise<LineOutput> => {
      const parsed: BatchInput = await parseBatchLine(text, line, baseDir)
      if ('error' in parsed) return parsed
      if (!parsed.given) return tagItem(parsed.item, classifier, selection)
      const given = resolveGivenTags(parsed.given, classifier.tags)
      if ('error' in given)
        return {
          line,
          id: resultId(parsed.item.id),
          error: `line ${line}: ${given.error}`
        }
      return givenResult(parsed.item, given, classifier, selection)
    },
    Math.round(concurrency),
    async output => {
      const failed = 'error' in output && output.error !== undefined
      progress.count(
        failed ? 'failed' : 'provider' in output && output.provider === GIVEN_PROVIDER ? 'unchanged' : 'tagged'
      )
      if ('usage' in output) addUsage(usage, output)
      await writeLine(out, JSON.stringify(output))
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
