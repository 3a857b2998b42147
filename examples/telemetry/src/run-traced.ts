import { type CommandJson, foundingStory } from '@parcel-claims/core/founding-story';
import { createClaimsService } from '@parcel-claims/service';
import { openStore } from '@parcel-claims/stores';

/**
 * Opens `url`, sends the first `commands` commands of the founding story and one command that is
 * not valid, and returns what each came to. Every command is a `command <type>` span with
 * `decode`, `attempt`, `decide` and the store's `readStream` and `append` spans under it.
 */
export const runTraced = async (url: string, commands: number): Promise<readonly string[]> => {
  const opened = await openStore(url);
  try {
    const service = createClaimsService({ store: opened.store });
    const invalid: CommandJson = { type: 'BookParcel', data: { parcelId: 42 } };
    const outcomes: string[] = [];
    for (const command of [...foundingStory.slice(0, commands), invalid]) {
      outcomes.push(`${command.type}: ${(await service.execute(command)).kind}`);
    }
    return outcomes;
  } finally {
    await opened.close();
  }
};
