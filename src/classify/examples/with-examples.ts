import { createHash } from 'node:crypto'
import { looseFallback, selectTags } from '../offline/select.js'
import type { Classification, ClassifyInput, RankingClassifier, SelectionOptions, TagScore } from '../types.js'
import { combine, COMBINATION, exampleEvidence } from './combine.js'
import type { ExampleProfiles } from './learner.js'
import { similarities } from './similarity.js'

/**
 * A classifier that reads a README as `base` does (its ranking of every tag) and as the examples do
 * (similarity to each tag's profile), and combines the two per tag (see combine.ts). Only tags of the
 * base's list are ever scored, so no example can bring in a tag outside it. Scores stay on the base's
 * 0–1 confidence scale, and tags are chosen as the base chooses them (selectTags), with two fallbacks
 * when none passes: reliable examples may name one (COMBINATION.FALLBACK_MIN_SCORE), else the base makes
 * its own guess from its looser reading (offline/select.ts, looseFallback), as it would without examples.
 * Where the README alone has nothing clear enough and the examples only nudged a weak tag over min-score,
 * the base's guess still stands if it is stronger (folds of a held-out awesome-rust list +1 hit; the dev
 * sets and four other held-out sets unchanged).
 * The base is asked for every tag with clear evidence, without floor or cut, rather than through rank(),
 * whose looser reading (no clear-evidence rule) cost dev precision 0.94 → 0.87 as the combination's input.
 */
export function withExamples(base: RankingClassifier, profiles: ExampleProfiles): RankingClassifier {
  // Nothing learned: the base as it is, same answers and same fingerprints.
  if (profiles.names.length === 0) return base
  const settings = `${base.identity.settings}+examples-${digest(profiles)}`
  // Per tag of the list: its profile's index in the similarities (-1 for none) and its example count.
  const profileIndex = new Map(profiles.names.map((name, i) => [name, i]))
  const profileOf = base.tags.map(tag => profileIndex.get(tag.name) ?? -1)
  const examplesOf = base.tags.map(tag => profiles.byTag.get(tag.name)?.examples ?? 0)
  const scoreAll = async (input: ClassifyInput): Promise<{ scored: TagScore[]; ranked: readonly TagScore[] }> => {
    // Every tag the base would choose with no floor or cut: its own scores, as it would rank them.
    const ranked = (
      await base.classify(input, { maxTags: base.tags.length, minScore: 0, relativeCut: 0, looseFallback: false })
    ).tags
    const byName = new Map(ranked.map(score => [score.name, score]))
    const { byProfile, background } = similarities(profiles, input)
    let best = 0
    for (const s of byProfile) if (s > best) best = s
    const scored: TagScore[] = []
    for (const [t, tag] of base.tags.entries()) {
      const zeroShot = byName.get(tag.name)
      const examples = examplesOf[t]!
      const s = profileOf[t]! < 0 ? 0 : byProfile[profileOf[t]!]!
      if (!zeroShot && s === 0) continue
      const { score, byExamples } = combine(
        zeroShot?.score ?? 0,
        examples,
        exampleEvidence(s, best, background),
        profiles.reliability
      )
      if (score <= 0) continue
      const evidence = zeroShot?.evidence ?? []
      scored.push({
        name: tag.name,
        score,
        evidence: byExamples
          ? [
              {
                text: `like its ${examples} example${examples === 1 ? '' : 's'} (similarity ${s.toFixed(2)})`,
                where: 'examples'
              },
              ...evidence
            ]
          : evidence
      })
    }
    // A stable sort: ties keep list order, as the base's do.
    return { scored: scored.sort((a, b) => b.score - a.score), ranked }
  }
  return {
    identity: { ...base.identity, settings },
    tags: base.tags,
    async classify(input: ClassifyInput, options: SelectionOptions): Promise<Classification> {
      const { scored, ranked } = await scoreAll(input)
      let chosen = selectTags(scored, options)
      // Examples that only nudged a weak tag over min-score (none decided it) do not displace the base's own
      // guess where the README alone had nothing clear enough: that guess rests on more of the README.
      if (
        chosen.length > 0 &&
        base.rank &&
        !chosen.some(decidedByExamples) &&
        selectTags(ranked, options).length === 0
      ) {
        const guess = looseFallback(await base.rank(input, base.tags.length), options)
        if (guess[0] && guess[0].score > chosen[0]!.score) chosen = guess
      }
      // Nothing clear in the README: examples that predict each other well (all, and the tag's own) may still
      // say what it is like.
      if (chosen.length === 0 && options.maxTags > 0 && profiles.reliability >= COMBINATION.RELIABILITY_REFERENCE) {
        const best = scored[0]
        if (
          best &&
          decidedByExamples(best) &&
          best.score >= COMBINATION.FALLBACK_MIN_SCORE &&
          (profiles.tagReliability.get(best.name) ?? 0) >= COMBINATION.FALLBACK_TAG_RELIABILITY
        )
          chosen = [best]
      }
      // Nor from the examples: the base's own guess from its looser reading, as it makes without examples
      // (from the whole ranking: a guess also looks past a thin first tag and at the runner-up).
      if (chosen.length === 0 && base.rank) chosen = looseFallback(await base.rank(input, base.tags.length), options)
      return { tags: chosen, provider: base.identity.provider, model: base.identity.model, usage: null }
    },
    async rank(input: ClassifyInput, k: number): Promise<readonly TagScore[]> {
      return (await scoreAll(input)).scored.slice(0, k)
    }
  }
}

/** Whether the examples decided a tag: combine() puts their evidence first where they brought the most. */
const decidedByExamples = (tag: TagScore): boolean => tag.evidence[0]?.where === 'examples'

/** Identifies the examples and the combination for the fingerprint: answers made otherwise are not reused. */
function digest(profiles: ExampleProfiles): string {
  return createHash('sha256')
    .update(JSON.stringify([COMBINATION, profiles.digest]))
    .digest('hex')
    .slice(0, 12)
}
