import { readFile } from 'node:fs/promises'
import { getErrorMessage, InputError } from '../../errors.js'
import { formatFromFileName } from '../../text/clean.js'
import { tagItem } from '../../core/tag-item.js'
import { parseFlags, stringFlag } from '../args.js'
import { CLASSIFIER_FLAGS, CLASSIFIER_HELP, setUpClassifier } from '../classifier-flags.js'
import { EXIT_ITEM_FAILED, EXIT_OK, writeLine, type Command } from '../io.js'
import { formatReadable } from '../readable.js'

const HELP = `Usage: readme-tagger classify --tags <file|text> --readme <file> [options]

Tag one README. On a terminal it prints the tags best first, each with its score and evidence; piped or
with --json it prints the result JSON (one line).

  --readme <file>        the README (Markdown; .rst and .txt are read as such)
  --description <text>   the repository's one-line description
  --id <id>              the id echoed in the result
  --json                 print the result JSON even on a terminal
  --text                 print the readable answer even when stdout is not a terminal
${CLASSIFIER_HELP}
  -h, --help             show this help`

export const classifyCommand: Command = {
  summary: 'tag one README: a readable answer on a terminal, the result JSON otherwise',
  help: HELP,
  async run(argv, io) {
    const { values } = parseFlags(argv, {
      ...CLASSIFIER_FLAGS,
      readme: { type: 'string' },
      description: { type: 'string' },
      id: { type: 'string' },
      json: { type: 'boolean' },
      text: { type: 'boolean' }
    })
    if (values.json === true && values.text === true)
      throw new InputError('--json and --text ask for different outputs: give one of them.')
    const readable = values.text === true || (values.json !== true && (io.stdout as { isTTY?: boolean }).isTTY === true)
    const readmePath = stringFlag(values, 'readme')
    if (!readmePath) throw new InputError('--readme is required: give the path of a README file.')
    const { classifier, selection } = await setUpClassifier(values, io)
    let readme: string
    try {
      readme = await readFile(readmePath, 'utf8')
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder; give the README file' : code
      throw new InputError(`--readme: cannot read "${readmePath}": ${why ?? getErrorMessage(error)}.`)
    }
    const result = await tagItem(
      {
        id: stringFlag(values, 'id'),
        readme,
        description: stringFlag(values, 'description'),
        format: formatFromFileName(readmePath)
      },
      classifier,
      selection
    )
    await writeLine(io.stdout, readable ? formatReadable(result) : JSON.stringify(result))
    if (result.error && !readable) await writeLine(io.stderr, `readme-tagger: ${result.error}`)
    return result.error ? EXIT_ITEM_FAILED : EXIT_OK
  }
}
