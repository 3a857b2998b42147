import { eventHash, hashInputOf, type RecordedEvent, verifyStream } from '@parcel-claims/eventsourcing';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect } from 'vitest';
import type { ContractContext } from './contract-fixture.js';
import type { ContractScope } from './contract-scope.js';
import { expectedStream } from './expected-stream.js';

/** Two streams written in several batches, interleaved, with an idempotent repeat among them. */
const seedChains = async ({ store, stream, event, events }: ContractScope) => {
  const [parcel, ledger] = [stream('parcel'), stream('ledger')];
  await store.append(parcel, events(1, 3), { expectedVersion: 'no_stream' });
  await store.append(ledger, [event(4)], { expectedVersion: 'any' });
  await store.append(parcel, [event(5)], { expectedVersion: 2n });
  await store.append(parcel, events(1, 3), { expectedVersion: 'no_stream' });
  await store.append(ledger, events(6, 2), { expectedVersion: 'stream_exists' });
  await store.append(parcel, events(8, 2), { expectedVersion: 'any' });
  return {
    parcel: { id: parcel, appended: [1, 2, 3, 5, 8, 9] },
    ledger: { id: ledger, appended: [4, 6, 7] },
  };
};

/** The hash of a recorded event computed afresh from its own fields. */
const rehash = (event: RecordedEvent): E.Either<string, string> => eventHash(hashInputOf(event));

/** The tamper-evident chain every store adds to each stream. */
export const hashChainContract = ({ scope, test }: ContractContext): void => {
  describe('hash chain', () => {
    test('every appended stream verifies with verifyStream', async () => {
      const context = scope();
      const { parcel, ledger } = await seedChains(context);
      expect(verifyStream(await context.store.readStream(parcel.id))).toEqual({ ok: true });
      expect(verifyStream(await context.store.readStream(ledger.id))).toEqual({ ok: true });
    });

    test('revision 0 has no previous hash and every later event links to its predecessor', async () => {
      const context = scope();
      const { parcel, ledger } = await seedChains(context);
      for (const { id } of [parcel, ledger]) {
        const events = await context.store.readStream(id);
        const links = events.map((event) => event.metadata.previousHash);
        const hashes = events.map((event) => event.metadata.hash);
        expect(links).toEqual([null, ...hashes.slice(0, -1)]);
        expect(new Set(hashes).size).toBe(hashes.length);
      }
    });

    test('hashes are eventHash of the recorded fields and of what was appended, whichever store computed them', async () => {
      const context = scope();
      const { parcel, ledger } = await seedChains(context);
      for (const { id, appended } of [parcel, ledger]) {
        const events = await context.store.readStream(id);
        expect(events.map(rehash)).toEqual(events.map((event) => E.right(event.metadata.hash)));
        const fromAppended = expectedStream(
          id,
          appended.map(context.event),
          events.map((event) => event.position),
        );
        expect(events.map((event) => event.metadata)).toEqual(fromAppended.map((event) => event.metadata));
      }
    });
  });
};
