import { randomUUID } from 'node:crypto';
import { jsonEvent } from '@eventstore/db-client';
import {
  appendLeaves,
  emptyFrontier,
  eventLeafHash,
  hashToHex,
  InvalidEventData,
} from '@parcel-claims/eventsourcing';
import { describe, expect, it } from 'vitest';
import { UnreadableEvent } from '../../src/index.js';
import { startStandIn } from '../../src/testing/index.js';
import { freshStream, sampleEvent } from '../support/sample-events.js';
import { openStore, standInForFile } from '../support/stand-in-fixture.js';
import {
  expectedTree,
  ownTreeOptions,
  stepPositions,
  stepSizes,
  storedTree,
  wholeLog,
} from './tree-support.js';

const standIn = standInForFile();

/** Two stores, each with a client of its own, sharing one tree stream on the stand-in. */
const twoStores = async () => {
  const options = ownTreeOptions();
  const { connectionString } = await standIn();
  const first = openStore(connectionString, options);
  const second = openStore(connectionString, options);
  return {
    options,
    connectionString,
    first,
    second,
    dispose: async () => {
      await first.dispose();
      await second.dispose();
    },
  };
};

describe('the log tree on the EventStoreDB stand-in', () => {
  it('lives in <prefix>log-tree and <prefix>log-checkpoints: readAll skips them and append refuses them', async () => {
    // A prefix without "$", so that the adapter's own rule is what refuses (the port refuses "$" ids
    // itself); its streams would be foreign events to stores with other prefixes: a stand-in of its own.
    const options = { ...ownTreeOptions(), internalPrefix: `tree-test-${randomUUID()}-` };
    const ownStandIn = await startStandIn();
    const { store, client, dispose } = openStore(ownStandIn.connectionString, options);
    try {
      const stream = freshStream('parcel');
      await store.append(stream, [sampleEvent(1)], { expectedVersion: 'no_stream' });
      const head = await store.tree.head();
      await store.tree.checkpoints.add({ treeSize: BigInt(head.size), note: 'a note\n' });
      const logStreams = new Set((await wholeLog(store)).map((event) => event.streamId));
      const treeStream = `${options.internalPrefix}log-tree`;
      const checkpointStream = `${options.internalPrefix}log-checkpoints`;
      expect([logStreams.has(treeStream), logStreams.has(checkpointStream)]).toEqual([false, false]);
      expect((await stepPositions(client, treeStream)).length).toBe(head.size);
      for (const reserved of [treeStream, checkpointStream]) {
        const event = sampleEvent(2);
        await expect(store.append(reserved, [event], { expectedVersion: 'any' })).rejects.toStrictEqual(
          new InvalidEventData({
            streamId: reserved,
            eventId: event.eventId,
            reason: 'stream ids starting with "$" or the adapter prefix are reserved',
          }),
        );
      }
    } finally {
      await dispose();
      await ownStandIn.stop();
    }
  });

  it('two stores racing to catch up grow one tree: no leaf twice, every step continuing the one before', async () => {
    const { options, connectionString, first, second, dispose } = await twoStores();
    const writers = [first, second].map(({ store }) => ({ store, stream: freshStream('parcel') }));
    try {
      for (let round = 0; round < 4; round += 1) {
        await Promise.all(
          writers.map(({ store, stream }) =>
            store.append(stream, [sampleEvent(2 * round), sampleEvent(2 * round + 1)], {
              expectedVersion: round === 0 ? 'no_stream' : BigInt(2 * round - 1),
            }),
          ),
        );
        const [a, b] = await Promise.all([first.store.tree.head(), second.store.tree.head()]);
        expect({ size: b.size, root: hashToHex(b.root) }).toEqual({ size: a.size, root: hashToHex(a.root) });
      }
      const log = await wholeLog(first.store);
      expect(await stepPositions(first.client, `${options.internalPrefix}log-tree`)).toEqual(
        log.map((event) => event.position),
      );
      // A store that starts afresh reads and checks every step from the first.
      const third = openStore(connectionString, options);
      try {
        expect(await storedTree(third.store.tree, log)).toEqual(expectedTree(log));
      } finally {
        await third.dispose();
      }
      expect(await storedTree(second.store.tree, log)).toEqual(expectedTree(log));
    } finally {
      await dispose();
    }
  });

  it('a catch-up over more than 512 events writes steps of 512 leaves, then the rest', async () => {
    const options = ownTreeOptions();
    const { store, client, dispose } = openStore((await standIn()).connectionString, options);
    const stream = freshStream('parcel');
    try {
      for (let round = 0; round < 12; round += 1) {
        const events = Array.from({ length: 49 }, (_, k) => sampleEvent(50 * round + k + 1));
        await store.append(stream, [sampleEvent(50 * round), ...events], { expectedVersion: 'any' });
      }
      const head = await store.tree.head();
      const sizes = await stepSizes(client, `${options.internalPrefix}log-tree`);
      const log = await wholeLog(store);
      expect({ size: head.size, sizes }).toEqual({
        size: log.length,
        sizes: [...Array.from({ length: Math.floor(log.length / 512) }, () => 512), log.length % 512].filter(
          (size) => size > 0,
        ),
      });
      expect(await storedTree(store.tree, log)).toEqual(expectedTree(log));
    } finally {
      await dispose();
    }
  });

  it('a store that starts afresh reads a tree stream of more steps than one read returns', async () => {
    const options = ownTreeOptions();
    const { connectionString } = await standIn();
    const { store, client, dispose } = openStore(connectionString, options);
    const stream = freshStream('parcel');
    const treeStream = `${options.internalPrefix}log-tree`;
    try {
      // Other tests' events come first, in steps of their own.
      await store.tree.head();
      const before = (await stepSizes(client, treeStream)).length;
      for (let round = 0; round < 70; round += 1) {
        await store.append(stream, [sampleEvent(round)], { expectedVersion: 'any' });
        await store.tree.head();
      }
      const log = await wholeLog(store);
      const fresh = openStore(connectionString, options);
      try {
        expect({
          steps: (await stepSizes(client, treeStream)).length - before,
          tree: await storedTree(fresh.store.tree, log),
        }).toEqual({ steps: 70, tree: expectedTree(log) });
      } finally {
        await fresh.dispose();
      }
    } finally {
      await dispose();
    }
  });

  it('a note kept by two stores at once is kept once, and both list it', async () => {
    const { first, second, dispose } = await twoStores();
    try {
      const note = { treeSize: 3n, note: 'origin\n3\nroot\n\n— origin AAAA\n' };
      const other = { treeSize: 4n, note: 'origin\n4\nroot\n\n— origin BBBB\n' };
      await Promise.all([first.store.tree.checkpoints.add(note), second.store.tree.checkpoints.add(note)]);
      await first.store.tree.checkpoints.add(other);
      expect([await first.store.tree.checkpoints.list(), await second.store.tree.checkpoints.list()]).toEqual(
        [
          [note, other],
          [note, other],
        ],
      );
    } finally {
      await dispose();
    }
  });
});

