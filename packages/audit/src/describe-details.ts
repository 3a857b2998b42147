import {
  type ClaimEvent,
  type Conversion,
  type Deductible,
  formatMoney,
  type Money,
  type PayoutBreakdown,
  type RecordedPayee,
  type RecordedPaymentMethod,
} from '@parcel-claims/core';

const grams = new Intl.NumberFormat('en-US');

/** `by wallet`, or `method not recorded` for payments stored before methods were kept. */
const describeMethod = (method: RecordedPaymentMethod): string =>
  method === 'not-recorded' ? 'method not recorded' : `by ${method}`;

/** `the seller seller-a`, or `not recorded` for payments stored before payees were kept. */
export const describePayee = (payee: RecordedPayee): string =>
  payee.role === 'not-recorded' ? 'not recorded' : `the ${payee.role} ${payee.partyId}`;

const moneyOrNone = (amount: Money | null, none: string): string =>
  amount === null ? none : formatMoney(amount);

/** `USD 100.00 → CNY 712.50 at 7.125 (USD/CNY of 2026-01-05, ECB), rounded half-even`. */
export const describeConversion = (conversion: Conversion): string => {
  const { from, to, rate, rounding } = conversion;
  return `${formatMoney(from)} → ${formatMoney(to)} at ${rate.rate} (${rate.from}/${rate.to} of ${rate.date}, ${rate.source}), rounded ${rounding}`;
};

/** `none`, `CNY 50.00`, or `5% of the limit, at least CNY 50.00`. */
export const describeDeductibleRule = (rule: Deductible): string => {
  switch (rule.kind) {
    case 'none':
      return 'none';
    case 'amount':
      return formatMoney(rule.amount);
    case 'percentage':
      return `${rule.percent}% of the limit, at least ${formatMoney(rule.minimum)}`;
  }
};

/**
 * The indemnity steps of a payout breakdown, one line each: sum insured, the claimed pieces'
 * insured share, the proven loss and its conversions, the limit, the deductible (rule and amount),
 * the carrier's settlement and the cap.
 */
export const describeBreakdown = (breakdown: PayoutBreakdown): string[] => {
  const { sumInsured, insuredShare, provenLoss, provenConversions, coveredShippingCost } = breakdown;
  const lines = [`sum insured ${formatMoney(sumInsured)}`];
  if (insuredShare !== null)
    lines.push(
      `insured share of piece(s) ${insuredShare.pieceIds.join(', ')}: ${formatMoney(insuredShare.share)} (allocated by goods value, ${insuredShare.rounding})`,
    );
  lines.push(
    `proven loss ${formatMoney(provenLoss)}, covered shipping ${formatMoney(coveredShippingCost)} included`,
  );
  for (const conversion of provenConversions) lines.push(`converted ${describeConversion(conversion)}`);
  lines.push(
    `limit ${formatMoney(breakdown.limit)} = min(${insuredShare === null ? 'sum insured' : 'insured share'}, proven loss)`,
    `deductible ${describeDeductibleRule(breakdown.deductible.rule)}: ${formatMoney(breakdown.deductible.amount)}`,
    `carrier settlement ${formatMoney(breakdown.carrierSettlement)}`,
    `salvage ${formatMoney(breakdown.salvage)}`,
    `cap ${formatMoney(breakdown.cap)} = limit − deductible − carrier settlement − salvage, not below zero`,
  );
  return lines;
};

/**
 * What an event recorded beyond its one-line summary, a line per fact: a booking's parties,
 * values and pieces; a coverage's terms and conversions; the boxes of each piece at handover;
 * the pieces a delivery or claim concerns; the indemnity steps of an acceptance; who acts for whom
 * after a delegation is granted or revoked. Empty for the
 * other events.
 */
