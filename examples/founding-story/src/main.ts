import { report } from './report.js';
import { runStory } from './run-story.js';
import { foundingStory } from './story.js';

for (const line of report(await runStory(foundingStory))) console.log(line);
