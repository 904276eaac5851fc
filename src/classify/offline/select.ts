import type { Evidence, SelectionOptions, TagScore } from '../types.js'
import { evidenceOf } from './score.js'
import { readmeIdfOfForms, singular } from './specificity.js'
import { tokenize } from './tokenize.js'

/**
 * Minimum confidence of any chosen tag. 0.4 is about one clear phrase in the "X is a …" sentence or
 * tagline, or a strong one in the opening; passing mentions in the body are not enough. Chosen on both
 * dev sets together (`npx tsx bench/sweep.ts`), never per list: 0.4 ranks first (explore-dev 0.824 / 0.838
 * / 0.900, dev 0.929 / 0.950 / 0.966, README only), and is also chosen on either half of each set alone
 * (--cross-check). 0.5 keeps explore-dev's precision at 0.923 for three hits fewer.
 */
export const DEFAULT_MIN_SCORE = 0.4
/**
 * A second or third tag needs this share of the first tag's evidence. The sweep over both dev sets, README
 * only, ranks 0.7 first by the targets' summed shortfall (0.6 kept the same hits for precision 0.961 →
 * 0.917 on dev). 0.85 has the best mean, precision 0.981 on dev, but drops dev hit@3 to 0.936, below its
 * target, and on a held-out seed-list set hit@3 0.824 → 0.765.
 */
export const DEFAULT_RELATIVE_CUT = 0.7

/**
 * When no tag has clear evidence (a 'clear' phrase outside boilerplate), the best tag of the looser reading
 * (hint words count, as in a shortlist's ranking) is still chosen if its confidence reaches min-score: a
 * README that says "metrics" in its title and opening and never "monitoring" is more often about monitoring
 * than about nothing. At most one tag: it is a guess. README only, explore-dev 0.770 / 0.784 / 0.894 →
 * 0.784 / 0.797 / 0.857, dev 0.901 / 0.943 / 0.947 → 0.908 / 0.950 / 0.948. Letting in tags below min-score
 * too (at 0.75 of it) gained explore-dev two more hits, but on three lists measured before any change
 * (explore-l, -m, -n) it added one hit for eight wrong tags.
 *
 * No guess where the runner-up rests on the same words with relative-cut of the guess's evidence, unless the
 * guess is named outright: "files" alone says no more of "File Organizers" than of "File Management", and
 * list order would decide. README only: two wrong tags fewer on a Debian list built after this round's first
 * change (precision 0.591 → 0.619), one on another; no set lost a hit, README only or with descriptions.
 */
export function looseFallback(loose: readonly TagScore[], options: SelectionOptions): TagScore[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE
  const eligible = loose.filter(tag => !tooThin(tag, minScore))
  const best = eligible[0]
  if (!best || options.maxTags < 1 || options.looseFallback === false || best.score < minScore) return []
  const next = eligible[1]
  const cut = options.relativeCut ?? DEFAULT_RELATIVE_CUT
  const named = best.evidence.some(e => isOwnName(best, e))
  // A coin toss: the runner-up has every word of the guess, and would have been chosen beside it.
  if (!named && next && sameWords(best, next) && evidenceOf(next.score) >= evidenceOf(best.score) * cut) return []
  return [best]
}

/** A phrase in its singular, for comparing evidence: "files" and "file" are one word. */
const phraseKey = (text: string): string => tokenize(text).map(singular).join(' ')

/** Whether every phrase of one tag's evidence is also in the other's: the two rest on the same words. */
function sameWords(tag: TagScore, other: TagScore): boolean {
  const others = new Set(other.evidence.map(e => phraseKey(e.text)))
  return tag.evidence.every(e => others.has(phraseKey(e.text)))
}

/**
 * A tag resting on one common word alone needs this much more evidence than min-score asks. Said once in a
 * README's opening, a word of a kind of software that one README in 150 or more uses ("compile", "debug",
 * "find", "forms", "formats", "research") is as often about something else; one rare word ("metasearch"),
 * a phrase, or the tag's own name is not. Such a tag is passed over, not cut at: the next may still be
 * chosen. README only, every set: no hit lost, dev and explore-dev unchanged; precision on held-out sets
 * 0.754 → 0.765 (seed list), 0.846 → 0.880 and 0.733 → 0.759 (Explore lists), 0.621 → 0.655, 0.483 → 0.492
 * and 0.578 → 0.591 (Debian lists, the last built before the change).
 */
export const LONE_WORD_NEED = 1.25
/** README idf below which a word is common: used by one README in about 150 or more (e^5). */
const COMMON_WORD_IDF = 5

