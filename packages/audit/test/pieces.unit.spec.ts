import { type ClaimEvent, decodeClaimEvent } from '@parcel-claims/core';
import { threePieceStory, threePieceStoryParcelId } from '@parcel-claims/core/three-piece-story';
import { inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { createClaimsService } from '@parcel-claims/service';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { checkHistory, formatReplay, renderHtmlReport, replayParcel } from '../src/index.js';

const service = createClaimsService({ store: inMemoryEventStore(), clock: () => '2026-11-24T12:00:00.000Z' });
for (const command of threePieceStory) {
  const result = await service.execute(command);
  if (result.kind !== 'accepted') throw new Error(`story step refused: ${JSON.stringify(result)}`);
}
const replay = replayParcel(await service.history(threePieceStoryParcelId));

describe('the audit of a parcel in pieces, one of them lost', () => {
  it('shows each piece booked and boxed, the pieces delivered and claimed, and the insured share that capped the payout', () => {
    expect(replay.violations).toEqual([]);
    const details = (type: string) => replay.steps.find((step) => step.event.type === type)?.details;
    expect(details('ParcelBooked')).toEqual([
      'parties: seller seller-a, forwarder takesendship',
      'values: goods CNY 10,000.00 (invoice), customs CNY 10,000.00, carriage not declared, shipping CNY 150.00',
      'piece P1: Camera body, goods CNY 6,000.00, 800 g',
      'piece P2: Zoom lens, goods CNY 3,000.00, 600 g',
      'piece P3: Flash unit, goods CNY 1,000.00, 300 g',
    ]);
    expect(details('ParcelHandedToCarrier')).toEqual([
      'piece P1: air box AIRBOX-7101, customs box CUSTOMS-1071',
      'piece P2: air box AIRBOX-7102, customs box CUSTOMS-1072',
      'piece P3: air box AIRBOX-7103, customs box CUSTOMS-1073',
    ]);
    expect(details('ParcelDelivered')).toEqual(['piece(s) delivered: P1, P2']);
    expect(details('InquiryOpened')).toEqual(['piece(s) claimed: P3']);
    expect(details('ClaimAccepted')).toEqual([
      'sum insured CNY 8,999.99',
      'insured share of piece(s) P3: CNY 900.00 (allocated by goods value, largest-remainder)',
      'proven loss CNY 1,000.00, covered shipping CNY 0.00 included',
      'limit CNY 900.00 = min(insured share, proven loss)',
      'deductible none: CNY 0.00',
      'carrier settlement CNY 0.00',
      'salvage CNY 0.00',
      'cap CNY 900.00 = limit − deductible − carrier settlement − salvage, not below zero',
      'payee the seller seller-a, by bank-transfer',
    ]);
    expect(formatReplay(replay).slice(-4)).toEqual([
      'Claim TSS-CLAIM-0107 (partial-loss, piece(s) P3): paid',
      'Approved CNY 900.00 (cap CNY 900.00, sum insured CNY 8,999.99); payout due 2026-03-23',
      'Paid CNY 900.00 on 2026-03-20 14:00',
      'Every rule of the catalogue holds.',
    ]);
  });

  it('the HTML report lists the pieces with their boxes, which arrived, and the claim holding the lost one', () => {
    const html = renderHtmlReport(replay);
    expect(html).toContain(
      '<tr><td>P2</td><td>Zoom lens</td><td>CNY 3,000.00</td><td>600 g</td><td>AIRBOX-7102</td><td>CUSTOMS-1072</td><td>yes</td><td>—</td></tr>',
    );
    expect(html).toContain(
      '<tr><td>P3</td><td>Flash unit</td><td>CNY 1,000.00</td><td>300 g</td><td>AIRBOX-7103</td><td>CUSTOMS-1073</td><td>no</td><td>TSS-CLAIM-0107</td></tr>',
    );
    expect(html).toContain('<tr><td>insured share</td><td>CNY 900.00 for P3 (largest-remainder)</td></tr>');
  });
});

describe('R5 over a parcel in pieces', () => {
  const events = replay.steps.map((step) => step.event);
  /** The event with some data fields changed, decoded again so it is still a well-formed event. */
  const edit = (event: ClaimEvent, change: Readonly<Record<string, unknown>>): ClaimEvent => {
    const decoded = decodeClaimEvent({ type: event.type, data: { ...event.data, ...change } });
    if (E.isLeft(decoded)) throw new Error(decoded.left.message);
    return decoded.right;
  };
  const opened = events.find((event) => event.type === 'InquiryOpened');
  if (opened === undefined) throw new Error('the story opens an inquiry');
  /** Another inquiry after the payout, on the pieces named. */
  const anotherInquiry = (pieceIds: readonly string[]): ClaimEvent =>
    edit(opened, {
      at: '2026-03-21T02:00:00.000Z',
      commandId: '7f1d0c3e-0000-4000-8000-000000000999',
      claimId: 'TSS-CLAIM-0108',
      pieceIds,
    });
  const r5 = (history: readonly ClaimEvent[]) =>
    checkHistory(history)
      .filter((violation) => violation.rule === 'R5')
      .map((violation) => violation.message);

  it('lets a claim open on pieces no paid or rejected claim holds', () => {
    expect(r5([...events, anotherInquiry(['P1'])])).toEqual([]);
  });

  it('finds a claim opened once paid or rejected claims hold every piece', () => {
    const settledAll = events.map((event) =>
      event === opened ? edit(event, { pieceIds: ['P1', 'P2', 'P3'] }) : event,
    );
    expect(r5([...settledAll, anotherInquiry(['P1'])])).toEqual([
      'a claim opened after the coverage was settled',
    ]);
  });
});
