import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  type ClaimEvent,
  CommandTime,
  type DecodeError,
  decodeClaimCommand,
  decodeClaimEvent,
} from '../../src/index.js';
import { CLAIM, cid, hash, PARCEL, parties } from '../support/builders.js';
import { foundingStory } from '../support/founding-story.js';
import { run } from '../support/spec.js';
import { commandSamples } from './command-samples.js';
import { type Json, jsonOf, kindOf, leavesOf, setAt } from './json.js';

const commandTime = CommandTime.name;

/** The whole DecodeError for the given problems, with the message the decoders write. */
const decodeError = (
  subject: string,
  problems: readonly { path: string; expected: string; found: string }[],
): DecodeError => ({
  code: 'DecodeError',
  subject,
  problems,
  omitted: 0,
  message: `invalid ${subject}: ${problems.map((p) => `${p.path}: expected ${p.expected}, found ${p.found}`).join('; ')}`,
});

const envelope = {
  commandId: cid(1),
  now: '2026-02-24T06:00:00.000Z',
  actor: { role: 'insurer', id: parties.insurer },
  parcelId: PARCEL,
};
const payClaim = {
  type: 'PayClaim',
  data: {
    ...envelope,
    claimId: CLAIM,
    amount: { minorUnits: 300000, currency: 'CNY' },
    paymentReference: 'PAY-2026-0001',
    payee: { role: 'seller', partyId: 'seller-a' },
    method: 'bank-transfer',
  },
};
const withData = (data: object) => ({ ...payClaim, data: { ...payClaim.data, ...data } });

const eventTypes =
  'ParcelBooked, InsurancePurchased, ParcelPickedUp, ParcelReceivedAtHub, ParcelShipped, ' +
  'ParcelHandedToCarrier, TrackingUpdated, ParcelDelivered, InquiryOpened, DocumentAttached, ' +
  'DocumentRejected, DocumentDeadlineExtended, LossConfirmed, ClaimSubmitted, InformationRequested, ' +
  'InformationProvided, ClaimAccepted, ClaimRejected, ClaimReopened, ClaimPaid, PayoutOverdue, DecisionOverdue, ' +
  'ClaimLapsed, ClaimWithdrawn, CarrierNotified, CarrierNoticeMissed, CarrierLiabilityAssessed, RecoveryFiled, ' +
  'RecoveryReceived, RecoveryClosed, ParcelFoundAfterPayout, ClaimRepaid, GoodsSurrendered, SalvageElectionOverdue, ' +
  'DelegationGranted, DelegationRevoked';
const commandTypes =
  'BookParcel, PurchaseInsurance, RecordPickup, RecordHubArrival, ShipParcel, HandOverToCarrier, ' +
  'RecordTrackingUpdate, RecordDelivery, OpenInquiry, AttachDocument, RejectDocument, ' +
  'ExtendDocumentDeadline, ConfirmLoss, SubmitClaim, RequestInformation, AnswerInformationRequest, ' +
  'AcceptClaim, RejectClaim, AppealRejection, PayClaim, WithdrawClaim, ' +
  'CheckDeadlines, GrantDelegation, RevokeDelegation, NotifyCarrier, AssessCarrierLiability, ' +
  'FileRecovery, RecordRecovery, CloseRecovery, ElectSalvage';

const foundingEvents = run(foundingStory);
const foundingEvent = (type: ClaimEvent['type']): Json => {
  const found = foundingEvents.find((e) => e.type === type);
  if (found === undefined) throw new Error(`the founding story has no ${type}`);
  return jsonOf(found);
};

describe('input that is not a tagged object', () => {
  it.each([
    [42, '42'],
    ['PayClaim', '"PayClaim"'],
    [true, 'true'],
    [null, 'null'],
    [[payClaim], `${`[${JSON.stringify(payClaim)}]`.slice(0, 57)}...`],
    [undefined, 'nothing'],
  ])('%j is refused at $', (input, found) => {
    expect(decodeClaimCommand(input)).toEqual(
      E.left(decodeError('command', [{ path: '$', expected: 'an object { type, data }', found }])),
    );
  });

  it('names the event shape for events', () => {
    expect(decodeClaimEvent('ClaimPaid')).toEqual(
      E.left(
        decodeError('event', [{ path: '$', expected: 'an object { type, data }', found: '"ClaimPaid"' }]),
      ),
    );
  });
});

