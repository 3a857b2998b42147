import { type ClaimEvent, formatMoney } from '@parcel-claims/core';

// Building a formatter costs about a millisecond, using one microseconds; a report formats dozens of times.
const formatters = new Map<string, Intl.DateTimeFormat>();

const formatterFor = (zone: string): Intl.DateTimeFormat => {
  const known = formatters.get(zone);
  if (known !== undefined) return known;
  const made = new Intl.DateTimeFormat('sv-SE', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  formatters.set(zone, made);
  return made;
};

/** `2026-01-05 10:00` in the given zone. */
export const localTime = (instant: string, zone: string): string =>
  formatterFor(zone).format(new Date(instant));

/** What an event changed, in a few words. */
export const whatChanged = (event: ClaimEvent): string => {
  switch (event.type) {
    case 'ParcelBooked':
      return `${event.data.contents}, ${event.data.origin} → ${event.data.destination}, goods ${formatMoney(event.data.goodsValue)}, ${event.data.pieces.length} piece(s)`;
    case 'InsurancePurchased':
      return `insured ${formatMoney(event.data.insuredValue)} (${event.data.valueBasis}) under ${event.data.policy.id}@${event.data.policy.version}`;
    case 'ParcelPickedUp':
      return 'picked up at the seller';
    case 'ParcelReceivedAtHub':
      return `received at ${event.data.hubId}`;
    case 'ParcelShipped':
      return `left ${event.data.hubId}, cargo ${event.data.cargoReference}`;
    case 'ParcelHandedToCarrier':
      return `handed to ${event.data.carrierId}, tracking ${event.data.trackingNumber}, ${event.data.boxes.length} piece(s) boxed`;
    case 'TrackingUpdated':
      return `${event.data.description} at ${event.data.location}`;
    case 'ParcelDelivered':
      return `delivered, ${event.data.pieceIds.length} piece(s)`;
    case 'InquiryOpened':
      return `${event.data.claimType} claim ${event.data.claimId} opened on ${event.data.pieceIds.length} piece(s), ${event.data.requiredDocuments.length} documents required`;
    case 'DocumentAttached':
      return `${event.data.documentType} attached by the ${event.data.providedBy}`;
    case 'DocumentRejected':
      return `${event.data.documentType} rejected: ${event.data.reason}`;
    case 'DocumentDeadlineExtended':
      return `${event.data.documentType} now due ${event.data.due.localDate}`;
    case 'LossConfirmed':
      return `${event.data.carrierId} confirmed the loss`;
    case 'ClaimSubmitted':
      return 'complete dossier submitted to the insurer';
    case 'InformationRequested':
      return `the insurer asks the ${event.data.askedOf} for more; decision clock paused`;
    case 'InformationProvided':
      return `the ${event.data.answeredBy} answered; decision now due ${event.data.decisionDue.localDate}`;
    case 'ClaimAccepted':
      return `${event.data.partialReason === null ? 'approved' : 'approved in part'} ${formatMoney(event.data.approvedAmount)} (cap ${formatMoney(event.data.breakdown.cap)})`;
    case 'ClaimRejected':
      return `rejected: ${event.data.reason}`;
    case 'ClaimReopened':
      return `appeal ${event.data.appeal} reopened the claim; decision due ${event.data.decisionDue.localDate}`;
    case 'ClaimPaid':
      return `paid ${formatMoney(event.data.amount)}, reference ${event.data.paymentReference}`;
    case 'PayoutOverdue':
      return `payout overdue since ${event.data.dueAt}`;
    case 'DecisionOverdue':
      return `decision overdue since ${event.data.dueAt}`;
    case 'ClaimLapsed':
      return `lapsed, missing ${event.data.missingDocuments.map((d) => d.documentType).join(', ')}`;
    case 'ClaimWithdrawn':
      return `withdrawn: ${event.data.reason}`;
    case 'CarrierNotified':
      return `carrier ${event.data.carrierId ?? '(unknown)'} notified, reference ${event.data.reference}, notice due ${event.data.noticeDue.localDate}`;
    case 'CarrierNoticeMissed':
      return `carrier ${event.data.carrierId ?? '(unknown)'} not notified by ${event.data.noticeDue.localDate}: recovery at risk`;
    case 'CarrierLiabilityAssessed':
      return event.data.basis.kind === 'regime'
        ? `carrier liability capped at ${formatMoney(event.data.cap)}: ${event.data.basis.regime} ${event.data.basis.sdr} SDR for ${event.data.basis.weightGrams} g at ${event.data.basis.sdrRate.rate} (${event.data.basis.sdrRate.source}, ${event.data.basis.sdrRate.date}), rounded ${event.data.rounding}`
        : `carrier liability capped at ${formatMoney(event.data.cap)}: declared value for carriage ${formatMoney(event.data.basis.carriageValue)}, rounded ${event.data.rounding}`;
    case 'RecoveryFiled':
      return `recovery of ${formatMoney(event.data.amount)} filed against ${event.data.carrierId ?? 'the carrier'}, reference ${event.data.reference}`;
    case 'RecoveryReceived':
      return `recovered ${formatMoney(event.data.amount)}${event.data.full ? ' (in full)' : ''}, reference ${event.data.reference}`;
    case 'RecoveryClosed':
      return `recovery closed, ${formatMoney(event.data.writtenOff)} written off: ${event.data.reason}`;
    case 'ParcelFoundAfterPayout':
      return `found after payout, ${event.data.pieceIds.length} piece(s); election due ${event.data.electionDue.localDate}`;
    case 'ClaimRepaid':
      return `the insured repaid ${formatMoney(event.data.amount)}`;
    case 'GoodsSurrendered':
      return `the insured surrendered ${event.data.pieceIds.length} found piece(s) to the insurer`;
    case 'SalvageElectionOverdue':
      return `salvage election overdue since ${event.data.dueAt}`;
    case 'DelegationGranted':
      return `${event.data.delegateId} acts for the ${event.data.principal.role} ${event.data.principal.id}`;
    case 'DelegationRevoked':
      return `${event.data.delegateId} no longer acts for the ${event.data.principal.role} ${event.data.principal.id}`;
  }
  // Every type returned above; an event type without a case fails to compile here, by name.
  const unhandled: never = event;
  return unhandled;
};
