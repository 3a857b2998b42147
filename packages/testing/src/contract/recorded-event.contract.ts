import { describe, expect } from 'vitest';
import type { ContractContext } from './contract-fixture.js';
import { expectedStream } from './expected-stream.js';
import { ownLog } from './own-log.js';

/** What a store keeps of each event, read back through `readStream` and `readAll`. */
export const recordedEventContract = ({ scope, test }: ContractContext): void => {
  describe('recorded events', () => {
    test('carry stream id, revision, position, event id, type, data and metadata with the hash chain', async () => {
      const context = scope();
      const { store, stream, event } = context;
      const [parcel, ledger] = [stream('parcel'), stream('ledger')];
      // One event per append, so every position is known from an append result.
      const p1 = await store.append(parcel, [event(1)], { expectedVersion: 'no_stream' });
      const p2 = await store.append(ledger, [event(2)], { expectedVersion: 'no_stream' });
      const p3 = await store.append(parcel, [event(3)], { expectedVersion: 0n });
      const p4 = await store.append(ledger, [event(4)], { expectedVersion: 0n });
      const parcelEvents = expectedStream(parcel, [event(1), event(3)], [p1.position, p3.position]);
      const ledgerEvents = expectedStream(ledger, [event(2), event(4)], [p2.position, p4.position]);
      expect(await store.readStream(parcel)).toEqual(parcelEvents);
      expect(await store.readStream(ledger)).toEqual(ledgerEvents);
      expect(await ownLog(context)).toEqual([
        parcelEvents[0],
        ledgerEvents[0],
        parcelEvents[1],
        ledgerEvents[1],
      ]);
    });

    test('hold data as the JSON it stands for: undefined fields dropped, dates as ISO strings', async () => {
      const { store, stream, event } = scope();
      const parcel = stream('parcel');
      const written = {
        ...event(1),
        data: {
          kept: 'kept',
          dropped: undefined,
          shippedAt: new Date('2026-03-02T09:00:00.000Z'),
          legs: [1, undefined, { carrier: 'DHL', customs: null }],
        },
      };
      const result = await store.append(parcel, [written], { expectedVersion: 'no_stream' });
      const asJson = {
        ...written,
        data: {
          kept: 'kept',
          shippedAt: '2026-03-02T09:00:00.000Z',
          legs: [1, null, { carrier: 'DHL', customs: null }],
        },
      };
      expect(await store.readStream(parcel)).toEqual(expectedStream(parcel, [asJson], [result.position]));
    });
  });
};