describe('an unknown type', () => {
  it('lists every command type at $.type', () => {
    expect(decodeClaimCommand({ ...payClaim, type: 'PayClaims' })).toEqual(
      E.left(
        decodeError('command', [
          { path: '$.type', expected: `one of ${commandTypes}`, found: '"PayClaims"' },
        ]),
      ),
    );
  });

  it('lists every event type at $.type', () => {
    expect(decodeClaimEvent({ type: 'ParcelLost', data: {} })).toEqual(
      E.left(
        decodeError('event', [{ path: '$.type', expected: `one of ${eventTypes}`, found: '"ParcelLost"' }]),
      ),
    );
  });

  it('reports a missing type as nothing', () => {
    expect(decodeClaimCommand({ data: payClaim.data })).toEqual(
      E.left(
        decodeError('command', [{ path: '$.type', expected: `one of ${commandTypes}`, found: 'nothing' }]),
      ),
    );
  });

  it('does not take a command type for an event type, nor an inherited property name', () => {
    expect(decodeClaimEvent(payClaim)).toEqual(
      E.left(
        decodeError('event', [{ path: '$.type', expected: `one of ${eventTypes}`, found: '"PayClaim"' }]),
      ),
    );
    expect(decodeClaimCommand({ ...payClaim, type: 'toString' })).toEqual(
      E.left(
        decodeError('command', [{ path: '$.type', expected: `one of ${commandTypes}`, found: '"toString"' }]),
      ),
    );
  });
});

describe('a field of a known type', () => {
  it('missing: reported at its path as nothing', () => {
    const { claimId: _claimId, ...data } = payClaim.data;
    expect(decodeClaimCommand({ type: 'PayClaim', data })).toEqual(
      E.left(
        decodeError('command PayClaim', [{ path: '$.data.claimId', expected: 'ClaimId', found: 'nothing' }]),
      ),
    );
  });

  it('fractional money', () => {
    expect(decodeClaimCommand(withData({ amount: { minorUnits: 12.5, currency: 'CNY' } }))).toEqual(
      E.left(
        decodeError('command PayClaim', [
          { path: '$.data.amount.minorUnits', expected: 'MinorUnits', found: '12.5' },
        ]),
      ),
    );
  });

  it('money as a numeric string', () => {
    expect(decodeClaimCommand(withData({ amount: { minorUnits: '300000', currency: 'CNY' } }))).toEqual(
      E.left(
        decodeError('command PayClaim', [
          { path: '$.data.amount.minorUnits', expected: 'MinorUnits', found: '"300000"' },
        ]),
      ),
    );
  });

  it('a lower-case currency', () => {
    expect(decodeClaimCommand(withData({ amount: { minorUnits: 300000, currency: 'cny' } }))).toEqual(
      E.left(
        decodeError('command PayClaim', [
          { path: '$.data.amount.currency', expected: 'CurrencyCode', found: '"cny"' },
        ]),
      ),
    );
  });

  it('an instant on a day that does not exist', () => {
    expect(decodeClaimCommand(withData({ now: '2026-02-30T00:00:00Z' }))).toEqual(
      E.left(
        decodeError('command PayClaim', [
          { path: '$.data.now', expected: commandTime, found: '"2026-02-30T00:00:00Z"' },
        ]),
      ),
    );
  });

  it('an instant with an offset instead of Z', () => {
    expect(decodeClaimCommand(withData({ now: '2026-02-24T14:00:00+08:00' }))).toEqual(
      E.left(
        decodeError('command PayClaim', [
          { path: '$.data.now', expected: commandTime, found: '"2026-02-24T14:00:00+08:00"' },
        ]),
      ),
    );
  });

  it('a content hash in upper case', () => {
    const attach = {
      type: 'AttachDocument',
      data: {
        ...envelope,
        actor: { role: 'forwarder', id: parties.forwarder },
        claimId: CLAIM,
        documentType: 'outbound-record',
        reference: 'dossier/outbound-record.pdf',
        contentHash: hash(9).toUpperCase(),
      },
    };
    expect(decodeClaimCommand(attach)).toEqual(
      E.left(
        decodeError('command AttachDocument', [
          // 73 characters of JSON, shortened to the first 57 and an ellipsis.
          { path: '$.data.contentHash', expected: 'ContentHash', found: `"SHA256:${'0'.repeat(49)}...` },
        ]),
      ),
    );
  });

  it('a content hash that is too short', () => {
    const event = setAt(foundingEvent('LossConfirmed'), ['data', 'contentHash'], 'sha256:abc');
    expect(decodeClaimEvent(event)).toEqual(
      E.left(
        decodeError('event LossConfirmed', [
          { path: '$.data.contentHash', expected: 'ContentHash', found: '"sha256:abc"' },
        ]),
      ),
    );
  });

  it('an element of an array, by its index', () => {
    const event = setAt(
      foundingEvent('InquiryOpened'),
      ['data', 'requiredDocuments', 2, 'owedBy'],
      'insurer',
    );
    expect(decodeClaimEvent(event)).toEqual(
      E.left(
        decodeError('event InquiryOpened', [
          {
            path: '$.data.requiredDocuments[2].owedBy',
            expected: '"seller" | "forwarder" | "carrier"',
            found: '"insurer"',
          },
        ]),
      ),
    );
  });

  it('a deadline basis that is neither working nor calendar days, at the union', () => {
    const event = setAt(foundingEvent('ClaimSubmitted'), ['data', 'decisionDue', 'basis', 'unit'], 'hours');
    expect(decodeClaimEvent(event)).toEqual(
      E.left(
        decodeError('event ClaimSubmitted', [
          {
            path: '$.data.decisionDue.basis',
            expected:
              '({ unit: "working-days", count: PositiveInteger } | { unit: "calendar-days", count: PositiveInteger })',
            found: '{"unit":"hours","count":10}',
          },
        ]),
      ),
    );
  });

  it('a value that JSON cannot hold is described by its kind', () => {
    expect(decodeClaimCommand(withData({ claimId: Symbol('claim') }))).toEqual(
      E.left(
        decodeError('command PayClaim', [{ path: '$.data.claimId', expected: 'ClaimId', found: 'symbol' }]),
      ),
    );
  });

  it('a long value is shortened to 60 characters', () => {
    // Within the 128 characters a claim id may have, but not an id: it starts with a space.
    const long = ` ${'x'.repeat(100)}`;
    expect(decodeClaimCommand(withData({ claimId: long }))).toEqual(
      E.left(
        decodeError('command PayClaim', [
          { path: '$.data.claimId', expected: 'ClaimId', found: `" ${'x'.repeat(55)}...` },
        ]),
      ),
    );
  });

  it('a value longer than its field takes is described by its length and the limit', () => {
    expect(decodeClaimCommand(withData({ claimId: 'x'.repeat(200) }))).toEqual(
      E.left(
        decodeError('command PayClaim', [
          { path: '$.data.claimId', expected: 'ClaimId of at most 128 characters', found: '200 characters' },
        ]),
      ),
    );
  });
});

