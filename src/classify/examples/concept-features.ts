import { TOPICS } from '../../knowledge/index.js'
import { entryPhrases, LEXICON, WEIGHTS } from '../../lexicon/index.js'
import { tokenHash, tokenize } from '../offline/tokenize.js'

/**
 * Concept features: the lexicon entries and featured topics a README's words belong to, as extra terms of
 * its vector. Two READMEs about one thing rarely share many words when there are only a few examples of a
 * tag ("zsh" in one, "shell prompt" in another), but the words reach the same concepts: the shell topic
 * names bash, zsh and fish; the terminal entry knows tmux and ansi. Feature ids sit above the tokenizer's
 * 30-bit hashes, so they never collide with a word.
 */
const FEATURE_BASE = 2 ** 30
const MAX_CONCEPTS_PER_WORD = 4

let byWord: Map<number, Array<[number, number]>> | undefined

function addWord(table: Map<number, Array<[number, number]>>, word: string, feature: number, share: number): void {
  const words = tokenize(word)
  if (words.length !== 1 || (words[0] as string).length < 3) return
  const hash = tokenHash(words[0] as string)
  const list = table.get(hash) ?? []
  const seen = list.find(([id]) => id === feature)
  if (seen) seen[1] = Math.max(seen[1], share)
  else list.push([feature, share])
  table.set(hash, list)
}

function buildTable(): Map<number, Array<[number, number]>> {
  const table = new Map<number, Array<[number, number]>>()
  LEXICON.forEach((entry, i) => {
    const feature = FEATURE_BASE + i
    for (const name of [entry.key, ...entry.aliases]) addWord(table, name.replace(/-/g, ' '), feature, 1)
    // Strong and clear words only: a hint ("tasks", "colors") belongs to too many things to stand for one.
    for (const [phrase, weight] of entryPhrases(entry))
      if (weight >= WEIGHTS.clear) addWord(table, phrase, feature, weight / WEIGHTS.strong)
  })
  TOPICS.forEach((topic, j) => {
    const feature = FEATURE_BASE + LEXICON.length + j
    for (const name of [topic.topic, ...(topic.aliases ?? [])]) addWord(table, name.replace(/-/g, ' '), feature, 1)
    for (const related of topic.related ?? []) addWord(table, related.replace(/-/g, ' '), feature, 0.5)
  })
  // A word of many concepts ("javascript" is related to dozens of topics) says little about any one of
  // them, and would cost a feature per concept on every use: it keeps its closest few.
  for (const [hash, list] of table)
    if (list.length > MAX_CONCEPTS_PER_WORD)
      table.set(hash, list.sort((a, b) => b[1] - a[1]).slice(0, MAX_CONCEPTS_PER_WORD))
  return table
}

/** Word hash → [feature id, share of the word's weight] for every concept the word names on its own. */
export function conceptsByWord(): ReadonlyMap<number, ReadonlyArray<readonly [number, number]>> {
  byWord ??= buildTable()
  return byWord
}
