import { getErrorMessage, InputError } from '../errors.js'
import { batchCommand } from './commands/batch.js'
import { classifyCommand } from './commands/classify.js'
import { mergeCommand } from './commands/merge.js'
import { EXIT_ITEM_FAILED, EXIT_OK, EXIT_USAGE, writeLine, type CliIO, type Command } from './io.js'

/** Every command of the CLI, by name. */
export const COMMANDS: Record<string, Command> = {
  classify: classifyCommand,
  batch: batchCommand,
  merge: mergeCommand
}

function topHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map(name => name.length))
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`)
  return `Usage: readme-tagger <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun "readme-tagger <command> --help" for a command's options.`
}

/** Run the CLI; returns the exit code. Errors are one line on stderr, never a stack trace. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    await writeLine(io.stdout, topHelp())
    return name === undefined ? EXIT_USAGE : EXIT_OK
  }
  const command = COMMANDS[name]
  if (!command) {
    await writeLine(
      io.stderr,
      `readme-tagger: unknown command "${name}"; commands: ${Object.keys(COMMANDS).join(', ')}.`
    )
    return EXIT_USAGE
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    await writeLine(io.stdout, command.help)
    return EXIT_OK
  }
  try {
    return await command.run(rest, io)
  } catch (error) {
    await writeLine(io.stderr, `readme-tagger ${name}: ${getErrorMessage(error)}`)
    return error instanceof InputError ? EXIT_USAGE : EXIT_ITEM_FAILED
  }
}
