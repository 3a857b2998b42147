import { describe, expect, it } from 'vitest';
import { UnexpectedRow } from '../src/index.js';
import { recordedEventOf, recordedTextOf } from '../src/store/recorded-event-row.js';

// A row as both drivers return it for the select list `eventColumns`.
const row = {
  position: '7',
  stream_id: 'parcel-1',
  revision: '0',
  event_id: '00000000-0000-4000-8000-000000000001',
  type: 'ParcelNoted',
  data: '{"n":1}',
  command_id: 'command-1',
  correlation_id: 'command-1',
  causation_id: 'command-1',
  recorded_at: '2026-03-02T09:00:00.000Z',
  schema_version: 1,
  actor_role: null,
  actor_id: null,
  previous_hash: null,
  hash: 'ab'.repeat(32),
  command_digest: null,
  hash_version: 1,
};

const thrownBy = (read: () => unknown): unknown => {
  try {
    read();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('reading an event row', () => {
  it('maps hash_version to metadata.hashVersion', () => {
    expect(recordedEventOf(row)).toEqual({
      streamId: 'parcel-1',
      revision: 0n,
      position: 7n,
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
        previousHash: null,
        hashVersion: 1,
        hash: 'ab'.repeat(32),
      },
    });
    expect(recordedTextOf({ ...row, hash_version: 2 }).metadata.hashVersion).toBe(2);
  });

  it('refuses a hash_version that is not an integer, naming the column', () => {
    for (const hashVersion of ['1', 1.5, null]) {
      expect(thrownBy(() => recordedEventOf({ ...row, hash_version: hashVersion }))).toStrictEqual(
        new UnexpectedRow({ field: 'hash_version', expected: 'an integer', found: hashVersion }),
      );
    }
  });
});
