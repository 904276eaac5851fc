import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'

const schema = JSON.parse(readFileSync(new URL('../../result.schema.json', import.meta.url), 'utf8'))
const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema)

/** Throws with ajv's messages when `value` is not a valid result object. */
export function assertValidResult(value: unknown): void {
  if (!validate(value)) {
    throw new Error(`result does not match result.schema.json: ${JSON.stringify(validate.errors)}`)
  }
}
