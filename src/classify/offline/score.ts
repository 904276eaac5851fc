import { WEIGHTS } from '../../lexicon/index.js'
import type { TagList } from '../../tags/types.js'
import type { Evidence, TagScore } from '../types.js'
import type { PhraseHit } from './matcher.js'
import type { CompiledTags } from './terms.js'
import { tokenizeStream } from './tokenize.js'
import type { Zone } from './zones.js'

/** How the body's summed evidence turns into score: logarithmic, so a long README cannot outvote its opening. */
export const BODY_SCALE = 1.5
/** Broad tags (lib, framework, server…) keep this share of their score… */
export const GENERIC_DAMPING = 0.5
/** …but more of what the description and the "X is a …" sentence say: "Acme is a web framework". */
export const GENERIC_LEAD_DAMPING = 0.75
const MAX_EVIDENCE = 5

/** Hint words in the body (request, users, files…) pile up in long READMEs: they count half. */
export const BODY_HINT = 0.5
/** A tag needs at least one phrase this heavy ('clear'): many hint words together still only hint. */
const MIN_PHRASE_WEIGHT = WEIGHTS.clear

interface Tally {
  /** The heaviest phrase weight seen outside boilerplate: a tag backed only by hint words, or only by
   * install/licence/benchmark sections, is never chosen. */
  strongest: number
  evidence: Array<Evidence & { weight: number }>
}

/**
 * Scores every tag with evidence in the zones: front evidence (title, opening) summed with repeats of one
 * phrase fading (1, 1/2, 1/3…), plus BODY_SCALE·ln(1 + body sum) with body hint words at half weight;
 * generic tags keep GENERIC_DAMPING of that. Evidence from the description and the one-line summaries
 * (tagline, "X is a …") is added on top, generic tags keeping GENERIC_LEAD_DAMPING of it. Returns the tags with a positive score, best first (ties by list order, so results are deterministic).
 * With `requireClear` (the default) a tag also needs one 'clear' phrase outside boilerplate; ranking for a
 * shortlist turns that off to keep weak candidates.
 */
export function scoreZones(
  zones: readonly Zone[],
  tags: TagList,
  compiled: CompiledTags,
  requireClear = true
): TagScore[] {
  const front = new Float64Array(tags.length)
  const body = new Float64Array(tags.length)
  // Front evidence from the description and the lead sentence or tagline, kept apart for generic damping.
  const said = new Float64Array(tags.length)
  const tallies: Array<Tally | undefined> = new Array<Tally | undefined>(tags.length)
  // How often each (phrase, tag) pair was seen in front zones, in the slots the matcher assigned.
  const repeats = new Uint16Array(compiled.matcher.slotCount)
  let zone: Zone = zones[0] as Zone
  const onHit = (hit: PhraseHit, overlaps: PhraseHit | null): void => {
    for (let k = 0; k < hit.tags.length; k++) {
      const tag = hit.tags[k] as number
      // Two overlapping phrases of one tag ("a library", "library for") count as the stronger of the two.
      const shared = overlaps ? overlaps.tags.indexOf(tag) : -1
      const weight =
        shared < 0
          ? (hit.weights[k] as number)
          : (hit.weights[k] as number) - ((overlaps as PhraseHit).weights[shared] as number)
      if (weight <= 0) continue
      const base = weight * zone.factor
      let tally = tallies[tag]
      if (!tally) tallies[tag] = tally = { strongest: 0, evidence: [] }
      if (zone.where !== 'boilerplate' && (hit.weights[k] as number) > tally.strongest)
        tally.strongest = hit.weights[k] as number
      if (zone.front) {
        const add = base / ++(repeats[hit.slot + k] as number)
        if (zone.summary) said[tag] = (said[tag] as number) + add
        else front[tag] = (front[tag] as number) + add
      } else body[tag] = (body[tag] as number) + (weight < MIN_PHRASE_WEIGHT ? base * BODY_HINT : base)
      addEvidence(tally, hit.phrase, zone.where, base)
    }
  }
  for (zone of zones) compiled.matcher.scan(tokenizeStream(zone.text), onHit)
  const scored: Array<TagScore & { index: number }> = []
  tallies.forEach((tally, index) => {
    if (!tally || (requireClear && tally.strongest < MIN_PHRASE_WEIGHT)) return
    let score = (front[index] as number) + BODY_SCALE * Math.log1p(body[index] as number)
    if (compiled.generic[index]) score *= GENERIC_DAMPING
    score += (said[index] as number) * (compiled.generic[index] ? GENERIC_LEAD_DAMPING : 1)
    if (score <= 0) return
    const evidence = tally.evidence.sort((a, b) => b.weight - a.weight).map(({ text, where }) => ({ text, where }))
    scored.push({
      index,
      name: (tags[index] as TagList[number]).name,
      score: Math.round(score * 1000) / 1000,
      evidence
    })
  })
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
  for (let i = 1; i < tally.evidence.length; i++)
    if (
      (tally.evidence[i] as Tally['evidence'][number]).weight <
      (tally.evidence[weakest] as Tally['evidence'][number]).weight
    )
      weakest = i
  if ((tally.evidence[weakest] as Tally['evidence'][number]).weight < weight)
    tally.evidence[weakest] = { text, where, weight }
}
