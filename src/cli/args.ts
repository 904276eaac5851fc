import { parseArgs, type ParseArgsConfig } from 'node:util'
import { InputError } from '../errors.js'

export type OptionSpec = NonNullable<ParseArgsConfig['options']>

/**
 * Parse a command's flags strictly: an unknown flag or a missing value is a usage error naming it.
 * Returns string/boolean values keyed by flag name, and the positional arguments.
 */
export function parseFlags(argv: string[], options: OptionSpec, allowPositionals = false) {
  try {
    const args = joinDashValues(argv, options)
    const parsed = parseArgs({ args, options, strict: true, allowPositionals, allowNegative: true })
    return {
      values: parsed.values as Record<string, string | boolean | string[] | undefined>,
      positionals: parsed.positionals
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    // "argument is ambiguous" alone says nothing; its next lines say what to do ("use '--tags=-XYZ'").
    const lines = message.split('\n')
    const text = message.includes('ambiguous') ? lines.join(' ') : lines[0]
    throw new InputError(`${text} (see --help).`)
  }
}

/**
 * parseArgs refuses a string flag's value that starts with "-" ("ambiguous"), yet an inline YAML list
 * (`--tags "- cli"`) or a negative number does. Such a value is joined to its flag (`--tags=- cli`)
 * unless it looks like a flag itself, which keeps `--tags --readme x` a missing-value error.
 */
function joinDashValues(argv: readonly string[], options: OptionSpec): string[] {
  const out: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    const next = argv[i + 1]
    const name = arg.startsWith('--') && !arg.includes('=') ? arg.slice(2) : ''
    if (options[name]?.type === 'string' && next?.startsWith('-') && !/^--?[a-z]/i.test(next)) {
      out.push(`${arg}=${next}`)
      i++
    } else out.push(arg)
  }
  return out
}

/** A string flag's value, or undefined. */
export function stringFlag(values: Record<string, unknown>, name: string): string | undefined {
  const value = values[name]
  return typeof value === 'string' ? value : undefined
}