describe('several problems in one input', () => {
  it('lists each problem once, in the order of the fields', () => {
    const input = withData({
      now: '2026-02-30T00:00:00Z',
      actor: { role: 'customer', id: parties.seller },
      claimId: undefined,
      amount: { minorUnits: 12.5, currency: 'cny' },
      paymentReference: '   ',
    });
    expect(decodeClaimCommand(input)).toEqual(
      E.left(
        decodeError('command PayClaim', [
          { path: '$.data.now', expected: commandTime, found: '"2026-02-30T00:00:00Z"' },
          {
            path: '$.data.actor.role',
            expected: '"seller" | "forwarder" | "carrier" | "insurer" | "system"',
            found: '"customer"',
          },
          { path: '$.data.claimId', expected: 'ClaimId', found: 'nothing' },
          { path: '$.data.amount.minorUnits', expected: 'MinorUnits', found: '12.5' },
          { path: '$.data.amount.currency', expected: 'CurrencyCode', found: '"cny"' },
          { path: '$.data.paymentReference', expected: 'NonEmptyText', found: '"   "' },
        ]),
      ),
    );
  });
});

/**
 * Any JSON value of another kind than the one given. A null leaf is a nullable field, whose other
 * member is an object or an array: only scalars are wrong there whatever that member is.
 */
const wrongKindFor = (value: Json): fc.Arbitrary<Json> =>
  fc
    .oneof(
      fc.string(),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.integer(), { maxLength: 3 }),
      fc.dictionary(fc.string(), fc.integer(), { maxKeys: 3 }),
    )
    .filter((replacement) => kindOf(replacement) !== kindOf(value))
    .filter((replacement) => value !== null || typeof replacement !== 'object' || replacement === null);

