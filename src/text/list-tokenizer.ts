import { Tokenizer, type Tokens } from 'marked'

const ITEM = /^([ \t]*)(?:[*+-]|\d{1,9}[.)])(?:[ \t]+|$)/
const FENCE = /^[ \t]*(`{3,}|~{3,})/
// Lines that end a list even without a blank line before them (CommonMark's interrupting blocks).
const INTERRUPT = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|`{3,}|~{3,}|<[a-zA-Z/!]|>|(?:[-*_][ \t]*){3,}$)/

/**
 * A cheaper list tokenizer: marked re-lexes every list item as a nested document, which made lists the
 * costliest block in READMEs. For plain text we only need each item's lines: every bullet line starts an
 * item (nested lists are flattened), other lines continue it, fenced code inside items is dropped.
 */
export class FlatListTokenizer extends Tokenizer {
  override list(src: string): Tokens.List | undefined {
    const first = ITEM.exec(src)
    if (!first || (first[1] ?? '').length > 3) return undefined
    const items: Tokens.ListItem[] = []
    let current: string[] = []
    let rawEnd = 0
    let blank = false
    let fence: string | null = null
    const push = (): void => {
      if (current.length === 0) return
      const text = current.join('\n')
      items.push({
        type: 'list_item',
        raw: text,
        task: false,
        loose: false,
        text,
        tokens: [{ type: 'text', raw: text, text }]
      })
      current = []
    }
    let offset = 0
    while (offset < src.length) {
      const newline = src.indexOf('\n', offset)
      const end = newline < 0 ? src.length : newline + 1
      const line = src.slice(offset, newline < 0 ? src.length : newline)
      if (fence !== null) {
        if (line.trim().startsWith(fence)) fence = null
      } else if (line.trim() === '') {
        blank = true
      } else {
        const indented = /^[ \t]/.test(line)
        const item = ITEM.exec(line)
        if (!item && !indented && (blank || INTERRUPT.test(line))) break
        const opened = FENCE.exec(line)
        if (opened) fence = (opened[1] as string).slice(0, 3)
        else if (item) {
          push()
          current.push(line.slice(item[0].length))
        } else current.push(line.trim())
        blank = false
      }
      offset = end
      if (!blank || fence !== null) rawEnd = end
    }
    push()
    if (rawEnd === 0) return undefined
    const raw = src.slice(0, rawEnd)
    return { type: 'list', raw, ordered: /^\s*\d/.test(raw), start: '', loose: false, items }
  }
}
