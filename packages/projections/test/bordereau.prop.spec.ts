import { type ClaimEvent, instantFromMillis } from '@parcel-claims/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BordereauLine,
  bordereauCsv,
  bordereauLines,
  bordereauTotals,
  claimsBordereau,
} from '../src/index.js';
import { arbParcelLog, type ParcelHistory, storeOf } from './support/parcel-log.js';
import { project } from './support/project.js';

interface Folded {
  insurerId: string | null;
  currency: string;
  months: Set<string>;
  opened: boolean;
  approved: { at: string; minorUnits: number } | null;
  paid: { at: string; minorUnits: number } | null;
  endedAt: string | null;
  recovered: { at: string; minorUnits: number }[];
}

/**
 * Per currency, the paid, outstanding and recovered sums of one insurer's month, folded straight from each
 * parcel's events: the independent account the bordereau is checked against.
 */
const foldedTotals = (parcels: readonly ParcelHistory[], insurerId: string, month: string) => {
  const claims: Folded[] = [];
  for (const parcel of parcels) {
    let insurer: string | null = null;
    let currency = '';
    const byId = new Map<string, Folded>();
    const touch = (event: ClaimEvent & { data: { claimId: string } }) => byId.get(event.data.claimId);
    for (const event of parcel.events) {
      if (event.type === 'ParcelBooked') currency = event.data.goodsValue.currency;
      if (event.type === 'InsurancePurchased') {
        insurer = event.data.insurerId;
        currency = event.data.insuredValue.currency;
      }
      if (event.type === 'InquiryOpened') {
        const claim: Folded = {
          insurerId: insurer,
          currency,
          months: new Set(),
          opened: false,
          approved: null,
          paid: null,
          endedAt: null,
          recovered: [],
        };
        byId.set(event.data.claimId, claim);
        claims.push(claim);
        claim.months.add(event.data.at.slice(0, 7));
      }
      if (event.type === 'ClaimSubmitted') {
        const claim = touch(event);
        if (claim !== undefined && !claim.opened) {
          claim.opened = true;
          claim.months.add(event.data.at.slice(0, 7));
        }
      }
      if (event.type === 'ClaimAccepted' || event.type === 'ClaimRejected') {
        const claim = touch(event);
        claim?.months.add(event.data.at.slice(0, 7));
        if (claim !== undefined)
          claim.approved =
            event.type === 'ClaimAccepted'
              ? { at: event.data.at, minorUnits: event.data.approvedAmount.minorUnits }
              : null;
      }
      if (event.type === 'ClaimReopened') {
        const claim = touch(event);
        if (claim !== undefined) claim.approved = null;
      }
      if (event.type === 'ClaimPaid') {
        const claim = touch(event);
        claim?.months.add(event.data.at.slice(0, 7));
        if (claim !== undefined) claim.paid = { at: event.data.at, minorUnits: event.data.amount.minorUnits };
      }
      if (event.type === 'RecoveryReceived' || event.type === 'ClaimRepaid') {
        const claim = touch(event);
        claim?.recovered.push({ at: event.data.at, minorUnits: event.data.amount.minorUnits });
      }
      if (event.type === 'ClaimWithdrawn' || event.type === 'ClaimLapsed') {
        const claim = touch(event);
        if (claim !== undefined) claim.endedAt = event.data.at;
      }
    }
  }
  const totals = new Map<string, { paid: number; outstanding: number; recovered: number }>();
  for (const claim of claims) {
    if (claim.insurerId !== insurerId || !claim.months.has(month)) continue;
    const total = totals.get(claim.currency) ?? { paid: 0, outstanding: 0, recovered: 0 };
    const paid = claim.paid !== null && claim.paid.at.slice(0, 7) <= month ? claim.paid.minorUnits : 0;
    const approved =
      claim.approved !== null && claim.approved.at.slice(0, 7) <= month ? claim.approved.minorUnits : 0;
    const ended = claim.endedAt !== null && claim.endedAt.slice(0, 7) <= month;
    totals.set(claim.currency, {
      paid: total.paid + paid,
      outstanding: total.outstanding + (ended || paid > 0 ? 0 : approved),
      recovered:
        total.recovered +
        claim.recovered.filter((r) => r.at.slice(0, 7) <= month).reduce((sum, r) => sum + r.minorUnits, 0),
    });
  }
  return totals;
};

const arbMonth = fc.integer({ min: 1, max: 9 }).map((m) => `2026-${String(m).padStart(2, '0')}`);

describe('the claims bordereau', () => {
  it('totals, per insurer, month and currency, what a fold of the same events pays and leaves outstanding', async () => {
    await fc.assert(
      fc.asyncProperty(arbParcelLog, arbMonth, async ({ parcels, log }, month) => {
        const bordereau = await project(await storeOf(log), claimsBordereau);
        const insurers = new Set(
          parcels.flatMap((p) =>
            p.events.flatMap((e) => (e.type === 'InsurancePurchased' ? [e.data.insurerId] : [])),
          ),
        );
        for (const insurerId of insurers) {
          const totals = bordereauTotals(bordereauLines(bordereau, insurerId, month));
          const folded = foldedTotals(parcels, insurerId, month);
          expect(
            totals
              .map((t) => [t.currency, t.paidMinorUnits, t.outstandingMinorUnits, t.recoveredMinorUnits])
              .sort(),
          ).toEqual(
            [...folded].map(([currency, t]) => [currency, t.paid, t.outstanding, t.recovered]).sort(),
          );
        }
      }),
      { numRuns: 40 },
    );
  });

  it('writes RFC 4180 CSV: CRLF lines, quoted fields with doubled quotes, amounts exact to the minor unit', () => {
    const line = {
      certificate: 'TSS-2026-000042',
      claimId: 'claim "A", 1',
      claimType: 'loss',
      lossDate: '2026-02-03',
      firstAdviceAt: instantFromMillis(Date.UTC(2026, 1, 3, 2)),
      openedAt: null,
      decidedAt: null,
      paidAt: null,
      paidMinorUnits: 1_234_567,
      outstandingMinorUnits: 5,
      recoveredMinorUnits: 0,
      originalCurrency: 'CNY',
      settlementCurrency: 'BHD',
    } satisfies BordereauLine;
    expect(
      bordereauCsv([line, { ...line, claimId: 'c2', settlementCurrency: 'JPY', paidMinorUnits: 1200 }]),
    ).toBe(
      'certificate,claim_id,claim_type,date_of_loss,first_advice,opened,decided,paid_at,paid,outstanding,recovered,original_currency,settlement_currency\r\n' +
        'TSS-2026-000042,"claim ""A"", 1",loss,2026-02-03,2026-02-03T02:00:00.000Z,,,,1234.567,0.005,0.000,CNY,BHD\r\n' +
        'TSS-2026-000042,c2,loss,2026-02-03,2026-02-03T02:00:00.000Z,,,,1200,5,0,CNY,JPY\r\n',
    );
  });
});
