import type { RecordedEvent } from '@parcel-claims/eventsourcing';
import { describe, expect } from 'vitest';
import { collectBatches } from './collect-batches.js';
import type { ContractContext } from './contract-fixture.js';
import type { ContractScope } from './contract-scope.js';
import { notIncreasing } from './increasing.js';
import { ownLog } from './own-log.js';

/** Five events in three streams, appended in this order: a, a, b, a, c. */
const seedLog = async ({ store, stream, event }: ContractScope) => {
  const [a, b, c] = [stream('a'), stream('b'), stream('c')];
  await store.append(a, [event(1), event(2)], { expectedVersion: 'no_stream' });
  await store.append(b, [event(3)], { expectedVersion: 'no_stream' });
  await store.append(a, [event(4)], { expectedVersion: 1n });
  await store.append(c, [event(5)], { expectedVersion: 'no_stream' });
  const [streamA, streamB, streamC] = await Promise.all([a, b, c].map((id) => store.readStream(id)));
  return { a: streamA ?? [], b: streamB ?? [], c: streamC ?? [] };
};

const positionOf = (event: RecordedEvent | undefined): bigint => event?.position ?? 0n;

/** `readAll`: the global log in append order, exclusive start positions, batches. */
export const globalLogContract = ({ scope, test }: ContractContext): void => {
  describe('readAll', () => {
    test('reads every stream in append order, as each stream read returns the events', async () => {
      const context = scope();
      const { a, b, c } = await seedLog(context);
      expect(await ownLog(context)).toEqual([a[0], a[1], b[0], a[2], c[0]]);
      expect((await ownLog(context)).map((event) => event.eventId)).toEqual(
        [1, 2, 3, 4, 5].map((n) => context.event(n).eventId),
      );
    });

    test('positions are positive and strictly increase along the whole log', async () => {
      const context = scope();
      await seedLog(context);
      const positions = (await collectBatches(context.store.readAll())).flat().map((event) => event.position);
      expect(notIncreasing(positions)).toEqual([]);
      expect(positions.filter((position) => position <= 0n)).toEqual([]);
    });

    test('after is exclusive: reading after a position in the middle starts with the next event', async () => {
      const context = scope();
      const { a, b, c } = await seedLog(context);
      expect(await ownLog(context, { after: positionOf(a[1]) })).toEqual([b[0], a[2], c[0]]);
      expect(await ownLog(context, { after: positionOf(a[0]) })).toEqual([a[1], b[0], a[2], c[0]]);
      expect(await ownLog(context, { after: positionOf(a[0]) - 1n })).toEqual([a[0], a[1], b[0], a[2], c[0]]);
    });

    test('after the last position reads nothing of it; after 0n reads from the beginning', async () => {
      const context = scope();
      const { a, b, c } = await seedLog(context);
      expect(await ownLog(context, { after: positionOf(c[0]) })).toEqual([]);
      expect(await ownLog(context, { after: 0n })).toEqual([a[0], a[1], b[0], a[2], c[0]]);
    });

    test('batches are non-empty and hold at most batchSize events', async () => {
      const context = scope();
      const { a, b, c } = await seedLog(context);
      const after = positionOf(a[0]) - 1n;
      for (const batchSize of [1, 2, 3]) {
        const batches = await collectBatches(context.store.readAll({ after, batchSize }));
        expect(batches.filter((batch) => batch.length === 0 || batch.length > batchSize)).toEqual([]);
        const own = batches.flat().filter((event) => event.streamId.startsWith(context.prefix));
        expect(own).toEqual([a[0], a[1], b[0], a[2], c[0]]);
      }
    });
  });
};
