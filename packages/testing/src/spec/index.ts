export { deciderSpec, type SpecDecider, type WhenResult } from './decider-spec.js';
export { type Difference, jsonDiff } from './json-diff.js';
export { SpecFailure } from './spec-failure.js';