export const eventDetails = (event: ClaimEvent): string[] => {
  switch (event.type) {
    case 'ParcelBooked': {
      const { data } = event;
      return [
        `parties: seller ${data.sellerId}, forwarder ${data.forwarderId}`,
        `values: goods ${formatMoney(data.goodsValue)} (${data.valueBasis}), customs ${moneyOrNone(data.customsValue, 'not declared')}, carriage ${moneyOrNone(data.carriageValue, 'not declared')}, shipping ${formatMoney(data.shippingCost)}`,
        ...data.pieces.map(
          (piece) =>
            `piece ${piece.pieceId}: ${piece.description}, goods ${formatMoney(piece.goodsValue)}, ${grams.format(piece.weightGrams)} g`,
        ),
      ];
    }
    case 'InsurancePurchased': {
      const { data } = event;
      return [
        `insurer ${data.insurerId}, premium ${formatMoney(data.premium)}, deductible ${describeDeductibleRule(data.deductible)}, shipping ${data.coversShippingCost ? 'covered' : 'not covered'}`,
        ...data.conversions.map((conversion) => `converted ${describeConversion(conversion)}`),
      ];
    }
    case 'ParcelHandedToCarrier':
      return event.data.boxes.map(
        (boxes) =>
          `piece ${boxes.pieceId}: air box ${boxes.airBoxNumber}, customs box ${boxes.customsBoxNumber}`,
      );
    case 'ParcelDelivered':
      return [`piece(s) delivered: ${event.data.pieceIds.join(', ')}`];
    case 'InquiryOpened':
      return [`piece(s) claimed: ${event.data.pieceIds.join(', ')}`];
    case 'ClaimAccepted':
      return [
        ...describeBreakdown(event.data.breakdown),
        ...(event.data.partialReason === null ? [] : [`partial approval: ${event.data.partialReason}`]),
        `payee ${describePayee(event.data.payee)}, ${describeMethod(event.data.method)}`,
      ];
    case 'CarrierLiabilityAssessed': {
      const { basis } = event.data;
      return basis.kind === 'regime'
        ? [
            `piece(s) assessed: ${event.data.pieceIds.join(', ')}`,
            `${basis.regime} figures in force since ${basis.effectiveFrom}: ${basis.sdrPerParcel === null ? '' : `${basis.sdrPerParcel} SDR per parcel + `}${basis.sdrPerKg} SDR per kg`,
            `${basis.weightGrams} g = ${basis.sdr} SDR exactly`,
            `SDR rate ${basis.sdrRate.rate} ${basis.sdrRate.to} (${basis.sdrRate.source}, ${basis.sdrRate.date}), rounded ${event.data.rounding}`,
          ]
        : [
            `value declared for carriage ${formatMoney(basis.carriageValue)}`,
            ...(basis.conversion === null ? [] : [`converted ${describeConversion(basis.conversion)}`]),
          ];
    }
    case 'ParcelFoundAfterPayout':
    case 'GoodsSurrendered':
      return [`piece(s) found: ${event.data.pieceIds.join(', ')}`];
    case 'ClaimPaid':
      return [`to ${describePayee(event.data.payee)}, ${describeMethod(event.data.method)}`];
    case 'InformationRequested':
      return [
        `asked of the ${event.data.askedOf}: ${event.data.question}`,
        `answer due ${event.data.answerDue}`,
        `decision clock paused after ${event.data.decisionDaysUsed} working days`,
      ];
    case 'InformationProvided':
      return [
        `answered by the ${event.data.answeredBy}: ${event.data.answer}`,
        `decision clock resumed: due ${event.data.decisionDue.localDate} (${event.data.decisionDue.basis.count} working days left)`,
      ];
    case 'ClaimReopened':
      return [
        `grounds: ${event.data.grounds}`,
        ...event.data.documents.map((d) => `new ${d.documentType} ${d.reference}`),
      ];
    case 'DelegationGranted':
      return [
        `${event.data.delegateId} may act as ${event.data.principal.role} for ${event.data.principal.id}`,
      ];
    case 'DelegationRevoked':
      return [
        `${event.data.delegateId} no longer acts as ${event.data.principal.role} for ${event.data.principal.id}`,
      ];
    case 'ParcelPickedUp':
    case 'ParcelReceivedAtHub':
    case 'ParcelShipped':
    case 'TrackingUpdated':
    case 'DocumentAttached':
    case 'DocumentRejected':
    case 'DocumentDeadlineExtended':
    case 'LossConfirmed':
    case 'ClaimSubmitted':
    case 'ClaimRejected':
    case 'PayoutOverdue':
    case 'DecisionOverdue':
    case 'ClaimLapsed':
    case 'ClaimWithdrawn':
    case 'CarrierNotified':
    case 'CarrierNoticeMissed':
    case 'RecoveryFiled':
    case 'RecoveryReceived':
    case 'RecoveryClosed':
    case 'ClaimRepaid':
    case 'SalvageElectionOverdue':
      return [];
  }
  // Every type returned above; an event type without a case fails to compile here, by name.
  const unhandled: never = event;
  return unhandled;
};
