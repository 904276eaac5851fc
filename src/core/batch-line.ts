import type { Classifier, SelectionOptions, Usage } from '../classify/types.js'
import type { TagResult } from '../result.js'
import { parseBatchLine } from './batch-input.js'
import { tagItem } from './tag-item.js'

/** What `batch` writes for one input line: a result, or why the line could not be tagged. */
export type LineOutput = TagResult | { line: number; id: string | null; error: string }

/** One line's output as written, with what the progress and the usage total need: cheap to pass between threads. */
export interface AnsweredLine {
  /** The output line, serialized. */
  readonly json: string
  readonly failed: boolean
  readonly model: string | null
  readonly usage: Usage | null
}

/**
 * Answer one JSON Lines input line: parse it, read its README, tag it, serialize the output. Never throws: a
 * bad line is an output with `error`. One thread or many, every line goes through here, so they agree.
 */
export async function answerLine(
  text: string,
  line: number,
  baseDir: string,
  classifier: Classifier,
  selection: SelectionOptions
): Promise<AnsweredLine> {
  const parsed = await parseBatchLine(text, line, baseDir)
  if ('error' in parsed) return { json: JSON.stringify(parsed), failed: true, model: null, usage: null }
  const result = await tagItem(parsed.item, classifier, selection)
  return { json: JSON.stringify(result), failed: result.error !== undefined, model: result.model, usage: result.usage }
}
