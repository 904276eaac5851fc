import { loadCorpus } from './corpus.js'
import { createOfflineClassifier } from '../src/classify/offline/index.js'
import { loadTagList } from '../src/tags/load.js'
const items = loadCorpus('../shared/eval/dev')
const c = createOfflineClassifier(loadTagList({ tags: '../shared/seed-tags.json', tagsMayBeFile: true }))
for (let k = 0; k < 30; k++) for (const i of items) await c.classify({ readme: i.readme, description: i.description, format: i.format }, { maxTags: 3 })
