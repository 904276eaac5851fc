import type { EvidenceSource } from '../types.js'
import { intTable, lookup, type IntTable } from '../int-table.js'
import { joinTokens, tokenHash, tokenize, type TokenStream } from './tokenize.js'

/** One phrase of the compiled matcher and the tags it is evidence for. */
export interface PhraseHit {
  /** The phrase as written in the lexicon or the tag list (for evidence). */
  readonly phrase: string
  /** Scoring targets (facets of tags), the weight of this phrase for each, and the part of the profile it came from. */
  readonly tags: number[]
  readonly weights: number[]
  readonly sources: EvidenceSource[]
  /** Where this phrase's per-tag counters start in a scoring pass's flat counter array. */
  slot: number
  /** A set phrase ("lightning fast") that hides every word inside it, even a leading tag word. */
  noise: boolean
}

interface TrieNode {
  /** The token this node stands for, to confirm a hash match. */
  readonly token: string
  /** Another token with the same hash (rare), checked in turn. */
  collision: TrieNode | null
  next: Map<number, TrieNode> | null
  hit: PhraseHit | null
}

function findNode(level: Map<number, TrieNode>, stream: TokenStream, i: number): TrieNode | null {
  return confirm(level.get(stream.hashes[i] as number) ?? null, stream, i)
}

/** The node of `node`'s collision chain whose token is token i of the stream. */
function confirm(node: TrieNode | null, stream: TokenStream, i: number): TrieNode | null {
  const start = stream.starts[i] as number
  const length = (stream.ends[i] as number) - start
  while (node && !(node.token.length === length && stream.text.startsWith(node.token, start))) node = node.collision
  return node
}

/**
 * A token trie over every phrase of every tag: one integer-keyed lookup per token of the README,
 * whatever the number of tags. A longer phrase hides the shorter ones inside it ("react native" is not
 * also "react", "terminal emulator" not also "emulator").
 */
export class PhraseMatcher {
  private readonly root = new Map<number, TrieNode>()
  /**
   * The root level again as a typed-array table (seal builds it): the scan looks up every README token
   * there, and a Map's lookup was the scan's largest cost (dev, seed list: the scan alone about 51 → 44 µs
   * per README, 1–2 % of a README's whole time).
   */
  private rootTable: IntTable = intTable(new Map())
  private rootNodes: TrieNode[] = []
  private slots = 0

  /** How many per-tag counters a scoring pass needs (see PhraseHit.slot). */
  get slotCount(): number {
    return this.slots
  }

  /**
   * Adds a phrase; tag -1 registers a blocker (a phrase that only hides shorter ones), `noise` one that
   * also hides its first word. A phrase given twice for one tag keeps its highest weight.
   */
  add(phrase: string, tag: number, weight: number, noise = false, source: EvidenceSource = 'lexicon'): void {
    const tokens = tokenize(phrase)
    if (tokens.length === 0) return
    let level = this.root
    let node: TrieNode | undefined
    for (const token of tokens) {
      if (node) level = node.next ??= new Map()
      const hash = tokenHash(token)
      let found = level.get(hash)
      while (found && found.token !== token) found = found.collision ?? undefined
      if (!found) {
        found = { token, collision: level.get(hash) ?? null, next: null, hit: null }
        level.set(hash, found)
      }
      node = found
    }
    const end = node as TrieNode
    end.hit ??= { phrase: joinTokens(tokens), tags: [], weights: [], sources: [], slot: 0, noise: false }
    if (noise) end.hit.noise = true
    if (tag < 0) return
    const at = end.hit.tags.indexOf(tag)
    if (at < 0) {
      end.hit.tags.push(tag)
      end.hit.weights.push(weight)
      end.hit.sources.push(source)
    } else if (weight > (end.hit.weights[at] as number)) {
      end.hit.weights[at] = weight
      end.hit.sources[at] = source
    }
  }

  /** Gives every phrase its counter slots and builds the root table; call once after the last add, before scan. */
  seal(): void {
    const visit = (level: Map<number, TrieNode>): void => {
      for (const head of level.values()) {
        for (let node: TrieNode | null = head; node; node = node.collision) {
          if (node.hit) {
            node.hit.slot = this.slots
            this.slots += node.hit.tags.length
          }
          if (node.next) visit(node.next)
        }
      }
    }
    this.slots = 0
    visit(this.root)
    this.rootNodes = [...this.root.values()]
    this.rootTable = intTable(new Map([...this.root.keys()].map((hash, index) => [hash, index])))
  }

  /**
   * Calls `onHit` for the longest phrase starting at each token, unless it lies inside a phrase already
   * found: overlapping phrases both count ("node js version" and "version manager"), nested ones do not.
   * `overlaps` is the previous phrase when the two overlap, so a tag they share is counted once.
   */
  scan(stream: TokenStream, onHit: (hit: PhraseHit, overlaps: PhraseHit | null) => void): void {
    const n = stream.count
    let coveredEnd = 0
    let previous: PhraseHit | null = null
    for (let i = 0; i < n; i++) {
      const index = lookup(this.rootTable, stream.hashes[i]!)
      if (index < 0) continue
      let node = confirm(this.rootNodes[index]!, stream, i)
      if (!node) continue
      let best: PhraseHit | null = node.hit
      let bestEnd = i + 1
      // The longest phrase that counts for a tag, in case the longest of all is only a blocker.
      let tagged: PhraseHit | null = node.hit && node.hit.tags.length > 0 ? node.hit : null
      let taggedEnd = i + 1
      for (let j = i + 1; j < n && node.next; j++) {
        node = findNode(node.next, stream, j)
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
      // A blocker hides the words inside it ("terminal emulator" → not "emulator"), but a tagged phrase
      // that starts it still counts ("ansible" in "ansible role", "json schema" in "json schema
      // validation"); a noise phrase keeps only a tagged phrase of two words or more.
      if (best && best.tags.length === 0 && tagged && (!best.noise || taggedEnd - i >= 2)) {
        best = tagged
        bestEnd = taggedEnd
      }
      if (!best || bestEnd <= coveredEnd) continue
      const overlaps = i < coveredEnd ? previous : null
      coveredEnd = bestEnd
      previous = best
      if (best.tags.length > 0) onHit(best, overlaps)
    }
  }
}
