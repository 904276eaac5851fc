/** Prints how cleanReadme sees a README: `npx tsx bench/show-clean.ts <file> [markdown|rst|text]`. */
import { readFileSync } from 'node:fs'
import { cleanReadme, formatFromFileName } from '../src/text/clean.js'

const [file, format] = process.argv.slice(2)
if (!file) throw new Error('usage: show-clean.ts <file> [markdown|rst|text]')
const cleaned = cleanReadme(
  readFileSync(file, 'utf8'),
  (format as 'markdown' | 'rst' | 'text' | undefined) ?? formatFromFileName(file)
)
console.log(`TITLE: ${cleaned.title}`)
for (const s of cleaned.sections) console.log(`\n--- [${s.kind}] h${s.level} ${s.heading}\n${s.text.slice(0, 600)}`)
