import { loadCorpus } from './corpus.js'
import { Lexer } from 'marked'
import { cleanInline, stripUrls, stripHtml, decodeEntities } from '../src/text/inline.js'
const items = loadCorpus('../shared/eval/dev').filter(i => i.format === 'markdown')
const paras: string[] = []
for (const i of items) for (const t of new Lexer({ gfm: true }).blockTokens(i.readme, [])) if (t.type === 'paragraph' || t.type === 'html') paras.push(t.text as string)
const time = (label: string, fn: () => void): void => {
  for (let i = 0; i < 3; i++) fn()
  const start = performance.now()
  for (let i = 0; i < 10; i++) fn()
  console.log(`${label}: ${((performance.now() - start) / 10 / items.length * 1000).toFixed(0)} µs/README`)
}
time('lex', () => items.forEach(i => new Lexer({ gfm: true }).blockTokens(i.readme.replace(/\r\n?/g, '\n'), [])))
time('cleanInline', () => paras.forEach(p => cleanInline(p)))
time('stripUrls', () => paras.forEach(p => stripUrls(p)))
time('stripHtml', () => paras.forEach(p => stripHtml(p)))
time('entities', () => paras.forEach(p => decodeEntities(p)))
