export { decideJson } from './decide-one-command.js';
export { parcel, receive } from './embed.js';
export { report } from './report.js';
export { type RunOptions, runStory, type Step } from './run-story.js';
export { type CommandJson, foundingStory, parcelId } from './story.js';
export { deadlinesInForce, localTime, whatChanged } from './timeline.js';
