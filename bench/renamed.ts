/**
 * The dev corpus against the seed list renamed as a person would name its tags ("Command Line Tools",
 * "Object Relational Mappers": bench/lists/seed-as-display-names.json, names only): how well the offline
 * classifier reads names it was not written against. `npx tsx bench/renamed.ts [-v]` (-v lists the misses).
 */
import { scoreRenamed } from './renamed-list.js'

const m = await scoreRenamed('bench/lists/seed-as-display-names.json', '../shared/eval/dev')
console.log(
  `renamed seed list: h1 ${m.hit1.toFixed(3)} h3 ${m.hit3.toFixed(3)} p ${m.precision.toFixed(3)} t/i ${m.tagsPerItem.toFixed(2)}`
)
