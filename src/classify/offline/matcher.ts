import { tokenize } from './tokenize.js'

/** One phrase of the compiled matcher and the tags it is evidence for. */
export interface PhraseHit {
  /** The phrase as written in the lexicon or the tag list (for evidence). */
  readonly phrase: string
  /** Indexes into the tag list, and the weight of this phrase for each. */
  readonly tags: number[]
  readonly weights: number[]
}

interface TrieNode {
  next: Map<string, TrieNode> | null
  hit: PhraseHit | null
}

/**
 * A token trie over every phrase of every tag: one hash lookup per token of the README, whatever the
 * number of tags. Matching is leftmost-longest: a longer phrase hides the shorter ones inside it
 * ("react native" is not also "react", "terminal emulator" not also "emulator").
 */
export class PhraseMatcher {
  private readonly root = new Map<string, TrieNode>()

  /**
   * Adds a phrase; weight 0 with tag -1 registers a blocker (a phrase that only hides shorter ones).
   * A phrase given twice for one tag keeps its highest weight.
   */
  add(phrase: string, tag: number, weight: number): void {
    const tokens = tokenize(phrase)
    if (tokens.length === 0) return
    let level = this.root
    let node: TrieNode | undefined
    for (const token of tokens) {
      if (node) level = node.next ??= new Map()
      node = level.get(token)
      if (!node) {
        node = { next: null, hit: null }
        level.set(token, node)
      }
    }
    const end = node as TrieNode
    end.hit ??= { phrase: tokens.join(' '), tags: [], weights: [] }
    if (tag < 0) return
    const at = end.hit.tags.indexOf(tag)
    if (at < 0) {
      end.hit.tags.push(tag)
      end.hit.weights.push(weight)
    } else if (weight > (end.hit.weights[at] as number)) end.hit.weights[at] = weight
  }

  /** Calls `onHit` for each leftmost-longest phrase found in the tokens. */
  scan(tokens: readonly string[], onHit: (hit: PhraseHit) => void): void {
    const n = tokens.length
    for (let i = 0; i < n; ) {
      let node = this.root.get(tokens[i] as string)
      if (!node) {
        i++
        continue
      }
      let best: PhraseHit | null = node.hit
      let bestEnd = i + 1
      // The longest phrase that counts for a tag, in case the longest of all is only a blocker.
      let tagged: PhraseHit | null = node.hit && node.hit.tags.length > 0 ? node.hit : null
      let taggedEnd = i + 1
      for (let j = i + 1; j < n && node.next; j++) {
        node = node.next.get(tokens[j] as string)
        if (!node) break
        if (node.hit) {
          best = node.hit
          bestEnd = j + 1
          if (node.hit.tags.length > 0) {
            tagged = node.hit
            taggedEnd = j + 1
          }
        }
      }
      // A blocker hides single words inside it ("terminal emulator" → not "emulator"), but a tagged
      // phrase of two words or more that starts it still counts ("json schema" in "json schema validation").
      if (best && best.tags.length === 0 && tagged && taggedEnd - i >= 2) {
        best = tagged
        bestEnd = taggedEnd
      }
      if (best) {
        if (best.tags.length > 0) onHit(best)
        i = bestEnd
      } else i++
    }
  }
}