/** A step as the adapter writes it, over one made-up leaf after the log's start. */
const validFirstStep = () => {
  const leaf = eventLeafHash('a'.repeat(64));
  const { frontier } = appendLeaves(emptyFrontier, [leaf]);
  return { after: '0', firstIndex: 0, leaves: [{ position: '128', leaf: hashToHex(leaf) }], frontier };
};

describe('a tree step the adapter cannot use, on the EventStoreDB stand-in', () => {
  const cases = [
    {
      what: 'leaves that are not an array',
      data: { ...validFirstStep(), leaves: 'none' },
      reason: 'a tree step whose $.data.leaves is not a non-empty array',
      path: '$.data.leaves',
    },
    {
      what: 'a leaf hash that is not 64 hex digits',
      data: { ...validFirstStep(), leaves: [{ position: '128', leaf: 'abc' }] },
      reason: 'a tree step whose $.data.leaves[0].leaf is not a hash (64 hex digits)',
      path: '$.data.leaves[0].leaf',
    },
    {
      what: 'a first step that starts after a position',
      data: { ...validFirstStep(), after: '64' },
      reason: 'a tree step that does not continue the tree: it starts after position 64, the tree ends at 0',
      path: '$.data.after',
    },
    {
      what: 'a frontier that its leaves do not give',
      data: { ...validFirstStep(), frontier: { size: 1, peaks: ['b'.repeat(64)] } },
      reason: 'a tree step that does not continue the tree: its frontier is not the tree grown by its leaves',
      path: '$.data.frontier',
    },
  ];

  for (const { what, data, reason, path } of cases) {
    it(`${what} is UnreadableEvent naming the tree stream, the revision and the path`, async () => {
      const options = ownTreeOptions();
      const { store, client, dispose } = openStore((await standIn()).connectionString, options);
      const streamId = `${options.internalPrefix}log-tree`;
      try {
        await client.appendToStream(streamId, jsonEvent({ type: 'LogTreeGrown', data }));
        const unreadable = new UnreadableEvent({ streamId, revision: 0n, reason, path });
        await expect(store.tree.head()).rejects.toStrictEqual(unreadable);
        await expect(store.tree.leafIndexOf(1n << 60n)).rejects.toStrictEqual(unreadable);
      } finally {
        await dispose();
      }
    });
  }

  it('a step that repeats the first one after the last is UnreadableEvent at its revision', async () => {
    const options = ownTreeOptions();
    const { store, client, dispose } = openStore((await standIn()).connectionString, options);
    const streamId = `${options.internalPrefix}log-tree`;
    try {
      await store.append(freshStream('parcel'), [sampleEvent(1)], { expectedVersion: 'no_stream' });
      await store.tree.head();
      const through = (await wholeLog(store)).at(-1)?.position;
      const written = (await stepSizes(client, streamId)).length;
      for await (const step of client.readStream(streamId, { maxCount: 1 })) {
        const data = step.event?.data;
        if (data === undefined || data instanceof Uint8Array)
          throw new Error('a first step that is not JSON');
        await client.appendToStream(streamId, jsonEvent({ type: 'LogTreeGrown', data }));
      }
      await expect(store.tree.head()).rejects.toStrictEqual(
        new UnreadableEvent({
          streamId,
          revision: BigInt(written),
          reason: `a tree step that does not continue the tree: it starts after position 0, the tree ends at ${through}`,
          path: '$.data.after',
        }),
      );
    } finally {
      await dispose();
    }
  });
});
