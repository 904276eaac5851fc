import { createReadStream, existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import type { Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import { parseBatchLine, type BatchInput } from '../../core/batch-input.js'
import { runOrdered } from '../../core/ordered.js'
import { tagItem } from '../../core/tag-item.js'
import { InputError } from '../../errors.js'
import { parseNumberInput } from '../../options.js'
import { addUsage, emptyUsage, formatUsage } from '../../pricing.js'
import type { TagResult } from '../../result.js'
import { parseFlags, stringFlag } from '../args.js'
import { CLASSIFIER_FLAGS, CLASSIFIER_HELP, setUpClassifier } from '../classifier-flags.js'
import { EXIT_ITEM_FAILED, EXIT_OK, openResultFile, writeLine, type CliIO, type Command } from '../io.js'
import { createProgress } from '../progress.js'
import { batchReposCommand, REPOSITORIES_HELP, wantsRepositories } from './batch-repos.js'

const HELP = `Usage: readme-tagger batch --tags <file|text> --input <file.jsonl|-> [options]
       readme-tagger batch --tags <file|text> --repositories <list> [options]

Tag many READMEs, one result a line: from a JSON Lines file (in input order), or from GitHub repositories.

From a JSON Lines file: each input line is {"id", "description"?, "readme"? (text) | "readme_path"? (relative
to the input file)}. A bad line gives {"line": n, "id": ..., "error": "..."} and the run goes on.

  --input <file|->       the JSON Lines input ("-" for stdin)

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
      concurrency: { type: 'string' }
    })
    const input = stringFlag(values, 'input')
    if (!input) throw new InputError('--input is required: a JSON Lines file, or "-" for stdin.')
    if (input !== '-' && !existsSync(input)) throw new InputError(`--input: "${input}" does not exist; check the path.`)
    const concurrency = parseNumberInput('concurrency', stringFlag(values, 'concurrency'), 4, 1, 256)
    const { classifier, selection } = await setUpClassifier(values, io)

    const baseDir = input === '-' ? process.cwd() : dirname(resolve(input))
    const source = input === '-' ? io.stdin : createReadStream(input)
    const resultFile = stringFlag(values, 'result-file')
    const out: Writable = resultFile ? await openResultFile(resultFile) : io.stdout
    const progress = createProgress(io.stderr)
    const usage = emptyUsage()

    await runOrdered(
      numberedLines(source),
      async ({ text, line }): Promise<LineOutput> => {
        const parsed: BatchInput = await parseBatchLine(text, line, baseDir)
        if ('error' in parsed) return parsed
        return tagItem(parsed.item, classifier, selection)
      },
      Math.round(concurrency),
      async output => {
        progress.count('error' in output && output.error !== undefined ? 'failed' : 'tagged')
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
}

/** Non-blank lines of a stream with their 1-based line numbers. */
async function* numberedLines(stream: CliIO['stdin']): AsyncIterable<{ text: string; line: number }> {
  let line = 0
  for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
    line += 1
    if (text.trim() !== '') yield { text, line }
  }
}
