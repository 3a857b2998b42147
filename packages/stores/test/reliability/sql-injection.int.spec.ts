import {
  type EventToAppend,
  InvalidEventData,
  InvalidStreamId,
  verifyStream,
} from '@parcel-claims/eventsourcing';
import { createClaimsService } from '@parcel-claims/service';
import { claimStoryInput } from '@parcel-claims/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pglite, postgres, type StoreUnderTest } from './stores-under-test.js';

/** Text meant to break out of an SQL literal or identifier, and text SQL finds hard to hold. */
const payloads = [
  "x'); DROP TABLE events; --",
  "' OR '1'='1",
  "'; DROP SCHEMA public CASCADE; --",
  '"; DROP TABLE "events"; --',
  'back\\slash\\',
  "E'\\x27' || pg_sleep(10)",
  '$1::text',
  '$append$; SELECT 1; $append$',
  'nul\u0000byte',
  'é€😀',
  'x'.repeat(100_000),
];

const event = (n: number, text: string): EventToAppend => ({
  eventId: `00000000-0000-4000-a000-${String(n).padStart(12, '0')}`,
  type: `Noted ${text}`,
  data: { text, nested: { [text]: [text] } },
  metadata: {
    commandId: text,
    correlationId: text,
    causationId: text,
    recordedAt: '2026-01-05T03:00:00.000Z',
    schemaVersion: 1,
    actor: { role: text, id: text },
  },
});

const rejectionOf = async (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => 'resolved',
    (error: unknown) => error,
  );

for (const open of [pglite, postgres]) {
  describe(`SQL injection through ids and text, on ${open === pglite ? 'PGlite' : 'PostgreSQL'}`, {
    timeout: 60_000,
  }, () => {
    let subject: StoreUnderTest;
    /** The schema's tables and the number of events: what an injected statement would change. */
    const database = async () => {
      const { sql, schema } = subject;
      if (sql === undefined || schema === undefined) throw new Error('no database');
      const tables = await sql.query(
        `SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = $1::text ORDER BY 1`,
        [schema],
      );
      const schemas = await sql.query(
        `SELECT count(*)::text AS n FROM information_schema.schemata WHERE schema_name = 'public'`,
      );
      let events = 0;
      for await (const batch of subject.store.readAll()) events += batch.length;
      return { tables: tables.rows.map((row) => row.name), publicSchema: schemas.rows[0]?.n, events };
    };

    beforeAll(async () => {
      subject = await open();
    }, 60_000);
    afterAll(async () => {
      await subject?.close();
    });

    it('stream ids that try to inject are refused with InvalidStreamId; nothing runs, nothing is stored', async () => {
      const before = await database();
      for (const [index, payload] of payloads.entries()) {
        const streamId = `parcel-${payload}`;
        expect(
          await rejectionOf(subject.store.append(streamId, [event(index, 'x')], { expectedVersion: 'any' })),
        ).toStrictEqual(new InvalidStreamId({ streamId }));
        expect(await rejectionOf(subject.store.readStream(streamId))).toStrictEqual(
          new InvalidStreamId({ streamId }),
        );
      }
      expect(await database()).toEqual(before);
    });

    it('event types, metadata and data carrying them round-trip exactly, or a NUL is refused as InvalidEventData', async () => {
      const before = await database();
      let written = 0;
      for (const [index, payload] of payloads.entries()) {
        const streamId = `injection-${index}`;
        const bad = event(100 + index, payload);
        if (payload.includes('\u0000')) {
          expect(
            await rejectionOf(subject.store.append(streamId, [bad], { expectedVersion: 'no_stream' })),
          ).toStrictEqual(
            new InvalidEventData({
              streamId,
              eventId: bad.eventId,
              reason: 'event type must not contain NUL (U+0000) or a lone surrogate',
            }),
          );
          const inData = { ...event(100 + index, 'plain'), data: bad.data };
          await subject.store.append(streamId, [inData], { expectedVersion: 'no_stream' });
          expect((await subject.store.readStream(streamId)).map((e) => e.data)).toEqual([bad.data]);
          written += 1;
          continue;
        }
        await subject.store.append(streamId, [bad], { expectedVersion: 'no_stream' });
        written += 1;
        const stored = await subject.store.readStream(streamId);
        expect(
          stored.map(({ eventId, type, data, metadata }) => ({
            eventId,
            type,
            data,
            metadata: { ...metadata, previousHash: null, hash: '' },
          })),
        ).toEqual([{ ...bad, metadata: { ...bad.metadata, previousHash: null, hashVersion: 1, hash: '' } }]);
        expect(verifyStream(stored)).toEqual({ ok: true });
      }
      expect(await database()).toEqual({ ...before, events: before.events + written });
    });

    it('through the service: parcel ids are refused at $.data.parcelId, document references round-trip or are refused at $.data.reference', async () => {
      const before = await database();
      const service = createClaimsService({ store: subject.store, clock: () => '2026-11-24T12:00:00.000Z' });
      let written = 0;
      for (const [index, payload] of payloads.entries()) {
        const refused = await service.bookParcel({ ...claimStoryInput(payload, 1000 * index).bookParcel });
        expect(refused.kind === 'invalid' ? refused.error.problems.map((p) => p.path) : refused).toEqual([
          '$.data.parcelId',
        ]);
        const parcelId = `injection-${index}`;
        const story = claimStoryInput(parcelId, 1000 * index);
        const steps = [
          await service.bookParcel(story.bookParcel),
          await service.purchaseInsurance(story.purchaseInsurance),
          await service.recordHubArrival(story.recordHubArrival),
          await service.shipParcel(story.shipParcel),
          await service.openInquiry(story.openInquiry),
        ];
        expect(steps.map((step) => step.kind)).toEqual(Array(5).fill('accepted'));
        written += steps.reduce((sum, step) => sum + (step.kind === 'accepted' ? step.events.length : 0), 0);
        const attached = await service.attachDocument(story.attachOutboundRecord(payload));
        if (payload.length > 2000 || payload.trim() === '') {
          expect(attached.kind === 'invalid' ? attached.error.problems.map((p) => p.path) : attached).toEqual(
            ['$.data.reference'],
          );
          continue;
        }
        expect(attached.kind).toBe('accepted');
        written += attached.kind === 'accepted' ? attached.events.length : 0;
        const references = (await service.history(parcelId)).flatMap(({ event }) =>
          event.type === 'DocumentAttached' ? [event.data.reference] : [],
        );
        expect(references).toEqual([payload]);
      }
      expect(await database()).toEqual({ ...before, events: before.events + written });
    });
  });
}