describe('any one leaf of a valid command replaced by a value of the wrong kind', () => {
  it('is refused with exactly one problem, at that leaf', () => {
    const broken = fc.constantFrom(...commandSamples).chain((sample) => {
      const json = jsonOf(sample);
      return fc
        .constantFrom(...leavesOf(json))
        .chain((leaf) => wrongKindFor(leaf.value).map((replacement) => ({ json, leaf, replacement })));
    });
    fc.assert(
      fc.property(broken, ({ json, leaf, replacement }) => {
        const decoded = decodeClaimCommand(setAt(json, leaf.segments, replacement));
        expect(E.isLeft(decoded) ? decoded.left.problems.map((p) => p.path) : decoded.right).toEqual([
          leaf.path,
        ]);
      }),
    );
  });

  it('holds for events too; a bad tag of the deadline basis or deductible union is reported at the union', () => {
    const events = run(foundingStory);
    const broken = fc.constantFrom(...events).chain((sample) => {
      const json = jsonOf(sample);
      return fc
        .constantFrom(...leavesOf(json))
        .chain((leaf) => wrongKindFor(leaf.value).map((replacement) => ({ json, leaf, replacement })));
    });
    fc.assert(
      fc.property(broken, ({ json, leaf, replacement }) => {
        const decoded = decodeClaimEvent(setAt(json, leaf.segments, replacement));
        const expected = leaf.path.endsWith('.basis.unit')
          ? leaf.path.slice(0, -'.unit'.length)
          : leaf.path.endsWith('deductible.kind') || leaf.path.endsWith('deductible.rule.kind')
            ? leaf.path.slice(0, -'.kind'.length)
            : leaf.path;
        expect(E.isLeft(decoded) ? decoded.left.problems.map((p) => p.path) : decoded.right).toEqual([
          expected,
        ]);
      }),
    );
  });

  it('the samples have the leaves the property walks', () => {
    const sample = commandSamples.find((c) => c.type === 'PayClaim');
    expect(sample === undefined ? [] : leavesOf(jsonOf(sample)).map((l) => l.path)).toEqual([
      '$.type',
      '$.data.commandId',
      '$.data.now',
      '$.data.actor.role',
      '$.data.actor.id',
      '$.data.parcelId',
      '$.data.claimId',
      '$.data.amount.minorUnits',
      '$.data.amount.currency',
      '$.data.paymentReference',
      '$.data.payee.role',
      '$.data.payee.partyId',
      '$.data.method',
    ]);
  });
});

/*
 * io-ts puts the index of the union member it tried into the validation context. That index is not
 * in the JSON, so it must not appear in the path (it once did: `$.data.decisionDue.basis[0].count`).
 */
describe('a problem inside a union member', () => {
  it('is reported at its JSON path, without the index of the union member', () => {
    const event = setAt(foundingEvent('ClaimSubmitted'), ['data', 'decisionDue', 'basis', 'count'], 0);
    expect(decodeClaimEvent(event)).toEqual(
      E.left(
        decodeError('event ClaimSubmitted', [
          { path: '$.data.decisionDue.basis.count', expected: 'PositiveInteger', found: '0' },
        ]),
      ),
    );
  });

  it('is reported at its JSON path inside an array element', () => {
    const event = setAt(
      foundingEvent('InquiryOpened'),
      ['data', 'requiredDocuments', 1, 'due', 'basis', 'count'],
      '30',
    );
    expect(decodeClaimEvent(event)).toEqual(
      E.left(
        decodeError('event InquiryOpened', [
          { path: '$.data.requiredDocuments[1].due.basis.count', expected: 'PositiveInteger', found: '"30"' },
        ]),
      ),
    );
  });
});

/*
 * The decoders take `unknown` and promise a Left for bad input. JSON.stringify throws on a BigInt
 * (it once escaped as a TypeError), so a BigInt is described by its kind, as a symbol already is.
 */
describe('a value that JSON.stringify cannot describe', () => {
  it('in a field gives a Left, not an exception', () => {
    expect(decodeClaimCommand(withData({ claimId: 10n }))).toEqual(
      E.left(
        decodeError('command PayClaim', [{ path: '$.data.claimId', expected: 'ClaimId', found: 'bigint' }]),
      ),
    );
  });

  it('as the type gives a Left, not an exception', () => {
    expect(decodeClaimCommand({ ...payClaim, type: 10n })).toEqual(
      E.left(
        decodeError('command', [{ path: '$.type', expected: `one of ${commandTypes}`, found: 'bigint' }]),
      ),
    );
  });
});

describe('a field the shape does not declare', () => {
  it('is refused in a command at its path, not carried into the event', () => {
    expect(decodeClaimCommand(withData({ foo: 'bar' }))).toEqual(
      E.left(
        decodeError('command PayClaim', [{ path: '$.data.foo', expected: 'no such field', found: '"bar"' }]),
      ),
    );
  });

  it('is refused inside a nested value', () => {
    expect(
      decodeClaimCommand(withData({ amount: { minorUnits: 300000, currency: 'CNY', rate: 1 } })),
    ).toEqual(
      E.left(
        decodeError('command PayClaim', [
          { path: '$.data.amount.rate', expected: 'no such field', found: '1' },
        ]),
      ),
    );
  });

  it('is refused in a stored event, beside the envelope', () => {
    const event = { ...jsonObject(foundingEvent('ClaimPaid')), metadata: {} };
    expect(decodeClaimEvent(event)).toEqual(
      E.left(
        decodeError('event ClaimPaid', [{ path: '$.metadata', expected: 'no such field', found: '{}' }]),
      ),
    );
  });
});

function jsonObject(json: Json): { readonly [key: string]: Json } {
  if (typeof json !== 'object' || json === null || isJsonArray(json)) throw new Error('not a JSON object');
  return json;
}

function isJsonArray(json: Json): json is readonly Json[] {
  return Array.isArray(json);
}
