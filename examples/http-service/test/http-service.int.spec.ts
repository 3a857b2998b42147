import { openPostgresStore } from '@parcel-claims/postgres';
import { createClaimsService } from '@parcel-claims/service';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, claimReadModels } from '../src/index.js';

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
  goodsValue: { minorUnits: 500000, currency: 'CNY' },
  valueBasis: 'invoice',
  customsValue: { minorUnits: 500000, currency: 'CNY' },
  carriageValue: null,
  shippingCost: { minorUnits: 9000, currency: 'CNY' },
  pieces: [
    {
      pieceId: 'P1',
      description: 'Camera',
      goodsValue: { minorUnits: 500000, currency: 'CNY' },
      weightGrams: 900,
    },
  ],
};

// Each run gets its own schema on the PostgreSQL server, dropped afterwards.
const schema = `http_example_${Math.floor(Math.random() * 1e9)}`;
// The PostgreSQL server the integration tests use; override with PARCEL_CLAIMS_TEST_PG_URL.
const pgUrl = process.env.PARCEL_CLAIMS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const opened = await openPostgresStore(pgUrl, { schema });
let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  const service = createClaimsService({ store: opened.store, clock: () => '2026-11-24T12:00:00.000Z' });
  app = buildApp(service, await claimReadModels(opened.store, opened.executor, schema));
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
});
afterAll(async () => {
  await app.close();
  // The name is generated above from digits, so it is a safe identifier.
  await opened.executor.query(`DROP SCHEMA ${schema} CASCADE`);
  await opened.close();
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
              goodsValue: { minorUnits: 500000, currency: 'CNY' },
              valueBasis: 'invoice',
              customsValue: { minorUnits: 500000, currency: 'CNY' },
              carriageValue: null,
              shippingCost: { minorUnits: 9000, currency: 'CNY' },
              pieces: [
                {
                  pieceId: 'P1',
                  description: 'Camera',
                  goodsValue: { minorUnits: 500000, currency: 'CNY' },
                  weightGrams: 900,
                },
              ],
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

  it('answers 422 when a command id already used is sent with other content, on this parcel or another, and stores nothing', async () => {
    const reusedMessage = (parcel: string) =>
      `Command id ${id(1)} was already used for another command; parcel ${parcel} is unchanged. A retry must repeat the command exactly; a new command needs a new id.`;
    expect(await post('BookParcel', { ...booking, contents: 'Two cameras' })).toEqual({
      status: 422,
      body: { outcome: 'command-id-reused', parcelId, commandId: id(1), message: reusedMessage(parcelId) },
    });
    const elsewhere = await post('BookParcel', { ...booking, parcelId: 'HTTP-0002' });
    expect(elsewhere).toEqual({
      status: 422,
      body: {
        outcome: 'command-id-reused',
        parcelId: 'HTTP-0002',
        commandId: id(1),
        message: reusedMessage('HTTP-0002'),
      },
    });
    expect(JSON.stringify(elsewhere)).not.toContain(parcelId);
    const history = await fetch(`${base}/parcels/${parcelId}/history`);
    expect(get(await history.json(), 'length')).toBe(1);
    expect((await fetch(`${base}/parcels/HTTP-0002`)).status).toBe(404);
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
      rates: [],
    });
    expect(bad).toEqual({
      status: 422,
      body: {
        outcome: 'invalid',
        error: {
          code: 'DecodeError',
          subject: 'command PurchaseInsurance',
          omitted: 0,
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
      pieceIds: null,
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

  it('answers 409 with T1 for a command dated ahead of the service clock, 422 for one the calendar cannot reach', async () => {
    const scan = (n: number, now: string) => ({
      commandId: id(n),
      now,
      actor: { role: 'carrier', id: 'carrier-1' },
      parcelId,
      scannedAt: '2026-01-06T08:00:00.000Z',
      location: 'Leipzig',
      description: 'Arrived',
    });
    expect(await post('RecordTrackingUpdate', scan(90, '2027-01-01T00:00:00.000Z'))).toEqual({
      status: 409,
      body: {
        outcome: 'rejected',
        rejection: {
          code: 'CommandAheadOfClock',
          rule: 'T1',
          now: '2027-01-01T00:00:00.000Z',
          clock: '2026-11-24T12:00:00.000Z',
          toleranceMs: 300_000,
          message:
            'T1 command not ahead of the clock: command time 2027-01-01T00:00:00.000Z is later than the service' +
            ' clock 2026-11-24T12:00:00.000Z plus the tolerance of 300000 ms',
        },
      },
    });
    const farFuture = await post('RecordTrackingUpdate', scan(91, '9999-01-01T00:00:00.000Z'));
    expect([farFuture.status, get(farFuture.body, 'error', 'problems')]).toEqual([
      422,
      [
        {
          path: '$.data.now',
          expected: 'CommandTime (an instant in the years 1970 to 8999)',
          found: '"9999-01-01T00:00:00.000Z"',
        },
      ],
    ]);
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

  it('answers 413 naming the limit and the size for a body over 65,536 bytes, before parsing it', async () => {
    const text = JSON.stringify({ ...booking, contents: 'x'.repeat(70_000) });
    const response = await fetch(`${base}/commands/BookParcel`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: text,
    });
    const problem = {
      path: '$.data',
      expected: 'at most 65,536 bytes of JSON',
      found: `${Buffer.byteLength(text).toLocaleString('en-US')} bytes`,
    };
    expect({ status: response.status, body: await response.json() }).toEqual({
      status: 413,
      body: {
        outcome: 'invalid',
        error: {
          code: 'DecodeError',
          subject: 'command',
          problems: [problem],
          omitted: 0,
          message: `invalid command: ${problem.path}: expected ${problem.expected}, found ${problem.found}`,
        },
      },
    });
  });

  it('answers 422 at the 17th level for a body of 30,000 nested arrays', async () => {
    const text = `${'['.repeat(30_000)}${']'.repeat(30_000)}`;
    const response = await fetch(`${base}/commands/BookParcel`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: text,
    });
    expect([response.status, get(await response.json(), 'error', 'problems')]).toEqual([
      422,
      [
        {
          path: `$.data${'[0]'.repeat(15)}`,
          expected: 'at most 16 levels of nesting',
          found: 'more than 16 levels',
        },
      ],
    ]);
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

const envelope = (n: number, now: string, role: string) => ({
  commandId: id(n),
  now,
  actor: { role, id: `${role}-1` },
  parcelId,
});
const attach = (n: number, now: string, documentType: string) => ({
  ...envelope(n, now, 'forwarder'),
  claimId: 'claim-1',
  documentType,
  reference: `docs/${documentType}.pdf`,
  contentHash: `sha256:${String(n).padStart(64, '0')}`,
});

describe('the read models over HTTP', () => {
  it('follows a claim from inquiry to acceptance on the board, the document list and the payout watch', async () => {
    const steps: [string, unknown][] = [
      [
        'PurchaseInsurance',
        {
          ...envelope(10, '2026-01-05T02:01:00.000Z', 'seller'),
          insurerId: 'insurer-1',
          policy: { id: 'parcel-standard', version: 1 },
          insuredValue: { minorUnits: 500000, currency: 'CNY' },
          valueBasis: 'invoice',
          coversShippingCost: false,
          premium: { minorUnits: 5000, currency: 'CNY' },
          payerCalendar: 'cn-mainland',
          rates: [],
        },
      ],
      ['RecordHubArrival', { ...envelope(11, '2026-01-05T09:00:00.000Z', 'forwarder'), hubId: 'hub-1' }],
      [
        'ShipParcel',
        {
          ...envelope(12, '2026-01-05T14:00:00.000Z', 'forwarder'),
          hubId: 'hub-1',
          cargoReference: 'MAWB 1',
        },
      ],
      [
        'HandOverToCarrier',
        {
          ...envelope(13, '2026-01-06T02:00:00.000Z', 'forwarder'),
          carrierId: 'carrier-1',
          trackingNumber: 'TN1',
          boxes: [{ pieceId: 'P1', airBoxNumber: 'AB1', customsBoxNumber: 'CB1' }],
        },
      ],
      [
        'OpenInquiry',
        {
          ...envelope(14, '2026-01-20T02:00:00.000Z', 'seller'),
          claimId: 'claim-1',
          claimType: 'loss',
          pieceIds: null,
        },
      ],
      ['AttachDocument', attach(15, '2026-01-20T03:00:00.000Z', 'outbound-record')],
    ];
    for (const [type, body] of steps) expect([type, (await post(type, body)).status]).toEqual([type, 200]);

    const board = await (await fetch(`${base}/claims`)).json();
    expect([get(board, 'length'), get(board, 0, 'claimId'), get(board, 0, 'status')]).toEqual([
      1,
      'claim-1',
      'gathering-documents',
    ]);

    const outstanding = await (
      await fetch(`${base}/documents/outstanding?asOf=2026-02-20T00:00:00.000Z`)
    ).json();
    expect(
      [0, 1, 2, 3].map((i) => [get(outstanding, i, 'documentType'), get(outstanding, i, 'overdue')]),
    ).toEqual([
      ['proof-of-value', true],
      ['buyer-dispute-evidence', true],
      ['proof-of-handover', false],
      ['loss-confirmation', false],
    ]);

    const more: [string, unknown][] = [
      ['AttachDocument', attach(16, '2026-01-20T03:10:00.000Z', 'proof-of-handover')],
      ['AttachDocument', attach(17, '2026-01-21T03:00:00.000Z', 'proof-of-value')],
      ['AttachDocument', attach(18, '2026-01-21T04:00:00.000Z', 'buyer-dispute-evidence')],
      [
        'ConfirmLoss',
        {
          ...envelope(19, '2026-02-09T02:00:00.000Z', 'forwarder'),
          claimId: 'claim-1',
          carrierId: 'carrier-1',
          reference: 'docs/loss.pdf',
          contentHash: `sha256:${'b'.repeat(64)}`,
        },
      ],
      ['SubmitClaim', { ...envelope(20, '2026-02-09T03:00:00.000Z', 'forwarder'), claimId: 'claim-1' }],
      [
        'AcceptClaim',
        {
          ...envelope(21, '2026-02-13T02:00:00.000Z', 'insurer'),
          claimId: 'claim-1',
          provenValue: { minorUnits: 480000, currency: 'CNY' },
          approvedAmount: { minorUnits: 480000, currency: 'CNY' },
          carrierSettlement: null,
          salvageValue: null,
          rates: [],
          partialReason: null,
          payee: { role: 'seller', partyId: 'seller-1' },
          method: 'bank-transfer',
        },
      ],
    ];
    for (const [type, body] of more) expect([type, (await post(type, body)).status]).toEqual([type, 200]);

    const accepted = await (await fetch(`${base}/claims`)).json();
    expect([
      get(accepted, 0, 'pieceIds'),
      get(accepted, 0, 'goodsValue'),
      get(accepted, 0, 'breakdown', 'limit'),
      get(accepted, 0, 'breakdown', 'cap'),
    ]).toEqual([
      ['P1'],
      { minorUnits: 500000, currency: 'CNY' },
      { minorUnits: 480000, currency: 'CNY' },
      { minorUnits: 480000, currency: 'CNY' },
    ]);

    const awaiting = await (await fetch(`${base}/payouts?asOf=2026-02-26T00:00:00.000Z`)).json();
    expect([get(awaiting, 'length'), get(awaiting, 0, 'claimId'), get(awaiting, 0, 'overdue')]).toEqual([
      1,
      'claim-1',
      true,
    ]);
    expect(await (await fetch(`${base}/payouts/sla`)).json()).toEqual({
      paidClaims: 0,
      paidWithinDue: 0,
      shareWithinDue: null,
    });
    const seller = await (await fetch(`${base}/sellers/seller-1`)).json();
    expect(get(seller, 'claims')).toBe(1);
    expect((await fetch(`${base}/carriers/nobody`)).status).toBe(404);
  });

  it('answers 422 for an asOf that is not an instant', async () => {
    const response = await fetch(`${base}/payouts?asOf=tomorrow`);
    expect([response.status, await response.json()]).toEqual([
      422,
      { outcome: 'invalid', path: '$.query.asOf', expected: 'an ISO 8601 UTC instant' },
    ]);
  });
});
