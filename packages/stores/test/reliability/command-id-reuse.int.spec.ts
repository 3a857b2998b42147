import { createHash, randomUUID } from 'node:crypto';
import { canonicalJson, inMemoryEventStore, verifyStream } from '@parcel-claims/eventsourcing';
import { type CommandResult, createClaimsService, parcelStreamId } from '@parcel-claims/service';
import { claimStoryInput } from '@parcel-claims/testing';
import * as E from 'fp-ts/lib/Either.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StoreUnderTest, storesUnderTest } from './stores-under-test.js';

const recordedAt = '2026-01-05T03:00:00.000Z';

/** The digest the service records: SHA-256 of the canonical JSON of `{ type, data }`, written out here. */
const digestOf = (type: string, data: unknown): string => {
  const text = canonicalJson({ type, data });
  if (E.isLeft(text)) throw new Error(text.left);
  return createHash('sha256').update(text.right, 'utf8').digest('hex');
};

const reused = (parcelId: string, commandId: string): CommandResult => ({
  kind: 'command-id-reused',
  parcelId,
  commandId,
  message: `Command id ${commandId} was already used for another command; parcel ${parcelId} is unchanged. A retry must repeat the command exactly; a new command needs a new id.`,
});

// Story command ids are numbered from `first`: every story of the file gets numbers of its own.
let stories = 0;
const storyOf = (parcelId: string) => {
  stories += 1;
  return claimStoryInput(parcelId, stories * 100);
};

const kindsOf = (results: readonly CommandResult[]): readonly string[] =>
  results.map((result) => result.kind).sort();

