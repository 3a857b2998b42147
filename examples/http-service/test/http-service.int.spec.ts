import { inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { createClaimsService } from '@parcel-claims/service';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/index.js';

const parcelId = 'HTTP-0001';
const id = (n: number) => `00000000-0000-4000-a000-${String(n).padStart(12, '0')}`;
const booking = {
  commandId: id(1),
  now: '2026-01-05T02:00:00.000Z',
  actor: { role: 'seller', id: 'seller-1' },
  parcelId,
  sellerId: 'seller-1',
  forwarderId: 'forwarder-1',
  origin: 'CN',
  destination: 'DE',
  contents: 'Camera',
  weightGrams: 900,
  declaredValue: { minorUnits: 500000, currency: 'CNY' },
  shippingCost: { minorUnits: 9000, currency: 'CNY' },
};

let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  app = buildApp(
    createClaimsService({ store: inMemoryEventStore(), clock: () => '2026-11-24T12:00:00.000Z' }),
  );
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
});
afterAll(async () => {
  await app.close();
});

/** Reads a field path out of parsed JSON without trusting its shape. */
const get = (value: unknown, ...keys: (string | number)[]): unknown =>
  keys.reduce<unknown>(
    (at, key) => (typeof at === 'object' && at !== null ? Reflect.get(at, key) : undefined),
    value,
  );

const post = async (type: string, body: unknown) => {
  const response = await fetch(`${base}/commands/${type}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
};

describe('the HTTP service over loopback', () => {
  it('answers 200 with the events a command wrote', async () => {
    expect(await post('BookParcel', booking)).toEqual({
      status: 200,
      body: {
        outcome: 'accepted',
        revision: '0',
        position: '1',
        events: [
          {
            type: 'ParcelBooked',
            data: {
              at: '2026-01-05T02:00:00.000Z',
              commandId: id(1),
              parcelId,
              sellerId: 'seller-1',
              forwarderId: 'forwarder-1',
              origin: 'CN',
              destination: 'DE',
              contents: 'Camera',
              weightGrams: 900,
              declaredValue: { minorUnits: 500000, currency: 'CNY' },
              shippingCost: { minorUnits: 9000, currency: 'CNY' },
            },
          },
        ],
      },
    });
  });

  it('answers a repeated command with the events it wrote the first time', async () => {
    const again = await post('BookParcel', booking);
    expect([
      again.status,
      get(again.body, 'outcome'),
      get(again.body, 'revision'),
      get(again.body, 'events', 0, 'type'),
    ]).toEqual([200, 'already-applied', '0', 'ParcelBooked']);
  });

  it('answers 422 with every invalid JSON path, and stores nothing', async () => {
    const bad = await post('PurchaseInsurance', {
      commandId: id(2),
      now: '2026-01-05T02:01:00.000Z',
      actor: { role: 'seller', id: 'seller-1' },
      parcelId,
      insurerId: 'insurer-1',
      policy: { id: 'parcel-standard', version: 1 },
      insuredValue: { minorUnits: -5, currency: 'CNY' },
      valueBasis: 'invoice',
      coversShippingCost: 'yes',
      premium: { minorUnits: 5000, currency: 'CNY' },
      payerCalendar: 'cn-mainland',
    });
    expect(bad).toEqual({
      status: 422,
      body: {
        outcome: 'invalid',
        error: {
          code: 'DecodeError',
          subject: 'command PurchaseInsurance',
          problems: [
            { path: '$.data.insuredValue.minorUnits', expected: 'MinorUnits', found: '-5' },
            { path: '$.data.coversShippingCost', expected: 'boolean', found: '"yes"' },
          ],
          message:
            'invalid command PurchaseInsurance: $.data.insuredValue.minorUnits: expected MinorUnits, found -5; ' +
            '$.data.coversShippingCost: expected boolean, found "yes"',
        },
      },
    });
    const history = await fetch(`${base}/parcels/${parcelId}/history`);
    const records = await history.json();
    expect([get(records, 'length'), get(records, 0, 'event', 'type')]).toEqual([1, 'ParcelBooked']);
  });

  it('answers 409 with the rule when a command is refused', async () => {
    const early = await post('OpenInquiry', {
      commandId: id(3),
      now: '2026-01-06T02:00:00.000Z',
      actor: { role: 'seller', id: 'seller-1' },
      parcelId,
      claimId: 'claim-1',
      claimType: 'loss',
    });
    expect(early).toEqual({
      status: 409,
      body: {
        outcome: 'rejected',
        rejection: {
          code: 'ParcelNotInsured',
          rule: 'R3',
          parcelId,
          message: `R3 insured before dispatch: parcel ${parcelId} has no insurance`,
        },
      },
    });
  });

  it('answers 422 for an unknown command type and 400 for a body that is not JSON', async () => {
    expect((await post('CancelEverything', {})).status).toBe(422);
    const notJson = await fetch(`${base}/commands/BookParcel`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"broken"',
    });
    expect(notJson.status).toBe(400);
  });

  it('serves the parcel state and 404 for an unknown parcel', async () => {
    const parcel = await fetch(`${base}/parcels/${parcelId}`);
    expect([parcel.status, get(await parcel.json(), 'booking', 'contents')]).toEqual([200, 'Camera']);
    const unknown = await fetch(`${base}/parcels/NOPE-1`);
    expect([unknown.status, await unknown.json()]).toEqual([
      404,
      { outcome: 'not-found', parcelId: 'NOPE-1' },
    ]);
  });
});
