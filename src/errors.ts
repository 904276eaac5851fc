/** A problem with what the user gave (an input, a flag, a file): shown as one line, exit code 2 in the CLI. */
export class InputError extends Error {
  override name = 'InputError'
}

/** A failure while tagging one item (network, model, repository): the item fails, a batch goes on. */
export class TaggingError extends Error {
  override name = 'TaggingError'
}

/** The message of anything thrown, including values that are not Errors. */
export function getErrorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === 'string') return error
  try {
    return JSON.stringify(error) ?? String(error)
  } catch {
    return String(error)
  }
}
