/**
 * explore-dev against its 16 collections named as another user might name them ("Browser games" for "Web
 * games", "PHP static analysis" for "Code Quality Checker Tools For PHP Projects": bench/lists/
 * explore-as-other-names.json, my own words, names only): how much of explore-dev's figure is the wording of
 * its names. Compare with `npm run bench -- --corpus ../shared/eval/explore-dev` on the original names
 * without their descriptions. `npx tsx bench/explore-renamed.ts [-v]` (-v lists the misses).
 */
import { scoreRenamed } from './renamed-list.js'

const m = await scoreRenamed('bench/lists/explore-as-other-names.json', '../shared/eval/explore-dev')
console.log(
  `explore-dev under other names: hit@1 ${m.hit1.toFixed(3)} hit@3 ${m.hit3.toFixed(3)} precision ${m.precision.toFixed(3)} tags/item ${m.tagsPerItem.toFixed(2)}`
)
