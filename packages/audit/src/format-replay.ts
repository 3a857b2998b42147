import { formatMoney } from '@parcel-claims/core';
import { describeClauses } from './authority.js';
import { describeDeadlines } from './deadlines.js';
import { localTime } from './describe-event.js';
import { describeFollowUp } from './describe-follow-up.js';
import { escapeForDisplay, jsonForDisplay } from './display-text.js';
import type { Replay } from './replay-parcel.js';

/** The styles a timeline uses; a painter turns them into terminal colours, or ignores them. */
export type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'green' | 'cyan';
/** Turns a styled piece of a timeline into what the terminal shows (colours, or the text as it is). */
export type Painter = (style: Style, text: string) => string;

/** How `formatReplay` writes a timeline: the zone of its times, its colours, and how much it shows. */
export interface FormatReplayOptions {
  /** The time zone times are shown in. Default: the payer calendar's (`replay.payerZone`), else UTC. */
  readonly zone?: string;
  /** Default: no colour. */
  readonly paint?: Painter;
  /** Also list every state change of each event. Default false. */
  readonly changes?: boolean;
}

const plain: Painter = (_style, text) => text;

// Cut by code points, so that no surrogate pair is split into two lone halves.
const show = (value: unknown): string => {
  if (value === undefined) return '∅';
  const json = [...jsonForDisplay(value)];
  return json.length > 60 ? `${json.slice(0, 57).join('')}...` : json.join('');
};

/**
 * A replay as aligned text: one line per event (revision, local time, event, what happened, the
 * rules that allowed it), under it what the event recorded (parties, values, pieces and boxes,
 * the indemnity steps of an acceptance), the deadlines then in force, policy clauses, rule violations
 * and, if asked, the state changes; then the final state and the verdict of the rule catalogue.
 * Every text that comes from the history (contents, references, reasons, ids, messages) is shown
 * with {@link escapeForDisplay}, so whatever it holds, the lines are the lines of this layout.
 *
 * @example
 * for (const line of formatReplay(replay, { zone: 'Asia/Shanghai' })) console.log(line);
 */
export const formatReplay = (replay: Replay, options: FormatReplayOptions = {}): string[] => {
  const paint = options.paint ?? plain;
  const zone = options.zone ?? replay.payerZone ?? 'UTC';
  const { steps } = replay;
  const revWidth = Math.max(3, ...steps.map((s) => String(s.revision).length));
  const typeWidth = Math.max(5, ...steps.map((s) => s.event.type.length));
  const rulesOf = (i: number) => steps[i]?.authority.rules.join(' ') ?? '';
  const ruleWidth = Math.max(10, ...steps.map((_, i) => rulesOf(i).length));
  const indent = ' '.repeat(revWidth + 2 + 16 + 2);
  const asOf =
    replay.asOf === null
      ? ''
      : `, as of ${'at' in replay.asOf ? replay.asOf.at : `revision ${replay.asOf.revision}`} (${steps.length} of ${replay.recordedEvents} events)`;
  const lines = [
    paint(
      'bold',
      `Parcel ${escapeForDisplay(replay.parcelId ?? '(unknown)')}: ${escapeForDisplay(replay.streamId ?? 'no stream')}, times in ${escapeForDisplay(zone)}${asOf}`,
    ),
    '',
    paint(
      'dim',
      `${'rev'.padStart(revWidth)}  ${'time'.padEnd(16)}  ${'event'.padEnd(typeWidth)}  ${'allowed by'.padEnd(ruleWidth)}  what happened`,
    ),
  ];
  steps.forEach((step, i) => {
    const bad = step.violations.length > 0;
    lines.push(
      `${String(step.revision).padStart(revWidth)}  ${localTime(step.event.data.at, zone)}  ${paint(bad ? 'red' : 'cyan', step.event.type.padEnd(typeWidth))}  ${paint('dim', rulesOf(i).padEnd(ruleWidth))}  ${escapeForDisplay(step.summary)}`,
    );
    for (const detail of step.details) lines.push(`${indent}${escapeForDisplay(detail)}`);
    const deadlines = describeDeadlines(step.deadlines);
    if (deadlines.length > 0) {
      const passed = step.deadlines.some((d) => d.passed);
      lines.push(
        `${indent}${paint(passed ? 'yellow' : 'dim', `due: ${escapeForDisplay(deadlines.join('; '))}`)}`,
      );
    }
    if (step.authority.clauses.length > 0)
      lines.push(
        `${indent}${paint('dim', `under ${escapeForDisplay(describeClauses(step.authority.clauses))}`)}`,
      );
    for (const violation of step.violations)
      lines.push(
        `${indent}${paint('red', `violates ${violation.rule}: ${escapeForDisplay(violation.message)}`)}`,
      );
    if (options.changes === true)
      for (const change of step.changes)
        lines.push(
          `${indent}${paint('dim', `${escapeForDisplay(change.path)}: ${show(change.before)} → ${show(change.after)}`)}`,
        );
  });
  lines.push('', ...finalState(replay, zone, paint));
  return lines;
};

const finalState = (replay: Replay, zone: string, paint: Painter): string[] => {
  const claim = replay.state.claim;
  const lines =
    claim === null
      ? ['No claim.']
      : [
          paint(
            'bold',
            escapeForDisplay(
              `Claim ${claim.claimId} (${claim.claimType}, piece(s) ${claim.pieceIds.join(', ')}): ${claim.status}`,
            ),
          ),
        ];
  if (claim?.acceptance != null)
    lines.push(
      `Approved ${formatMoney(claim.acceptance.approvedAmount)} (cap ${formatMoney(claim.acceptance.breakdown.cap)}, sum insured ${formatMoney(claim.acceptance.breakdown.sumInsured)}); payout due ${escapeForDisplay(claim.acceptance.payoutDue.localDate)}`,
    );
  if (claim?.payment != null)
    lines.push(`Paid ${formatMoney(claim.payment.amount)} on ${localTime(claim.payment.paidAt, zone)}`);
  for (const [label, value] of claim === null ? [] : describeFollowUp(claim))
    lines.push(escapeForDisplay(`${label[0]?.toUpperCase() ?? ''}${label.slice(1)}: ${value}`));
  const wholeHistory = replay.violations.filter((v) => v.index < 0);
  for (const violation of wholeHistory)
    lines.push(paint('red', `violates ${violation.rule}: ${escapeForDisplay(violation.message)}`));
  lines.push(
    replay.violations.length === 0
      ? paint('green', 'Every rule of the catalogue holds.')
      : paint('red', `${replay.violations.length} rule violation(s).`),
  );
  return lines;
};
