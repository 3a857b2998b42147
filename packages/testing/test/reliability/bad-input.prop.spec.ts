import { weekendsOnlyCalendar } from '@parcel-claims/core';
import { inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { createClaimsService } from '@parcel-claims/service';
import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { claimStoryInput } from '../../src/index.js';
import { assertMalformedCommandsRefused } from './bad-input.js';

describe('malformed commands at the service boundary', () => {
  it('refuses 10,000 generated malformed commands with the path of their defect and stores nothing', async () => {
    const counts = await assertMalformedCommandsRefused(10_000);
    console.log('malformed commands by defect', Object.fromEntries(counts));
    expect([...counts.values()].reduce((sum, n) => sum + n, 0)).toBe(10_000);
  }, 120_000);
});

describe('well-formed payer calendars naming no time zone', () => {
  it('are rejected by rule C1 as UnknownCalendar, naming the calendar, and store nothing', async () => {
    const store = inMemoryEventStore();
    const service = createClaimsService({ store, clock: () => '2026-11-24T12:00:00.000Z' });
    const story = claimStoryInput('zone-parcel');
    expect((await service.bookParcel(story.bookParcel)).kind).toBe('accepted');
    const zones = fc
      .tuple(fc.stringMatching(/^[A-Z][a-z]{2,12}$/), fc.stringMatching(/^[A-Z][a-z]{2,12}$/))
      .map(([area, city]) => `${area}/${city}`)
      .filter((zone) => E.isLeft(weekendsOnlyCalendar(zone)));
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(zones, fc.constantFrom('Mars/Olympus_Mons', 'UTC+25', 'Europe/Atlantis')),
        async (zone) => {
          runs += 1;
          const payerCalendar = `weekends:${zone}`;
          const result = await service.purchaseInsurance({ ...story.purchaseInsurance, payerCalendar });
          expect(
            result.kind === 'rejected'
              ? [result.rejection.code, result.rejection.rule, Reflect.get(result.rejection, 'calendarId')]
              : result,
          ).toEqual(['UnknownCalendar', 'C1', payerCalendar]);
        },
      ),
      { numRuns: 300 },
    );
    expect(runs).toBe(300);
    expect((await store.readStream('parcel-zone-parcel')).map((event) => event.type)).toEqual([
      'ParcelBooked',
    ]);
  });
});
