import { type Claim, type Deadline, formatMoney, type Money, type ParcelState } from '@parcel-claims/core';
import { describeClauses } from './authority.js';
import type { CheckpointInclusion } from './checkpoints/check-inclusion.js';
import { describeConversion, describeDeductibleRule } from './describe-details.js';
import { localTime } from './describe-event.js';
import { describeFollowUp } from './describe-follow-up.js';
import { escapeForDisplay } from './display-text.js';
import type { Replay, ReplayStep } from './replay-parcel.js';
import type { BrokenEvent } from './verify-store.js';

/** How `renderHtmlReport` shows a replay, and the checks it reports beside it. */
export interface HtmlReportOptions {
  /** The time zone dates are shown in. Default: the payer calendar's (`replay.payerZone`), else UTC. */
  readonly zone?: string;
  /** Where the history was read from (a URL with its password masked), shown in the header. */
  readonly source?: string;
  /** The hash-chain check of the stream: `null` intact, or its first broken event. Omitted: not checked. */
  readonly chain?: BrokenEvent | null;
  /** The checkpoint the events were checked against and each one's inclusion status. Omitted: not checked. */
  readonly inclusion?: CheckpointInclusion;
}

/** A period drawn as a band on the time axis, e.g. a document's grace period or the payout window. */
interface Band {
  readonly lane: string;
  readonly kind: 'document-grace' | 'decision-window' | 'payout-sla';
  readonly from: string;
  readonly to: string;
  readonly label: string;
  /** When the band's obligation was met (a document attached, a decision, the payment). */
  readonly metAt: string | null;
  /** Why and when the deadline was breached, or null. */
  readonly breach: { readonly at: string; readonly reason: string } | null;
}

/**
 * Text or an attribute value for the report: escaped for display first (a browser would reorder
 * text around a bidi override and hide format characters, and the report must show what is
 * recorded), then with the characters HTML gives meaning to written as entities.
 */
