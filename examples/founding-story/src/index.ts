export {
  type CommandJson,
  foundingStory,
  foundingStoryParcelId as parcelId,
} from '@parcel-claims/core/founding-story';
export { decideJson } from './decide-one-command.js';
export { parcel, receive } from './embed.js';
export { report } from './report.js';
export { type RunOptions, runStory, type Step } from './run-story.js';
