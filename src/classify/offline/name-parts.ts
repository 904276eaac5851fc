import { TOPICS } from '../../knowledge/index.js'
import { entryPhrases, LEXICON } from '../../lexicon/index.js'

// A word written in camel case ("PyJWT", "EspoCRM", "CSSLint"): a lower-case letter or digit then a capital,
// or a run of capitals then a capitalised word.
const CAMEL_WORD = /\b[A-Za-z][A-Za-z0-9]*(?:[a-z0-9][A-Z]|[A-Z]{2}[a-z])[A-Za-z0-9]*\b/g
const LOWER_THEN_UPPER = /([a-z0-9])([A-Z])/g
const CAPITALS_THEN_WORD = /([A-Z]+)([A-Z][a-z])/g

let knownWords: Set<string> | undefined

/** Single words the lexicon or the topics data know whole ("javascript", "github", "swiftui"): never split. */
function known(): Set<string> {
  if (knownWords) return knownWords
  knownWords = new Set()
  for (const entry of LEXICON) {
    for (const [phrase] of entryPhrases(entry)) if (!phrase.includes(' ')) knownWords.add(phrase)
    for (const alias of [entry.key, ...entry.aliases]) if (!alias.includes('-')) knownWords.add(alias)
  }
  for (const topic of TOPICS)
    for (const name of [topic.topic, ...(topic.aliases ?? [])]) if (!name.includes('-')) knownWords.add(name)
  return knownWords
}

/**
 * The words a project's compound name is made of, for a title that has one: "PyJWT" → "Py JWT", "EspoCRM"
 * → "Espo CRM", "CSSLint" → "CSS Lint"; '' when there is none. Names are chosen to say what a project is,
 * and read whole they say nothing. A name the lexicon or the topics data knows whole ("JavaScript",
 * "GitHub") is not split, nor one that would leave a single letter ("iOS").
 */
export function namePartsOf(title: string): string {
  const parts: string[] = []
  for (const [word] of title.matchAll(CAMEL_WORD)) {
    if (known().has(word.toLowerCase())) continue
    const split = word.replace(LOWER_THEN_UPPER, '$1 $2').replace(CAPITALS_THEN_WORD, '$1 $2')
    if (split.split(' ').some(part => part.length < 2)) continue
    parts.push(split)
  }
  return parts.join('\n')
}
