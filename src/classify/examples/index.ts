export { COMBINATION, combine, exampleEvidence, exampleWeight } from './combine.js'
export {
  createExampleLearner,
  type Example,
  type ExampleLearner,
  type ExampleProfiles,
  MAX_PROFILE_TERMS,
  MAX_VOCABULARY
} from './learner.js'
export { similarities } from './similarity.js'
export { termVector } from './terms.js'
export { withExamples } from './with-examples.js'
export { describeExampleCounts } from './report.js'
