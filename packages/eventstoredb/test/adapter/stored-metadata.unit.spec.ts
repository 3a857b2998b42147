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

  it('writes the hash format, and reads metadata written before it was recorded as format 1', () => {
    const json = JSON.parse(JSON.stringify(storedMetadataJson({ ...metadata, hashVersion: 2 }, 'append-1')));
    expect(json).toEqual({
      commandId: 'command-1',
      correlationId: 'correlation-1',
      causationId: 'causation-1',
      recordedAt: '2026-03-02T09:00:00.000Z',
      schemaVersion: 2,
      actor: { role: 'insurer', id: 'acme' },
      previousHash: null,
      hashVersion: 2,
      hash: 'ab'.repeat(32),
      $correlationId: 'correlation-1',
      $causationId: 'causation-1',
      appendId: 'append-1',
    });
    expect(storedMetadataOf(json)).toEqual({
      metadata: { ...metadata, hashVersion: 2 },
      appendId: 'append-1',
    });
    const { hashVersion: _, ...older } = json;
    expect(storedMetadataOf(older)).toEqual({ metadata, appendId: 'append-1' });
  });

  it('refuses a hashVersion that is not an integer', () => {
    for (const hashVersion of ['1', 1.5, null]) {
      expect(storedMetadataOf({ ...metadata, hashVersion })).toBe(
        'metadata has a hashVersion that is not an integer',
      );
    }
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
