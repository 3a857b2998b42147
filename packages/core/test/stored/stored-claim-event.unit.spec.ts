import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  claimSchemaVersion,
  decodeRecordedClaimEvent,
  encodeClaimEvent,
  parcelStreamId,
  parcelStreamPrefix,
} from '../../src/index.js';

const data = { at: '2026-01-05T07:30:00.000Z', commandId: '7f1d0c3e-0000-4000-8000-000000000003' };
const stored = (schemaVersion: number, storedData: unknown = data) => ({
  type: 'ParcelPickedUp',
  data: storedData,
  metadata: { schemaVersion },
});

describe('stored claim events', () => {
  it('decode at the current schema version, and are written back as their data alone at it', () => {
    const decoded = decodeRecordedClaimEvent(stored(1));
    expect(decoded).toEqual(E.right({ type: 'ParcelPickedUp', data }));
    if (E.isLeft(decoded)) return;
    expect(encodeClaimEvent(decoded.right)).toEqual(data);
    expect(claimSchemaVersion(decoded.right.type)).toBe(1);
  });

  it('are refused at another schema version, naming the version path', () => {
    expect(decodeRecordedClaimEvent(stored(2))).toEqual(
      E.left({
        message: 'event "ParcelPickedUp" is stored at schema version 2; this code reads version 1',
        paths: ['$.metadata.schemaVersion'],
      }),
    );
  });

  it('are refused with the JSON path of invalid data', () => {
    const decoded = decodeRecordedClaimEvent(stored(1, { ...data, at: 'yesterday' }));
    expect(E.isLeft(decoded) && decoded.left.paths).toEqual(['$.data.at']);
  });
});

describe('parcel streams', () => {
  it('are named parcel-<parcelId>', () => {
    expect(parcelStreamId('TSS-2026-000042')).toBe('parcel-TSS-2026-000042');
    expect(parcelStreamId('TSS-2026-000042').startsWith(parcelStreamPrefix)).toBe(true);
  });
});
