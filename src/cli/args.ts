import { parseArgs, type ParseArgsConfig } from 'node:util'
import { InputError } from '../errors.js'

export type OptionSpec = NonNullable<ParseArgsConfig['options']>

/**
 * Parse a command's flags strictly: an unknown flag or a missing value is a usage error naming it.
 * Returns string/boolean values keyed by flag name, and the positional arguments.
 */
export function parseFlags(argv: string[], options: OptionSpec, allowPositionals = false) {
  try {
    const parsed = parseArgs({ args: argv, options, strict: true, allowPositionals, allowNegative: true })
    return {
      values: parsed.values as Record<string, string | boolean | string[] | undefined>,
      positionals: parsed.positionals
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new InputError(`${message.split('\n')[0]} (see --help).`)
  }
}

/** A string flag's value, or undefined. */
export function stringFlag(values: Record<string, unknown>, name: string): string | undefined {
  const value = values[name]
  return typeof value === 'string' ? value : undefined
}
