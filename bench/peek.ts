/**
 * Tags every README under a folder tree (e.g. node_modules) with the seed list and prints one line each,
 * for eyeballing precision on READMEs the lexicon was not written against:
 *   npx tsx bench/peek.ts node_modules [../shared/seed-tags.json] [limit]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { createOfflineClassifier } from '../src/classify/offline/index.js'
import { loadTagList } from '../src/tags/load.js'
import { formatFromFileName } from '../src/text/clean.js'

const [root = 'node_modules', tagsPath = '../shared/seed-tags.json', limit = '400'] = process.argv.slice(2)
const classifier = createOfflineClassifier(loadTagList({ tags: tagsPath, tagsMayBeFile: true }))
const found: string[] = []
const walk = (dir: string, depth: number): void => {
  if (found.length >= Number(limit) || depth > 3) return
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (/^readme\.(md|rst|txt)$/i.test(name)) found.push(path)
    else if (!name.startsWith('.') && name !== 'test' && statSync(path).isDirectory()) walk(path, depth + 1)
  }
}
walk(root, 0)
for (const path of found.slice(0, Number(limit))) {
  const result = await classifier.classify(
    { readme: readFileSync(path, 'utf8'), format: formatFromFileName(path) },
    { maxTags: 3 }
  )
  console.log(
    `${path.replace(/\/readme\.\w+$/i, '')}: ${result.tags
      .map(
        t =>
          `${t.name.trim()} ${t.score.toFixed(1)} (${t.evidence
            .slice(0, 2)
            .map(e => `${e.text}@${e.where}`)
            .join(', ')})`
      )
      .join('; ')}`
  )
}