for (const { name, open } of storesUnderTest) {
  describe(`a command id names one command, on ${name}`, { timeout: 60_000 }, () => {
    let subject: StoreUnderTest;
    beforeAll(async () => {
      subject = await open();
    }, 60_000);
    afterAll(async () => {
      await subject?.close();
    });

    const newParcel = () => `REUSE-${randomUUID().slice(0, 8)}`;

    for (const [cache, cachedStreams] of [
      ['on', undefined],
      ['off', 0],
    ] as const) {
      const service = () =>
        createClaimsService({
          store: subject.store,
          clock: () => recordedAt,
          ...(cachedStreams === undefined ? {} : { cachedStreams }),
        });

      it(`records the digest of each command's content; a retry with the same content is already-applied, other content under the same id on the same parcel is command-id-reused (cache ${cache})`, async () => {
        const parcelId = newParcel();
        const story = storyOf(parcelId);
        const claims = service();
        const booked = await claims.bookParcel(story.bookParcel);
        expect(booked.kind).toBe('accepted');
        const [record] = await claims.history(parcelId);
        expect(record?.metadata.commandDigest).toBe(digestOf('BookParcel', story.bookParcel));

        // The same content with its keys in another order is the same command.
        const reordered = Object.fromEntries(Object.entries(story.bookParcel).reverse());
        const retry = await claims.execute({ data: reordered, type: 'BookParcel' });
        expect(retry).toEqual({ ...booked, kind: 'already-applied' });

        const stored = await subject.store.readStream(parcelStreamId(parcelId));
        const { commandId } = story.bookParcel;
        const changes = [
          { ...story.bookParcel, contents: 'Something else' },
          { ...story.bookParcel, now: '2026-01-05T02:00:00.001Z' },
          { ...story.bookParcel, actor: { role: 'seller' as const, id: 'seller-2' } },
        ];
        for (const changed of changes) {
          expect(await claims.bookParcel(changed)).toEqual(reused(parcelId, commandId));
          // A service that never saw the parcel finds the same in the store.
          expect(await service().bookParcel(changed)).toEqual(reused(parcelId, commandId));
        }
        // Under another command type too.
        const insurance = { ...story.purchaseInsurance, commandId };
        expect(await claims.purchaseInsurance(insurance)).toEqual(reused(parcelId, commandId));
        expect(await subject.store.readStream(parcelStreamId(parcelId))).toEqual(stored);
      });

      it(`other content under a command id recorded on another parcel is command-id-reused, naming only the caller's parcel (cache ${cache})`, async () => {
        const owner = newParcel();
        const caller = newParcel();
        const ownerStory = storyOf(owner);
        const callerStory = storyOf(caller);
        const claims = service();
        expect((await claims.bookParcel(ownerStory.bookParcel)).kind).toBe('accepted');
        expect((await claims.bookParcel(callerStory.bookParcel)).kind).toBe('accepted');
        const callerStream = await subject.store.readStream(parcelStreamId(caller));
        const { commandId } = ownerStory.bookParcel;

        // A new parcel booked with the owner's booking id, and a step on a parcel the service knows.
        const fresh = newParcel();
        const results = [
          await claims.bookParcel({ ...ownerStory.bookParcel, parcelId: fresh }),
          await claims.purchaseInsurance({ ...callerStory.purchaseInsurance, commandId }),
        ];
        expect(results).toEqual([reused(fresh, commandId), reused(caller, commandId)]);
        for (const result of results) {
          expect(JSON.stringify(result)).not.toContain(owner);
        }
        expect(await subject.store.readStream(parcelStreamId(fresh))).toEqual([]);
        expect(await subject.store.readStream(parcelStreamId(caller))).toEqual(callerStream);
      });

      it(`two callers sending other content under one command id at once: one is accepted, the other told command-id-reused (cache ${cache})`, async () => {
        const parcelId = newParcel();
        const story = storyOf(parcelId);
        const claims = service();
        expect((await claims.bookParcel(story.bookParcel)).kind).toBe('accepted');
        const other = { ...story.purchaseInsurance, premium: { minorUnits: 5001, currency: 'CNY' as const } };
        const results = await Promise.all([
          claims.purchaseInsurance(story.purchaseInsurance),
          claims.purchaseInsurance(other),
        ]);
        expect(kindsOf(results)).toEqual(['accepted', 'command-id-reused']);
        const recorded = await subject.store.readStream(parcelStreamId(parcelId));
        expect(recorded.map((event) => event.type)).toEqual(['ParcelBooked', 'InsurancePurchased']);
        const winner = results[0]?.kind === 'accepted' ? story.purchaseInsurance : other;
        expect(recorded[1]?.metadata.commandDigest).toBe(digestOf('PurchaseInsurance', winner));
        expect(verifyStream(recorded)).toEqual({ ok: true });
      });
    }

    it('a stream written before digests were recorded still verifies, and its commands answer already-applied as before', async () => {
      const parcelId = newParcel();
      const story = storyOf(parcelId);
      // The booking as the previous release stored it: the same event, without a digest.
      const scratch = inMemoryEventStore();
      await createClaimsService({ store: scratch, clock: () => recordedAt }).bookParcel(story.bookParcel);
      const [booking] = await scratch.readStream(parcelStreamId(parcelId));
      if (booking === undefined) throw new Error('the booking was not written');
      const { commandId, correlationId, causationId, schemaVersion, actor } = booking.metadata;
      await subject.writeRaw(parcelStreamId(parcelId), {
        eventId: booking.eventId,
        type: booking.type,
        data: booking.data,
        metadata: { commandId, correlationId, causationId, recordedAt, schemaVersion, actor },
      });
      const claims = createClaimsService({ store: subject.store, clock: () => recordedAt });
      const old = await subject.store.readStream(parcelStreamId(parcelId));
      expect(old.map((event) => event.metadata.commandDigest)).toEqual([undefined]);
      expect(verifyStream(old)).toEqual({ ok: true });
      expect((await claims.bookParcel(story.bookParcel)).kind).toBe('already-applied');
      // Nothing recorded to compare with: the id answers as it did before digests.
      expect((await claims.bookParcel({ ...story.bookParcel, contents: 'Other' })).kind).toBe(
        'already-applied',
      );
      expect((await claims.purchaseInsurance(story.purchaseInsurance)).kind).toBe('accepted');
      const both = await subject.store.readStream(parcelStreamId(parcelId));
      expect(both.map((event) => event.metadata.commandDigest)).toEqual([
        undefined,
        digestOf('PurchaseInsurance', story.purchaseInsurance),
      ]);
      expect(verifyStream(both)).toEqual({ ok: true });
    });
  });
}
