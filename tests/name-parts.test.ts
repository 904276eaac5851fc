import { describe, expect, it } from 'vitest'
import { createOfflineClassifier } from '../src/classify/offline/index.js'
import { namePartsOf } from '../src/classify/offline/name-parts.js'
import { parseTagList } from '../src/tags/parse.js'

describe('the words of a compound project name', () => {
  it('splits camel-case names into their words', () => {
    expect(namePartsOf('PyJWT')).toBe('Py JWT')
    expect(namePartsOf('EspoCRM - open source CRM')).toBe('Espo CRM')
    expect(namePartsOf('CSSLint')).toBe('CSS Lint')
    expect(namePartsOf('Acme and MonoGame')).toBe('Mono Game')
  })

  it('leaves names the lexicon knows whole, plain words, and splits that leave one letter', () => {
    expect(namePartsOf('JavaScript Algorithms')).toBe('')
    expect(namePartsOf('Better Pull Requests for GitHub')).toBe('')
    expect(namePartsOf('Blink Shell for iOS')).toBe('')
    expect(namePartsOf('Project Title')).toBe('')
  })

  it('tags a README that says little by what its name says', async () => {
    const classifier = createOfflineClassifier(parseTagList('["authentication", "security", "crm", "linter"]', 'tags'))
    const tagsOf = async (readme: string) => (await classifier.classify({ readme }, { maxTags: 3 })).tags
    expect((await tagsOf('# PyTokenJWT\n\nA Python implementation of RFC 7519.'))[0]?.name).toBe('authentication')
    expect((await tagsOf('# SassLint\n\nChecks your stylesheets before you commit.'))[0]?.name).toBe('linter')
  })
})
