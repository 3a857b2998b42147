import {
  addCalendarDays,
  type ClaimEvent,
  countWorkingDays,
  type Deadline,
  endOfLocalDay,
  isWorkingDay,
  localDateOf,
} from '@parcel-claims/core';
import * as E from 'fp-ts/lib/Either.js';
import { collect, millis } from './collect.js';
import type { Invariant, InvariantContext } from './invariant.js';

/** The deadlines an event stores; every event type is listed, so a new one must say whether it stores any. */
const deadlinesOf = (event: ClaimEvent): readonly Deadline[] => {
  switch (event.type) {
    case 'InquiryOpened':
      return event.data.requiredDocuments.map((d) => d.due);
    case 'DocumentRejected':
    case 'DocumentDeadlineExtended':
      return [event.data.due];
    case 'ClaimSubmitted':
    case 'InformationProvided':
    case 'ClaimReopened':
      return [event.data.decisionDue];
    case 'ClaimAccepted':
      return [event.data.payoutDue];
    case 'CarrierNotified':
    case 'CarrierNoticeMissed':
      return [event.data.noticeDue];
    case 'ParcelFoundAfterPayout':
      return [event.data.electionDue];
    case 'ParcelBooked':
    case 'InsurancePurchased':
    case 'ParcelPickedUp':
    case 'ParcelReceivedAtHub':
    case 'ParcelShipped':
    case 'ParcelHandedToCarrier':
    case 'TrackingUpdated':
    case 'ParcelDelivered':
    case 'DocumentAttached':
    case 'LossConfirmed':
    case 'ClaimRejected':
    case 'InformationRequested':
    case 'ClaimPaid':
    case 'PayoutOverdue':
    case 'DecisionOverdue':
    case 'ClaimLapsed':
    case 'ClaimWithdrawn':
    case 'DelegationGranted':
    case 'DelegationRevoked':
    case 'CarrierLiabilityAssessed':
    case 'RecoveryFiled':
    case 'RecoveryReceived':
    case 'RecoveryClosed':
    case 'ClaimRepaid':
    case 'GoodsSurrendered':
    case 'SalvageElectionOverdue':
      return [];
  }
  // Every type returned above; an event type without a case fails to compile here, by name.
  const unhandled: never = event;
  return unhandled;
};

/** What is wrong with a stored deadline under the calendar data it names, if that data is at hand. */
const deadlineProblem = (deadline: Deadline, context: InvariantContext): string | undefined => {
  const calendar = context.calendars.resolve(deadline.calendar.id);
  // A deadline stored with other calendar data stays as stored: replay never recomputes it.
  if (E.isLeft(calendar) || calendar.right.version !== deadline.calendar.version) return undefined;
  const cal = calendar.right;
  if (deadline.dueAt !== endOfLocalDay(cal, deadline.localDate))
    return `${deadline.dueAt} is not the end of ${deadline.localDate}`;
  if (millis(deadline.dueAt) <= millis(deadline.from)) return 'due no later than it starts';
  if (deadline.basis.unit === 'calendar-days') {
    const expected = addCalendarDays(cal, deadline.from, deadline.basis.count).localDate;
    return expected === deadline.localDate
      ? undefined
      : `${deadline.basis.count} calendar days from ${deadline.from} is ${expected}`;
  }
  if (!isWorkingDay(cal, deadline.localDate)) return `${deadline.localDate} is not a working day`;
  const counted = countWorkingDays(cal, deadline.from, deadline.dueAt);
  if (counted !== deadline.basis.count)
    return `${counted} working days between start and due date, not ${deadline.basis.count}`;
  return localDateOf(cal, deadline.dueAt) === deadline.localDate
    ? undefined
    : 'the due instant is not on its local date';
};

/** R12: every stored deadline obeys the calendar laws under the calendar data it was computed with. */
export const r12CalendarLaws: Invariant = {
  rule: 'R12',
  statement: 'a deadline of N working days lands on a working day, strictly later, and counting back gives N',
  check: (history, context) =>
    collect('R12', (event) => deadlinesOf(event).map((d) => deadlineProblem(d, context)))(history),
};
