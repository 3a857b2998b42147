import { readFileSync } from 'node:fs';
import { inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { describe, expect, it } from 'vitest';
import { createClaimsService, parcelStreamId } from '../src/index.js';

/** The founding story's events as schema version 1 wrote them (the core's upcasting fixture). */
const v1: readonly { type: string; schemaVersion: number; data: { commandId: string } }[] = JSON.parse(
  readFileSync(new URL('../../core/test/fixtures/v1/founding-story-events.json', import.meta.url), 'utf8'),
);
const parcelId = 'TSS-2026-000042';

describe('a store written at schema version 1', () => {
  it('is read by a service with its default upcasters, and the parcel decided on', async () => {
    const store = inMemoryEventStore();
    const [first, ...rest] = v1.map((event, index) => ({
      eventId: `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
      type: event.type,
      data: event.data,
      metadata: {
        commandId: event.data.commandId,
        correlationId: event.data.commandId,
        causationId: event.data.commandId,
        recordedAt: '2026-02-24T06:00:00.000Z',
        schemaVersion: event.schemaVersion,
        actor: null,
      },
    }));
    if (first === undefined) throw new Error('the fixture is empty');
    await store.append(parcelStreamId(parcelId), [first, ...rest], { expectedVersion: 'no_stream' });
    const service = createClaimsService({ store, clock: () => '2026-03-01T00:00:00.000Z' });
    const parcel = await service.getParcel(parcelId);
    expect(parcel?.booking?.pieces.map((piece) => [piece.pieceId, piece.airBoxNumber])).toEqual([
      ['1', 'AIRBOX-5531'],
    ]);
    expect([parcel?.claim?.status, parcel?.claim?.payment?.amount]).toEqual([
      'paid',
      { minorUnits: 1_298_000, currency: 'CNY' },
    ]);
    const again = await service.openInquiry({
      commandId: '7f1d0c3e-0000-4000-8000-000000000099',
      now: '2026-03-01T00:00:00.000Z',
      actor: { role: 'seller', id: 'seller-a' },
      parcelId,
      claimId: 'TSS-CLAIM-0002',
      claimType: 'loss',
      pieceIds: null,
    });
    expect(again.kind === 'rejected' ? again.rejection.code : again.kind).toBe('CoverageAlreadySettled');
  });
});
