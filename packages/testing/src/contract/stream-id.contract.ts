import { InvalidStreamId } from '@parcel-claims/eventsourcing';
import { describe, expect } from 'vitest';
import type { ContractContext } from './contract-fixture.js';
import { ownLog } from './own-log.js';

/** Stream ids every store refuses: not letters, digits, `.`, `_`, `:`, `@`, `-`, or too long. */
export const invalidStreamIds: readonly { readonly what: string; readonly id: (prefix: string) => string }[] =
  [
    { what: 'an empty id', id: () => '' },
    { what: 'an SQL injection attempt', id: (prefix) => `${prefix}x'); DROP TABLE events; --` },
    { what: 'a quote', id: (prefix) => `${prefix}o'brien` },
    { what: 'a double quote', id: (prefix) => `${prefix}say-"hi"` },
    { what: 'a backslash', id: (prefix) => `${prefix}back\\slash` },
    { what: 'a NUL byte', id: (prefix) => `${prefix}nul\u0000byte` },
    { what: 'whitespace', id: (prefix) => `${prefix}two words` },
    { what: 'a newline', id: (prefix) => `${prefix}line\nbreak` },
    { what: 'a slash', id: (prefix) => `${prefix}a/b` },
    { what: 'a percent sign', id: (prefix) => `${prefix}100%` },
    { what: 'a leading $ (EventStoreDB system streams)', id: (prefix) => `$${prefix}system` },
    { what: 'a leading dash', id: (prefix) => `-${prefix}` },
    { what: 'a non-ASCII letter', id: (prefix) => `${prefix}café` },
    { what: '257 characters', id: (prefix) => `${prefix}${'x'.repeat(257 - prefix.length)}` },
  ];

/** Stream ids are checked alike by every store, before anything is read or written. */
export const streamIdContract = ({ scope, test }: ContractContext): void => {
  describe('stream ids', () => {
    test('refuses every invalid stream id with InvalidStreamId in append and readStream, writing nothing', async () => {
      const context = scope();
      const { store, prefix, event } = context;
      for (const { what, id } of invalidStreamIds) {
        const streamId = id(prefix);
        const appended = await store.append(streamId, [event(1)], { expectedVersion: 'any' }).then(
          () => `${what}: appended`,
          (error: unknown) => error,
        );
        expect(appended).toStrictEqual(new InvalidStreamId({ streamId }));
        const read = await store.readStream(streamId).then(
          () => `${what}: read`,
          (error: unknown) => error,
        );
        expect(read).toStrictEqual(new InvalidStreamId({ streamId }));
      }
      expect(await ownLog(context)).toEqual([]);
    });

    test('accepts the longest valid id and every allowed character', async () => {
      const context = scope();
      const { store, prefix, event } = context;
      const longest = `${prefix}A.b_c:d@e-9`.padEnd(256, 'z');
      await store.append(longest, [event(1)], { expectedVersion: 'no_stream' });
      expect((await store.readStream(longest)).map((e) => [e.streamId, e.eventId])).toEqual([
        [longest, event(1).eventId],
      ]);
    });
  });
};
