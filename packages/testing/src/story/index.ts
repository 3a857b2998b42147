export { claimStoryInput } from './claim-story.js';
