import type { RecordedMetadata } from '@parcel-claims/eventsourcing';
import { describe, expect, it } from 'vitest';
import { storedMetadataJson, storedMetadataOf } from '../../src/codec/recorded-metadata.js';

const metadata: RecordedMetadata = {
  commandId: 'command-1',
  correlationId: 'correlation-1',
  causationId: 'causation-1',
  recordedAt: '2026-03-02T09:00:00.000Z',
  schemaVersion: 2,
  actor: { role: 'insurer', id: 'acme' },
  previousHash: null,
  hashVersion: 1,
  hash: 'ab'.repeat(32),
};

describe('event metadata in EventStoreDB', () => {
  it('round-trips through JSON with the append id and EventStoreDB’s $correlationId and $causationId', () => {
    const json = JSON.parse(JSON.stringify(storedMetadataJson(metadata, 'append-1')));
    expect(json).toMatchObject({ $correlationId: 'correlation-1', $causationId: 'causation-1' });
    expect(storedMetadataOf(json)).toEqual({ metadata, appendId: 'append-1' });
  });

  it('names what is missing when the metadata is not the adapter’s', () => {
    expect(storedMetadataOf({ commandId: 'c' })).toBe(
      'metadata lacks commandId, correlationId, causationId or recordedAt',
    );
    expect(storedMetadataOf({ ...metadata, hash: undefined })).toBe('metadata lacks the hash chain');
    expect(storedMetadataOf({ ...metadata, actor: { role: 'insurer' } })).toBe('metadata has no valid actor');
    expect(storedMetadataOf(new Uint8Array([1]))).toBe(
      'metadata lacks commandId, correlationId, causationId or recordedAt',
    );
  });
});
