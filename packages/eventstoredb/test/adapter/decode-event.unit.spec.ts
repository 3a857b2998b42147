import type { ResolvedEvent } from '@eventstore/db-client';
import { describe, expect, it } from 'vitest';
import { decodeEvent } from '../../src/codec/decode-event.js';
import { UnreadableEvent } from '../../src/index.js';

/** An event as the client hands it over, with the given metadata JSON. */
const resolved = (metadata: Record<string, unknown>): ResolvedEvent => ({
  event: {
    streamId: 'parcel-1',
    id: '00000000-0000-4000-8000-000000000001',
    isJson: true,
    revision: 3n,
    type: 'ParcelNoted',
    created: new Date('2026-03-02T09:00:00.000Z'),
    data: { n: 1 },
    metadata,
  },
  commitPosition: 1024n,
});

const metadata = {
  commandId: 'command-1',
  correlationId: 'command-1',
  causationId: 'command-1',
  recordedAt: '2026-03-02T09:00:00.000Z',
  schemaVersion: 1,
  actor: null,
  previousHash: 'cd'.repeat(32),
  hash: 'ab'.repeat(32),
  appendId: 'append-1',
};

const thrownBy = (read: () => unknown): unknown => {
  try {
    read();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('decoding an EventStoreDB event', () => {
  it('reads an event written before hash formats were recorded as format 1', () => {
    expect(decodeEvent(resolved(metadata))).toEqual({
      event: {
        streamId: 'parcel-1',
        revision: 3n,
        position: 1024n,
        eventId: '00000000-0000-4000-8000-000000000001',
        type: 'ParcelNoted',
        data: { n: 1 },
        metadata: {
          commandId: 'command-1',
          correlationId: 'command-1',
          causationId: 'command-1',
          recordedAt: '2026-03-02T09:00:00.000Z',
          schemaVersion: 1,
          actor: null,
          previousHash: 'cd'.repeat(32),
          hashVersion: 1,
          hash: 'ab'.repeat(32),
        },
      },
      appendId: 'append-1',
    });
  });

  it('refuses a hashVersion that is not an integer as UnreadableEvent naming the field, stream and revision', () => {
    expect(thrownBy(() => decodeEvent(resolved({ ...metadata, hashVersion: '1' })))).toStrictEqual(
      new UnreadableEvent({
        streamId: 'parcel-1',
        revision: 3n,
        reason: 'metadata has a hashVersion that is not an integer',
        path: '$.metadata',
      }),
    );
  });
});
