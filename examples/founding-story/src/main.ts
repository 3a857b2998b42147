import { parseArgs } from 'node:util';
import { foundingStory } from '@parcel-claims/core/founding-story';
import { openStore } from '@parcel-claims/stores';
import { report } from './report.js';
import { runStory } from './run-story.js';

const { values } = parseArgs({ options: { store: { type: 'string', default: 'pglite:./.parcel-claims' } } });
const opened = await openStore(values.store);
try {
  console.log(`Store: ${opened.url}`);
  for (const line of report(await runStory(foundingStory, { store: opened.store }))) console.log(line);
} finally {
  await opened.close();
}
