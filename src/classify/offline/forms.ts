import { singular } from './specificity.js'
import { tokenize } from './tokenize.js'

/**
 * Plural and joined forms: "game engine" → "game engines", "gameengine"; with `singularToo`, a name's
 * plural its singular too ("consoles" → "console"). Lexicon phrases keep their plurals as written:
 * "servers" may mean provisioning where "server" would not.
 */
export function variants(phrase: string, singularToo = false): string[] {
  const tokens = tokenize(phrase)
  if (tokens.length === 0) return []
  const out = [tokens.join(' ')]
  const last = tokens[tokens.length - 1] as string
  const single = singular(last)
  if (single !== last) {
    if (singularToo && /^[a-z]{3,}$/.test(single)) out.push([...tokens.slice(0, -1), single].join(' '))
  } else if (/^[a-z]{3,}$/.test(last) && !/(s|ss|ing|ed)$/.test(last)) {
    const plural = /[^aeiou]y$/.test(last)
      ? `${last.slice(0, -1)}ies`
      : /(x|ch|sh)$/.test(last)
        ? `${last}es`
        : `${last}s`
    out.push([...tokens.slice(0, -1), plural].join(' '))
  }
  if (tokens.length === 2 && tokens.every(t => /^[a-z]+$/.test(t))) out.push(tokens.join(''))
  return out
}

/**
 * Simple stems of a name's last word, for names nothing knows: "scraping" → "scrape", "scraper",
 * "scrapers"; "logging" → "log", "logger"; "editing" → "edit", "editor".
 */
export function stems(phrase: string): string[] {
  const tokens = tokenize(phrase)
  const last = tokens[tokens.length - 1] ?? ''
  if (!/^[a-z]{3,}ing$/.test(last)) return []
  const stem = last.slice(0, -3)
  // A doubled consonant is the short word's ("logging" → log, logger; "modding" → mod, modder), never one
  // that ends in e ("mode").
  const forms = /([^aeiou])\1$/.test(stem)
    ? new Set([stem.slice(0, -1), `${stem.slice(0, -1)}s`, `${stem}er`, `${stem}ers`])
    : new Set([stem, `${stem}s`, `${stem}e`, `${stem}es`, `${stem}er`, `${stem}ers`, `${stem}or`, `${stem}ors`])
  forms.delete(last)
  return [...forms].map(form => [...tokens.slice(0, -1), form].join(' '))
}
