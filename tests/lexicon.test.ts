import { describe, expect, it } from 'vitest'
import { tokenize } from '../src/classify/offline/tokenize.js'
import { entryPhrases, findEntryByPhrase, findLexiconEntry, LEXICON } from '../src/lexicon/index.js'
import { normalizeTagName } from '../src/tags/normalize.js'

// The tag names of the project's seed vocabulary: the lexicon must know every one.
const SEED =
  `3d agent ai algorithm api authentication aws backend benchmark best-practices bitcoin blockchain blog bundler
cache chat cicd cli cloud-native cms compiler containerization crm data database declarative-gui deploy-tool desktop-app
dev-exp-lib dev-tool ecommerce editor emulator filesystem finance firmware for-fun framework frontend game game-engine
graphql gui http http-client iac ide iot json julian k8s language learning-resource lib linter lms logging low-code
message-queue mobile-app monitoring networking node-version nosql observability orm os parser react real-time robot
runtime sdk search secrets security server serverless storage system-design terminal testing ui ux video web-app
web-server webassembly workflow yaml`.split(/\s+/)

describe('lexicon', () => {
  it('covers all 90 seed tags', () => {
    expect(SEED).toHaveLength(90)
    const missing = SEED.filter(name => findLexiconEntry([name])?.key !== name)
    expect(missing).toEqual([])
  })

  it('has one entry per key, keys and aliases in normal tag form', () => {
    const keys = LEXICON.map(entry => entry.key)
    expect(new Set(keys).size).toBe(keys.length)
    for (const entry of LEXICON) {
      expect(normalizeTagName(entry.key)).toBe(entry.key)
      for (const alias of entry.aliases) expect(normalizeTagName(alias)).toBe(alias)
    }
  })

  it("names only keys of other entries as an umbrella's members", () => {
    const keys = new Set(LEXICON.map(entry => entry.key))
    const umbrellas = LEXICON.filter(entry => entry.members.length > 0)
    expect(umbrellas.map(entry => entry.key)).toContain('devops')
    for (const entry of umbrellas)
      for (const member of entry.members) {
        expect(keys.has(member), `${entry.key} → ${member}`).toBe(true)
        expect(member).not.toBe(entry.key)
      }
  })

  it('finds entries by alias, keys first', () => {
    expect(findLexiconEntry(['kubernetes'])?.key).toBe('k8s')
    expect(findLexiconEntry(['no-such-topic', 'artificial-intelligence'])?.key).toBe('ai')
    expect(findLexiconEntry(['no-such-topic'])).toBeUndefined()
  })

  it('finds an entry by a strong phrase that several list, through the head word', () => {
    expect(findEntryByPhrase(['tree-shaking'])?.key).toBe('bundler')
    // Listed by framework and by agent: the generic head gives way to the specific word.
    expect(findEntryByPhrase(['agent-framework'])?.key).toBe('agent')
    expect(findEntryByPhrase(['container-runtime'])?.key).toBe('runtime')
    // Listed by http and http-client, and the head names neither: no guess.
    expect(findEntryByPhrase(['http-requests'])).toBeUndefined()
  })

  it('gives every entry strong phrases, and every phrase words to match', () => {
    for (const entry of LEXICON) {
      expect(entry.strong.trim(), entry.key).not.toBe('')
      for (const [phrase, weight] of entryPhrases(entry)) {
        expect(tokenize(phrase).length, `${entry.key}: ${phrase}`).toBeGreaterThan(0)
        expect(weight).toBeGreaterThan(0)
      }
    }
  })

  it('does not list a phrase twice within one entry', () => {
    for (const entry of LEXICON) {
      const phrases = entryPhrases(entry).map(([phrase]) => tokenize(phrase).join(' '))
      const twice = phrases.filter((p, i) => phrases.indexOf(p) !== i)
      expect(twice, entry.key).toEqual([])
    }
  })
})
