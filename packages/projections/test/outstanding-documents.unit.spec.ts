import { beforeAll, describe, expect, it } from 'vitest';
import {
  listOutstandingDocuments,
  type OutstandingDocument,
  type OutstandingDocuments,
  outstandingDocuments,
} from '../src/index.js';
import { instant, project } from './support/project.js';
import { scenarioStore } from './support/scenario.js';

/** The fields that tell documents apart, the due instant instead of the whole deadline. */
const brief = (document: OutstandingDocument) => ({
  parcel: `${document.parcelId}/${document.claimId} ${document.claimType}`,
  document: document.documentType,
  owedBy: `${document.owedBy} ${document.owedByParty}`,
  state: document.state,
  rejectionReason: document.rejectionReason,
  dueAt: document.due.dueAt,
  overdue: document.overdue,
});

const pb = 'PB/C1 loss';

describe('outstanding documents', () => {
  let model: OutstandingDocuments;
  beforeAll(async () => {
    model = await project(await scenarioStore(), outstandingDocuments);
  });

  it('lists who owes which document by when on open claims only, soonest due first', () => {
    expect(listOutstandingDocuments(model, { asOf: instant('2026-02-22T15:59:59.999Z') }).map(brief)).toEqual(
      [
        {
          parcel: pb,
          document: 'proof-of-value',
          owedBy: 'seller seller-b',
          state: 'rejected',
          rejectionReason: 'Illegible invoice',
          dueAt: '2026-02-22T15:59:59.999Z',
          overdue: false,
        },
        {
          parcel: pb,
          document: 'buyer-dispute-evidence',
          owedBy: 'seller seller-b',
          state: 'missing',
          rejectionReason: null,
          dueAt: '2026-02-22T15:59:59.999Z',
          overdue: false,
        },
        {
          parcel: pb,
          document: 'outbound-record',
          owedBy: 'forwarder takesendship',
          state: 'missing',
          rejectionReason: null,
          dueAt: '2026-03-24T15:59:59.999Z',
          overdue: false,
        },
        {
          parcel: pb,
          document: 'proof-of-handover',
          owedBy: 'forwarder takesendship',
          state: 'missing',
          rejectionReason: null,
          dueAt: '2026-03-24T15:59:59.999Z',
          overdue: false,
        },
        {
          parcel: pb,
          document: 'loss-confirmation',
          owedBy: 'carrier sky-cargo',
          state: 'missing',
          rejectionReason: null,
          dueAt: '2026-03-24T15:59:59.999Z',
          overdue: false,
        },
      ],
    );
  });

  it('flags a document overdue from the millisecond after its due instant', () => {
    const overdue = listOutstandingDocuments(model, {
      asOf: instant('2026-02-22T16:00:00.000Z'),
      overdueOnly: true,
    });
    expect(overdue.map(brief).map(({ document, overdue }) => `${document} ${overdue}`)).toEqual([
      'proof-of-value true',
      'buyer-dispute-evidence true',
    ]);
  });

  it('keeps the full stored deadline, never a recomputed one', () => {
    const [first] = listOutstandingDocuments(model, { asOf: instant('2026-02-01T00:00:00.000Z') });
    expect(first?.due).toEqual({
      from: '2026-01-23T01:00:00.000Z',
      dueAt: '2026-02-22T15:59:59.999Z',
      localDate: '2026-02-22',
      basis: { unit: 'calendar-days', count: 30 },
      calendar: { id: 'cn-mainland', version: 'cn-mainland/2026.1', zone: 'Asia/Shanghai' },
      weekendsOnlyFallback: false,
    });
  });

  it('filters by the owing role, the owing party and the parcel', () => {
    const asOf = instant('2026-02-01T00:00:00.000Z');
    expect(listOutstandingDocuments(model, { asOf, owedBy: 'carrier' }).map((d) => d.documentType)).toEqual([
      'loss-confirmation',
    ]);
    expect(
      listOutstandingDocuments(model, { asOf, party: 'takesendship' }).map((d) => d.documentType),
    ).toEqual(['outbound-record', 'proof-of-handover']);
    expect(listOutstandingDocuments(model, { asOf, parcelId: 'PD' })).toEqual([]);
    expect(listOutstandingDocuments(model, { asOf, parcelId: 'PB' })).toHaveLength(5);
  });
});
