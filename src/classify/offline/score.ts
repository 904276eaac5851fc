import { WEIGHTS } from '../../lexicon/index.js'
import type { TagList } from '../../tags/types.js'
import type { Evidence, TagScore } from '../types.js'
import type { PhraseHit } from './matcher.js'
import type { CompiledTags } from './terms.js'
import { tokenize } from './tokenize.js'
import type { Zone } from './zones.js'

/** How the body's summed evidence turns into score: logarithmic, so a long README cannot outvote its opening. */
export const BODY_SCALE = 1.5
/** Broad tags (lib, framework, server…) keep this share of their score. */
export const GENERIC_DAMPING = 0.5
const MAX_EVIDENCE = 5
/** A tag needs at least one phrase this heavy ('clear'): many hint words together still only hint. */
const MIN_PHRASE_WEIGHT = WEIGHTS.clear

interface Tally {
  front: number
  body: number
  /** The heaviest phrase weight seen outside boilerplate: a tag backed only by hint words, or only by
   * install/licence/benchmark sections, is never chosen. */
  strongest: number
  evidence: Array<Evidence & { weight: number }>
}

/**
 * Scores every tag with evidence in the zones: front evidence (description, title, lead sentence,
 * opening) summed with repeats of one phrase fading (1, 1/2, 1/3…), plus BODY_SCALE·ln(1 + body sum).
 * Returns the tags with a positive score, best first (ties by list order, so results are deterministic).
 */
export function scoreZones(zones: readonly Zone[], tags: TagList, compiled: CompiledTags): TagScore[] {
  const tallies = new Map<number, Tally>()
  const repeats = new Map<PhraseHit, number[]>()
  for (const zone of zones) {
    compiled.matcher.scan(tokenize(zone.text), hit => {
      let seen = repeats.get(hit)
      if (!seen) repeats.set(hit, (seen = new Array<number>(hit.tags.length).fill(0)))
      for (let k = 0; k < hit.tags.length; k++) {
        const tag = hit.tags[k] as number
        const base = (hit.weights[k] as number) * zone.factor
        let tally = tallies.get(tag)
        if (!tally) tallies.set(tag, (tally = { front: 0, body: 0, strongest: 0, evidence: [] }))
        if (zone.where !== 'boilerplate' && (hit.weights[k] as number) > tally.strongest) tally.strongest = hit.weights[k] as number
        if (zone.front) {
          seen[k] = (seen[k] as number) + 1
          tally.front += base / (seen[k] as number)
        } else tally.body += base
        addEvidence(tally, hit.phrase, zone.where, base)
      }
    })
  }
  const scored: Array<TagScore & { index: number }> = []
  for (const [index, tally] of tallies) {
    let score = tally.front + BODY_SCALE * Math.log1p(tally.body)
    if (compiled.generic[index]) score *= GENERIC_DAMPING
    if (score <= 0 || tally.strongest < MIN_PHRASE_WEIGHT) continue
    const evidence = tally.evidence.sort((a, b) => b.weight - a.weight).map(({ text, where }) => ({ text, where }))
    scored.push({ index, name: (tags[index] as TagList[number]).name, score: Math.round(score * 1000) / 1000, evidence })
  }
  scored.sort((a, b) => b.score - a.score || a.index - b.index)
  return scored.map(({ name, score, evidence }) => ({ name, score, evidence }))
}

/** Keeps the strongest few distinct (phrase, place) pairs; repeated pairs add up. */
function addEvidence(tally: Tally, text: string, where: Evidence['where'], weight: number): void {
  const same = tally.evidence.find(e => e.text === text && e.where === where)
  if (same) {
    same.weight += weight
    return
  }
  if (tally.evidence.length < MAX_EVIDENCE) {
    tally.evidence.push({ text, where, weight })
    return
  }
  let weakest = 0
  for (let i = 1; i < tally.evidence.length; i++) if ((tally.evidence[i] as Tally['evidence'][number]).weight < (tally.evidence[weakest] as Tally['evidence'][number]).weight) weakest = i
  if ((tally.evidence[weakest] as Tally['evidence'][number]).weight < weight) tally.evidence[weakest] = { text, where, weight }
}