/** Whether a tag's evidence is a single common word that is not the tag's own name. */
function restsOnCommonWord(tag: TagScore): boolean {
  if (tag.evidence.length !== 1) return false
  const only = tag.evidence[0] as Evidence
  return !only.text.includes(' ') && readmeIdfOfForms(only.text) < COMMON_WORD_IDF && !isOwnName(tag, only)
}

/**
 * Whether a piece of evidence is the tag's whole name or one of its aliases (not a word of a longer name),
 * in either number: "wiki" names "Wikis".
 */
const isOwnName = (tag: TagScore, evidence: Evidence): boolean =>
  evidence.from === 'alias' || phraseKey(evidence.text) === phraseKey(tag.name)

/** Whether a tag rests on one common word without LONE_WORD_NEED × min-score's evidence: it is passed over. */
function tooThin(tag: TagScore, minScore: number): boolean {
  return restsOnCommonWord(tag) && evidenceOf(tag.score) < evidenceOf(minScore) * LONE_WORD_NEED
}

/**
 * What the offline classifier chooses from one reading: the clear tags as selectTags picks them, else its
 * guess from the loose ranking (asked for only then).
 */
export function chooseTags(
  clear: readonly TagScore[],
  loose: () => readonly TagScore[],
  options: SelectionOptions
): TagScore[] {
  const chosen = selectTags(clear, options)
  return chosen.length > 0 ? chosen : looseFallback(loose(), options)
}

/** How many different phrases a tag's evidence rests on. */
function phrases(tag: TagScore): number {
  return new Set(tag.evidence.map(e => e.text)).size
}

/**
 * A further tag resting on one phrase (said once, or in several places) beside a first tag resting on two
 * or more: one word ("cache", "video", "networks") is a passing mention more often than a second subject.
 * Where the first tag rests on one phrase too, the reading is close and the further tag stays; so does one
 * whose phrase is in the title (the project's own name), and one the examples decided. README only,
 * defaults: precision dev 0.961 (the same), explore-dev 0.887 → 0.900, held-out seed-list sets 0.833 →
 * 0.836 and 0.770 → 0.814, with no hit lost on any of them. Dropping every one-phrase further tag lost a
 * hit@3 on the second of those (its first tag rested on one phrase too), and tags like "azure" for an
 * Azure SDK package named after it. `firstVaried`: whether the first tag rests on two phrases or more.
 */
function isThinBeside(tag: TagScore, firstVaried: boolean): boolean {
  if (!firstVaried || tag.evidence.some(e => e.where === 'examples' || e.where === 'title')) return false
  return phrases(tag) < 2
}

/**
 * Picks at most maxTags from scores sorted best first: each with at least minScore confidence, and each
 * after the first with at least relativeCut × the first one's evidence (the raw sum behind a confidence,
 * so that "half as much evidence" means the same at any confidence), and none resting on one phrase beside a
 * first resting on more (isThinBeside; a relative cut of 0 keeps every tag above minScore). Fewer, or none,
 * when the evidence is weak.
 */
export function selectTags(scored: readonly TagScore[], options: SelectionOptions): TagScore[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE
  const cut = options.relativeCut ?? DEFAULT_RELATIVE_CUT
  const eligible = scored.filter(tag => !tooThin(tag, minScore))
  const top = eligible[0] ? evidenceOf(eligible[0].score) : 0
  // Whether the first tag rests on two phrases or more: counted once, not for every further tag.
  const firstVaried = eligible[0] !== undefined && phrases(eligible[0]) >= 2
  const chosen: TagScore[] = []
  for (const tag of eligible) {
    if (chosen.length >= options.maxTags || tag.score < minScore || evidenceOf(tag.score) < top * cut) break
    if (cut > 0 && chosen.length > 0 && isThinBeside(tag, firstVaried)) continue
    chosen.push(tag)
  }
  // A tag that names only a kind of package says what nearly every README is: the tags chosen with it say
  // what this one is about, and go first. README only: hit@1 +1 on a held-out seed-list set and +1 on one
  // never read (+3 with descriptions); hit@3 and precision the same everywhere, no hit lost.
  if (chosen.length > 1 && isKindOnly(chosen[0] as TagScore)) chosen.push(chosen.shift() as TagScore)
  return chosen
}

// Names of a kind of package, not of a topic: "lib", "Libraries", "Modules", "Tools".
const KIND_NAMES = new Set(['lib', 'library', 'package', 'module', 'tool', 'utility', 'software'])

/** Whether a tag's name, in the singular, is only a kind of package (KIND_NAMES). */
const isKindOnly = (tag: TagScore): boolean => KIND_NAMES.has(phraseKey(tag.name))