const escapeHtml = (text: string): string =>
  escapeForDisplay(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

const ms = (instant: string): number => Date.parse(instant);

const later = (a: string, b: string): boolean => ms(a) > ms(b);

const grams = new Intl.NumberFormat('en-US');

const money = (value: Money | null | undefined): string => (value == null ? '—' : formatMoney(value));

const deadlineBreach = (
  deadline: Deadline,
  metAt: string | null,
  overdueAt: string | null,
  reason: string,
): Band['breach'] => {
  if (metAt !== null && later(metAt, deadline.dueAt)) return { at: metAt, reason: `${reason}: met late` };
  if (overdueAt !== null) return { at: overdueAt, reason };
  return null;
};

const eventAt = (steps: readonly ReplayStep[], type: string, claimId: string): string | null => {
  const step = steps.find(
    (s) => s.event.type === type && 'claimId' in s.event.data && s.event.data.claimId === claimId,
  );
  return step === undefined ? null : step.event.data.at;
};

/** The bands of one claim: each document's grace period, the decision window and the payout window. */
const bandsOf = (claim: Claim, steps: readonly ReplayStep[]): Band[] => {
  const lapsedAt = claim.closure?.status === 'lapsed' ? claim.closure.at : null;
  const documents = claim.documents.map(
    (slot): Band => ({
      lane: slot.documentType,
      kind: 'document-grace',
      from: slot.due.from,
      to: slot.due.dueAt,
      label: `${slot.documentType} (${slot.owedBy}) due ${slot.due.localDate}`,
      metAt: slot.status === 'attached' ? slot.providedAt : null,
      breach: deadlineBreach(
        slot.due,
        slot.status === 'attached' ? slot.providedAt : null,
        lapsedAt !== null && slot.status !== 'attached' ? lapsedAt : null,
        `${slot.documentType} missing at lapse`,
      ),
    }),
  );
  const submittedAt = eventAt(steps, 'ClaimSubmitted', claim.claimId);
  const decidedAt =
    claim.acceptance?.acceptedAt ?? (claim.closure?.status === 'rejected' ? claim.closure.at : null);
  const decision: Band[] =
    claim.decisionDue === null || submittedAt === null
      ? []
      : [
          {
            lane: 'decision',
            kind: 'decision-window',
            from: submittedAt,
            to: claim.decisionDue.dueAt,
            label: `decision due ${claim.decisionDue.localDate}`,
            metAt: decidedAt,
            breach: deadlineBreach(
              claim.decisionDue,
              decidedAt,
              eventAt(steps, 'DecisionOverdue', claim.claimId),
              'decision overdue',
            ),
          },
        ];
  const acceptance = claim.acceptance;
  const payout: Band[] =
    acceptance === null
      ? []
      : [
          {
            lane: 'payout',
            kind: 'payout-sla',
            from: acceptance.acceptedAt,
            to: acceptance.payoutDue.dueAt,
            label: `payout due ${acceptance.payoutDue.localDate} (${acceptance.payoutDue.basis.count} ${acceptance.payoutDue.basis.unit})`,
            metAt: claim.payment?.paidAt ?? null,
            breach: deadlineBreach(
              acceptance.payoutDue,
              claim.payment?.paidAt ?? null,
              eventAt(steps, 'PayoutOverdue', claim.claimId),
              'payout overdue',
            ),
          },
        ];
  return [...documents, ...decision, ...payout];
};

const CHART = { width: 1100, left: 200, pad: 14, right: 30, top: 44, lane: 30 } as const;

const dayMs = 86_400_000;

const legend = [
  '<g id="legend" transform="translate(620 8)">',
  '<circle class="event" cx="6" cy="6" r="5"/><text class="tick-label" x="15" y="10">event</text>',
  '<g class="band document-grace"><rect x="60" y="1" width="18" height="10" rx="2"/></g><text class="tick-label" x="82" y="10">document grace</text>',
  '<g class="band decision-window"><rect x="172" y="1" width="18" height="10" rx="2"/></g><text class="tick-label" x="194" y="10">decision</text>',
  '<g class="band payout-sla"><rect x="246" y="1" width="18" height="10" rx="2"/></g><text class="tick-label" x="268" y="10">payout SLA</text>',
  '<circle class="met" cx="338" cy="6" r="4"/><text class="tick-label" x="346" y="10">met</text>',
  '<g class="breach"><path d="M376,1 l10,10 m0,-10 l-10,10"/></g><text class="tick-label" x="392" y="10">breach</text>',
  '</g>',
].join('');

/** The chart: events on a time axis, the bands under them, breaches marked. */
const chart = (steps: readonly ReplayStep[], bands: readonly Band[], zone: string): string => {
  const instants = [
    ...steps.map((s) => ms(s.event.data.at)),
    ...bands.flatMap((b) => [ms(b.from), ms(b.to)]),
  ];
  const start = Math.min(...instants);
  const end = Math.max(...instants, start + dayMs);
  const span = end - start;
  const plot = CHART.width - CHART.left - CHART.pad - CHART.right;
  const x = (instant: string): number => CHART.left + CHART.pad + ((ms(instant) - start) / span) * plot;
  const lanes = ['events', ...new Set(bands.map((b) => b.lane))];
  const y = (lane: string): number => CHART.top + lanes.indexOf(lane) * CHART.lane + CHART.lane / 2;
  const height = CHART.top + lanes.length * CHART.lane + 30;
  const stepDays = Math.max(1, Math.ceil(span / dayMs / 12));
  const ticks: string[] = [];
  const firstTick = Math.ceil(start / dayMs) * dayMs;
  for (let t = firstTick; t <= end; t += stepDays * dayMs) {
    const at = new Date(t).toISOString();
    const tx = x(at).toFixed(1);
    ticks.push(
      `<line class="tick" x1="${tx}" x2="${tx}" y1="${CHART.top - 6}" y2="${height - 30}"/>` +
        `<text class="tick-label" x="${tx}" y="${height - 12}" text-anchor="middle">${escapeHtml(localTime(at, zone).slice(5, 10))}</text>`,
    );
  }
  const laneLabels = lanes.map(
    (lane) =>
      `<text class="lane-label" x="${CHART.left - 10}" y="${(y(lane) + 4).toFixed(1)}" text-anchor="end">${escapeHtml(lane)}</text>`,
  );
  const bandShapes = bands.map((band) => {
    const bx = x(band.from);
    const width = Math.max(2, x(band.to) - bx);
    const by = y(band.lane) - 9;
    const met =
      band.metAt === null
        ? ''
        : `<circle class="met" cx="${x(band.metAt).toFixed(1)}" cy="${y(band.lane).toFixed(1)}" r="5"><title>${escapeHtml(`met ${localTime(band.metAt, zone)}`)}</title></circle>`;
    const breach =
      band.breach === null
        ? ''
        : `<g class="breach" data-lane="${escapeHtml(band.lane)}" data-at="${escapeHtml(band.breach.at)}"><path d="M${(x(band.breach.at) - 7).toFixed(1)},${(y(band.lane) - 7).toFixed(1)} l14,14 m0,-14 l-14,14"/><title>${escapeHtml(`${band.breach.reason} (${localTime(band.breach.at, zone)})`)}</title></g>`;
    return (
      `<g class="band ${band.kind}" data-lane="${escapeHtml(band.lane)}" data-from="${escapeHtml(band.from)}" data-to="${escapeHtml(band.to)}">` +
      `<rect x="${bx.toFixed(1)}" y="${by.toFixed(1)}" width="${width.toFixed(1)}" height="18" rx="3"><title>${escapeHtml(band.label)}</title></rect></g>${met}${breach}`
    );
  });
  const markers = steps.map((step) => {
    const cx = x(step.event.data.at).toFixed(1);
    const flagged = step.violations.length > 0 ? ' violation' : '';
    return `<circle class="event${flagged}" data-type="${step.event.type}" data-revision="${step.revision}" data-at="${escapeHtml(step.event.data.at)}" cx="${cx}" cy="${y('events').toFixed(1)}" r="6"><title>${escapeHtml(`#${step.revision} ${localTime(step.event.data.at, zone)} ${step.event.type}: ${step.summary}`)}</title></circle>`;
  });
  return [
    `<svg id="timeline" role="img" aria-label="claim timeline" viewBox="0 0 ${CHART.width} ${height}" width="${CHART.width}" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
    `<text class="axis-title" x="${CHART.left}" y="18">${escapeHtml(`${localTime(new Date(start).toISOString(), zone)} → ${localTime(new Date(end).toISOString(), zone)} (${zone})`)}</text>`,
    legend,
    ...ticks,
    ...laneLabels,
    ...bandShapes,
    ...markers,
    '</svg>',
  ].join('\n');
};

/** A table cell: a text, or lines each escaped on its own and kept apart by a newline the style shows. */
type Cell = string | readonly string[];

const cellHtml = (cell: Cell): string =>
  typeof cell === 'string' ? escapeHtml(cell) : cell.map(escapeHtml).join('\n');

const table = (id: string, head: readonly string[], rows: readonly (readonly Cell[])[]): string =>
  [
    `<table id="${id}"><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>`,
    ...rows.map((row) => `<tr>${row.map((cell) => `<td>${cellHtml(cell)}</td>`).join('')}</tr>`),
    '</tbody></table>',
  ].join('\n');

const documentsTable = (claim: Claim | null, zone: string): string =>
  table(
    'documents',
    ['document', 'owed by', 'due', 'status', 'provided by', 'provided at', 'reference'],
    (claim?.documents ?? []).map((slot) => [
      slot.documentType,
      slot.owedBy,
      `${slot.due.localDate} (${slot.due.basis.count} ${slot.due.basis.unit})`,
      slot.status,
      slot.providedBy ?? '—',
      slot.providedAt === null ? '—' : localTime(slot.providedAt, zone),
      slot.reference ?? '—',
    ]),
  );

const partiesTable = (state: ParcelState): string =>
  table(
    'parties',
    ['role', 'party'],
    [
      ['seller', state.booking?.sellerId ?? '—'],
      ['forwarder', state.booking?.forwarderId ?? '—'],
      ['insurer', state.coverage?.insurerId ?? '—'],
      ['carrier (took the parcel)', state.shipment?.carrierId ?? '—'],
    ],
  );

const piecesTable = (state: ParcelState): string => {
  const claimedBy = new Map<string, string>();
  const claims = state.claim === null ? state.earlierClaims : [...state.earlierClaims, state.claim];
  for (const claim of claims) for (const pieceId of claim.pieceIds) claimedBy.set(pieceId, claim.claimId);
  const delivered = new Set<string>(state.shipment?.deliveredPieceIds ?? []);
  return table(
    'pieces',
    ['piece', 'description', 'goods value', 'weight', 'air box', 'customs box', 'delivered', 'claim'],
    (state.booking?.pieces ?? []).map((piece) => [
      piece.pieceId,
      piece.description,
      formatMoney(piece.goodsValue),
      `${grams.format(piece.weightGrams)} g`,
      piece.airBoxNumber ?? '—',
      piece.customsBoxNumber ?? '—',
      delivered.has(piece.pieceId) ? 'yes' : 'no',
      claimedBy.get(piece.pieceId) ?? '—',
    ]),
  );
};

const amountsTable = (state: ParcelState): string => {
  const booking = state.booking;
  const coverage = state.coverage;
  const acceptance = state.claim?.acceptance ?? null;
  const breakdown = acceptance?.breakdown ?? null;
  const share = breakdown?.insuredShare ?? null;
  const rows: [string, string][] = [
    ['goods value', booking === null ? '—' : `${formatMoney(booking.goodsValue)} (${booking.valueBasis})`],
    ['customs value', money(booking?.customsValue)],
    ['carriage value', money(booking?.carriageValue)],
    ['shipping cost', money(booking?.shippingCost)],
    ['insured value', money(coverage?.insuredValue)],
    ['premium', money(coverage?.premium)],
    ['deductible rule', coverage === null ? '—' : describeDeductibleRule(coverage.deductible)],
    ['sum insured', money(breakdown?.sumInsured)],
    [
      'insured share',
      share === null
        ? '—'
        : `${formatMoney(share.share)} for ${share.pieceIds.join(', ')} (${share.rounding})`,
    ],
    ['proven loss', money(breakdown?.provenLoss)],
    ...(breakdown?.provenConversions ?? []).map((c): [string, string] => [
      'conversion',
      describeConversion(c),
    ]),
    ['covered shipping cost', money(breakdown?.coveredShippingCost)],
    ['limit', money(breakdown?.limit)],
    ['deductible', money(breakdown?.deductible.amount)],
    ['carrier settlement', money(breakdown?.carrierSettlement)],
    ['cap', money(breakdown?.cap)],
    ['approved', money(acceptance?.approvedAmount)],
    ['paid', money(state.claim?.payment?.amount)],
    ...(state.claim === null ? [] : describeFollowUp(state.claim)).map(([label, value]): [string, string] => [
      label,
      value,
    ]),
  ];
  return table('amounts', ['amount', 'value'], rows);
};

const eventsTable = (steps: readonly ReplayStep[], zone: string): string =>
  table(
    'events',
    ['rev', 'time', 'event', 'what happened', 'allowed by', 'policy clauses'],
    steps.map((step) => [
      String(step.revision),
      localTime(step.event.data.at, zone),
      step.event.type,
      [step.summary, ...step.details],
      step.authority.rules.join(', '),
      describeClauses(step.authority.clauses),
    ]),
  );

const inclusionSection = (inclusion: CheckpointInclusion | undefined): readonly string[] =>
  inclusion === undefined
    ? []
    : [
        '<h2>Checkpoint</h2>',
        `<p id="checkpoint" class="facts">Checked against ${escapeHtml(inclusion.origin)}: ${inclusion.treeSize} events, root ${escapeHtml(inclusion.root)}, signed by ${escapeHtml(inclusion.signedBy.join(', '))}.</p>`,
        table(
          'inclusion',
          ['rev', 'position', 'leaf', 'status'],
          inclusion.events.map((e) => [
            String(e.revision),
            String(e.position),
            e.leafIndex === null ? '—' : String(e.leafIndex),
            e.status,
          ]),
        ),
      ];

const style = `
body { font: 14px/1.4 system-ui, sans-serif; margin: 24px; color: #1d2433; }
h1 { font-size: 20px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 24px 0 8px; }
.facts { color: #4a5468; margin: 0; } .ok { color: #19723b; } .bad { color: #b3261e; font-weight: 600; }
table { border-collapse: collapse; margin-top: 4px; } th, td { border: 1px solid #d5d9e2; padding: 3px 8px; text-align: left; vertical-align: top; }
th { background: #f1f3f7; } #events td:nth-child(4) { white-space: pre-line; } #events td:nth-child(2), #documents td:nth-child(6) { white-space: nowrap; } #amounts td:last-child { text-align: right; font-variant-numeric: tabular-nums; }
svg { background: #fbfcfe; border: 1px solid #d5d9e2; }
.tick { stroke: #e3e6ed; } .tick-label, .lane-label, .axis-title { font-size: 11px; fill: #4a5468; }
.event { fill: #2456c7; stroke: #fff; stroke-width: 1.5; } .event.violation { fill: #b3261e; }
.band rect { fill-opacity: 0.35; } .document-grace rect { fill: #7c9be0; } .decision-window rect { fill: #c9a227; } .payout-sla rect { fill: #2e9e5b; }
.met { fill: #1d2433; } .breach path { stroke: #b3261e; stroke-width: 3; }
ul.violations li { color: #b3261e; }
`;

/**
 * A self-contained HTML audit report of one replayed parcel: the timeline as an SVG chart (events
 * on a time axis; each document's grace period, the decision window and the payout window as
 * bands; breaches crossed out in red), the parties, the pieces with their boxes, the documents, the
 * values and each indemnity step, every event with what it recorded and the rules and policy
 * clauses that allowed it, and any rule violations. No scripts, styles inline, no network.
 * Every text from the history is shown with {@link escapeForDisplay}: the file holds no raw
 * control, bidi or other format character.
 *
 * @example
 * writeFileSync('report.html', renderHtmlReport(replayParcel(await service.history(parcelId)), { chain: null }));
 */
export const renderHtmlReport = (replay: Replay, options: HtmlReportOptions = {}): string => {
  const { state, steps } = replay;
  const zone = options.zone ?? replay.payerZone ?? 'UTC';
  const claim = state.claim;
  const bands = claim === null ? [] : bandsOf(claim, steps);
  const title = `Audit report: parcel ${replay.parcelId ?? '(unknown)'}`;
  const chain =
    options.chain === undefined
      ? ''
      : options.chain === null
        ? '<p id="chain" class="ok">Hash chain intact.</p>'
        : `<p id="chain" class="bad">Hash chain broken at ${escapeHtml(options.chain.streamId)}@${options.chain.revision}: ${escapeHtml(options.chain.reason)} (expected ${escapeHtml(options.chain.expected ?? 'none')}, found ${escapeHtml(options.chain.found ?? 'none')}).</p>`;
  const asOf =
    replay.asOf === null
      ? ''
      : ` As of ${'at' in replay.asOf ? escapeHtml(replay.asOf.at) : `revision ${replay.asOf.revision}`}: ${steps.length} of ${replay.recordedEvents} events.`;
  const violations =
    replay.violations.length === 0
      ? '<p id="violations" class="ok">Every rule of the catalogue holds.</p>'
      : `<ul id="violations" class="violations">${replay.violations
          .map(
            (v) =>
              `<li>${escapeHtml(`${v.rule}${v.index >= 0 ? ` at event ${v.index}` : ''}: ${v.message}`)}</li>`,
          )
          .join('')}</ul>`;
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${style}</style></head><body>`,
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="facts">Stream ${escapeHtml(replay.streamId ?? '—')}; ${steps.length} events; claim ${escapeHtml(claim === null ? 'none' : `${claim.claimId} (${claim.claimType}): ${claim.status}`)}; times in ${escapeHtml(zone)}.${asOf}${options.source === undefined ? '' : ` Source: ${escapeHtml(options.source)}.`}</p>`,
    chain,
    '<h2>Parties</h2>',
    partiesTable(state),
    '<h2>Pieces</h2>',
    piecesTable(state),
    '<h2>Timeline</h2>',
    steps.length === 0 ? '<p>No events.</p>' : chart(steps, bands, zone),
    '<h2>Documents</h2>',
    documentsTable(claim, zone),
    '<h2>Amounts</h2>',
    amountsTable(state),
    '<h2>Rules</h2>',
    violations,
    '<h2>Events</h2>',
    eventsTable(steps, zone),
    ...inclusionSection(options.inclusion),
    '</body></html>',
    '',
  ].join('\n');
};
