import { idf, RARE_IDF, readmeIdf, specialist } from '../../knowledge/index.js'
import { tokenize } from './tokenize.js'

// Adverbs that end like a plural in "-ys" (gateways, keys and days are plurals).
const ADVERBS = new Set(['always', 'sideways', 'anyways', 'nowadays'])

/**
 * The singular of an English plural, for looking names up: "frameworks" → "framework", "libraries" →
 * "library", "boxes" → "box"; words that only look plural ("status", "analysis", "css") stay.
 */
export function singular(word: string): string {
  if (word.length <= 3 || !word.endsWith('s') || /(ss|us|os|as)$/.test(word) || ADVERBS.has(word)) return word
  // "wikis", "apis", "taxis" are plurals of words READMEs or speech know; "analysis", "axis", "redis" are not.
  if (word.endsWith('is')) return !word.endsWith('sis') && isKnownWord(word.slice(0, -1)) ? word.slice(0, -1) : word
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`
  if (/(xes|ches|shes|sses|zes)$/.test(word)) return word.slice(0, -2)
  return word.slice(0, -1)
}

/** Whether READMEs or everyday speech use a word at all. */
const isKnownWord = (word: string): boolean => readmeIdf(word) < RARE_IDF || specialist(word) < 1

/** A word's README idf in its commoner number: a phrase matches in either ("libraries" finds "library"). */
export function readmeIdfOfForms(word: string): number {
  return Math.min(readmeIdf(word), readmeIdf(singular(word)))
}

/**
 * How specific the words of a name are, 0 to 1: the least specific word's idf (a quarter of it, at most
 * 1) times how far it is from everyday English. "clipboard" is specific, "managers" and "digital" are not;
 * a word of two letters or less is not.
 */
export function specificity(words: string): number {
  let specific = 1
  for (const word of tokenize(words))
    if (word.length <= 2) specific = 0
    else
      specific = Math.min(
        specific,
        Math.min(1, idf(singular(word)) / 4) * Math.max(specialist(word), specialist(singular(word)))
      )
  return specific
}
