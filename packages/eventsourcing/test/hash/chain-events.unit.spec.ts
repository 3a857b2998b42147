import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { chainEvents, eventHash, hashInputOf, InvalidEventData, type SealedEvent } from '../../src/index.js';
import { noted } from '../support/events.js';

const hashOf = (event: SealedEvent): E.Either<string, string> => eventHash(hashInputOf(event));

describe('chainEvents', () => {
  it('numbers a batch from nextRevision and links each event to the one before', () => {
    const previous = 'f'.repeat(64);
    const sealed = chainEvents({
      streamId: 'account-1',
      nextRevision: 7n,
      previousHash: previous,
      events: [noted(1), noted(2), noted(3)],
    });
    if (E.isLeft(sealed)) throw sealed.left;
    const [first, second, third] = sealed.right;
    expect(sealed.right.map((event) => event.revision)).toEqual([7n, 8n, 9n]);
    expect(sealed.right.map((event) => E.right(event.metadata.hash))).toEqual(sealed.right.map(hashOf));
    expect(sealed.right.map((event) => event.metadata.previousHash)).toEqual([
      previous,
      first?.metadata.hash,
      second?.metadata.hash,
    ]);
    expect(third).toEqual({
      streamId: 'account-1',
      revision: 9n,
      eventId: noted(3).eventId,
      type: 'Noted',
      data: { n: 3 },
      metadata: {
        ...noted(3).metadata,
        previousHash: second?.metadata.hash,
        hashVersion: 1,
        hash: third?.metadata.hash,
      },
    });
  });

  it('seals every event in hash format 1, whatever version a writer slips into its metadata', () => {
    const event = noted(1);
    const metadata = { ...event.metadata, hashVersion: 2 };
    const sealed = chainEvents({
      streamId: 's',
      nextRevision: 0n,
      previousHash: null,
      events: [{ ...event, metadata }, noted(2)],
    });
    expect(
      E.map((events: readonly SealedEvent[]) => events.map((e) => e.metadata.hashVersion))(sealed),
    ).toEqual(E.right([1, 1]));
  });

  it('starts a new stream with a null previous hash', () => {
    const sealed = chainEvents({
      streamId: 'account-1',
      nextRevision: 0n,
      previousHash: null,
      events: [noted(1)],
    });
    expect(
      E.map((events: readonly SealedEvent[]) => events.map((event) => event.metadata.previousHash))(sealed),
    ).toEqual(E.right([null]));
  });

  it('keeps a command digest that is a lowercase hex SHA-256, and refuses any other', () => {
    const digested = (commandDigest: string) => {
      const event = noted(1);
      return { ...event, metadata: { ...event.metadata, commandDigest } };
    };
    const sealed = chainEvents({
      streamId: 's',
      nextRevision: 0n,
      previousHash: null,
      events: [digested('0f'.repeat(32))],
    });
    expect(
      E.map((events: readonly SealedEvent[]) => events.map((e) => e.metadata.commandDigest))(sealed),
    ).toEqual(E.right(['0f'.repeat(32)]));
    for (const commandDigest of ['0F'.repeat(32), '0f'.repeat(31), `${'0f'.repeat(31)}"x`]) {
      const bad = digested(commandDigest);
      expect(chainEvents({ streamId: 's', nextRevision: 0n, previousHash: null, events: [bad] })).toEqual(
        E.left(
          new InvalidEventData({
            streamId: 's',
            eventId: bad.eventId,
            reason: `commandDigest ${JSON.stringify(commandDigest)} is not a lowercase hex SHA-256`,
          }),
        ),
      );
    }
  });

  it('refuses the first invalid event of a batch', () => {
    const bad = noted(2, { data: { amount: Number.NaN } });
    expect(
      chainEvents({ streamId: 's', nextRevision: 0n, previousHash: null, events: [noted(1), bad] }),
    ).toEqual(
      E.left(
        new InvalidEventData({
          streamId: 's',
          eventId: bad.eventId,
          reason: 'data is not JSON: NaN is not allowed',
        }),
      ),
    );
  });
});
