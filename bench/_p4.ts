import { loadCorpus } from './corpus.js'
import { Lexer } from 'marked'
const items = loadCorpus('../shared/eval/dev').filter(i => i.format === 'markdown')
const time = (label: string, fn: () => void): void => {
  for (let i = 0; i < 3; i++) fn()
  const start = process.cpuUsage()
  for (let i = 0; i < 10; i++) fn()
  const u = process.cpuUsage(start)
  console.log(`${label}: ${((u.user + u.system) / 10 / items.length).toFixed(0)} µs/README`)
}
for (let r = 0; r < 2; r++) {
time('gfm', () => items.forEach(i => new Lexer({ gfm: true }).blockTokens(i.readme, [])))
time('nogfm', () => items.forEach(i => new Lexer({ gfm: false }).blockTokens(i.readme, [])))
}
