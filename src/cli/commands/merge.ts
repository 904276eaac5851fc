import { existsSync } from 'node:fs'
import type { Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import { formatCounts } from '../../batch/counts.js'
import { mergeResultFiles } from '../../batch/merge.js'
import { InputError } from '../../errors.js'
import { parseFlags, stringFlag } from '../args.js'
import { EXIT_ITEM_FAILED, EXIT_OK, openResultFile, writeLine, type Command } from '../io.js'

const HELP = `Usage: readme-tagger merge <files…> [--result-file <file>]

Join JSON Lines result files (the shards of a matrix run, or runs over parts of a list) into one, streaming.
A repository found in several files keeps its last result; a line cut off mid-write is skipped with a warning.

  --result-file <file>   where to write the merged results (default stdout)
  -h, --help             show this help`

export const mergeCommand: Command = {
  summary: 'join JSON Lines result files (e.g. the shards of a matrix run) into one',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, { 'result-file': { type: 'string' } }, true)
    if (positionals.length === 0)
      throw new InputError(
        'merge needs at least one result file (readme-tagger merge a.jsonl b.jsonl --result-file all.jsonl).'
      )
    const missing = positionals.find(file => !existsSync(file))
    if (missing) throw new InputError(`merge: "${missing}" does not exist; check the path.`)
    const resultFile = stringFlag(values, 'result-file')
    if (resultFile && (positionals as string[]).includes(resultFile)) {
      throw new InputError(`--result-file "${resultFile}" is also an input: write the merged results to another file.`)
    }
    const out: Writable = resultFile ? await openResultFile(resultFile) : io.stdout
    const report = await mergeResultFiles(positionals, line => writeLine(out, line))
    if (resultFile) {
      out.end()
      await finished(out)
    }
    for (const warning of report.warnings) await writeLine(io.stderr, `warning: ${warning}`)
    const duplicates = report.duplicates > 0 ? ` (${report.duplicates} repeated results replaced by later ones)` : ''
    await writeLine(io.stderr, `merged ${positionals.length} files: ${formatCounts(report.counts)}${duplicates}`)
    return report.counts.failed > 0 ? EXIT_ITEM_FAILED : EXIT_OK
  }
}
