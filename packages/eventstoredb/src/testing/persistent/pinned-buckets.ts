import { createHash } from 'node:crypto';

/** The server hashes each event's stream id to one of this many buckets. */
export const bucketCount = 1024;

/** The bucket of a stream: a stable hash of its id. */
export const bucketOf = (streamName: string): number =>
  createHash('md5').update(streamName, 'utf8').digest().readUInt32BE(0) % bucketCount;

/**
 * The buckets of the pinned strategy, as the server documents it: each bucket is assigned to one
 * consumer; a consumer that connects is given a share taken from the others, and the buckets of
 * one that disconnects go to those left, so the load stays about even.
 */
export interface PinnedBuckets {
  readonly ownerOf: (streamName: string) => string | undefined;
  readonly join: (consumer: string) => void;
  readonly leave: (consumer: string) => void;
}

export const pinnedBuckets = (): PinnedBuckets => {
  const owners: (string | undefined)[] = Array.from({ length: bucketCount }, () => undefined);
  const consumers: string[] = [];

  /** Gives every unowned bucket, and each consumer's surplus over its fair share, to those below it. */
  const balance = () => {
    if (consumers.length === 0) {
      owners.fill(undefined);
      return;
    }
    const fair = Math.ceil(bucketCount / consumers.length);
    const counts = new Map(consumers.map((consumer) => [consumer, 0]));
    for (let bucket = 0; bucket < bucketCount; bucket += 1) {
      const owner = owners[bucket];
      const count = owner === undefined ? undefined : counts.get(owner);
      if (owner === undefined || count === undefined || count >= fair) owners[bucket] = undefined;
      else counts.set(owner, count + 1);
    }
    for (let bucket = 0; bucket < bucketCount; bucket += 1) {
      if (owners[bucket] !== undefined) continue;
      const [least] = [...counts.entries()].sort((a, b) => a[1] - b[1]);
      if (least === undefined) return;
      owners[bucket] = least[0];
      counts.set(least[0], least[1] + 1);
    }
  };

  return {
    ownerOf: (streamName) => owners[bucketOf(streamName)],
    join: (consumer) => {
      consumers.push(consumer);
      balance();
    },
    leave: (consumer) => {
      const index = consumers.indexOf(consumer);
      if (index >= 0) consumers.splice(index, 1);
      for (let bucket = 0; bucket < bucketCount; bucket += 1)
        if (owners[bucket] === consumer) owners[bucket] = undefined;
      balance();
    },
  };
};
