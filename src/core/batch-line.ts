import type { Classifier, SelectionOptions, Usage } from '../classify/types.js'
import { resultId, type TagResult } from '../result.js'
import { parseBatchLine } from './batch-input.js'
import { givenResult, resolveGivenTags } from './given-tags.js'
import { tagItem } from './tag-item.js'

/** What `batch` writes for one input line: a result, or why the line could not be tagged. */
export type LineOutput = TagResult | { line: number; id: string | null; error: string }

/** One line's output as written, with what the progress and the usage total need: cheap to pass between threads. */
export interface AnsweredLine {
  /** The output line, serialized. */
  readonly json: string
  readonly failed: boolean
  /** An example line: its result echoes the tags it gave. */
  readonly given: boolean
  readonly model: string | null
  readonly usage: Usage | null
}

/**
 * Answer one JSON Lines input line: parse it, read its README, tag it (or echo the tags an example line
 * gives), serialize the output. Never throws: a bad line is an output with `error`. One thread or many,
 * every line goes through here, so they agree.
 */
export async function answerLine(
  text: string,
  line: number,
  baseDir: string,
  classifier: Classifier,
  selection: SelectionOptions
): Promise<AnsweredLine> {
  const parsed = await parseBatchLine(text, line, baseDir)
  if ('error' in parsed) return failedLine(parsed)
  if (parsed.given) {
    const given = resolveGivenTags(parsed.given, classifier.tags)
    if ('error' in given)
      return failedLine({ line, id: resultId(parsed.item.id), error: `line ${line}: ${given.error}` })
    const result = givenResult(parsed.item, given, classifier, selection)
    return { json: JSON.stringify(result), failed: false, given: true, model: result.model, usage: result.usage }
  }
  const result = await tagItem(parsed.item, classifier, selection)
  return {
    json: JSON.stringify(result),
    failed: result.error !== undefined,
    given: false,
    model: result.model,
    usage: result.usage
  }
}

function failedLine(output: { line: number; id: string | null; error: string }): AnsweredLine {
  return { json: JSON.stringify(output), failed: true, given: false, model: null, usage: null }
}
