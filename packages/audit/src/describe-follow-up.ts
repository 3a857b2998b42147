import { type Claim, formatMoney } from '@parcel-claims/core';

/**
 * What followed a claim's decision, as label and value: the carrier's notice, its liability cap,
 * the recovery (filed, recovered, outstanding or written off), a parcel found after payout and
 * the insured's election. Empty when nothing followed.
 */
export const describeFollowUp = (claim: Claim): readonly (readonly [string, string])[] => {
  const { carrierNotice, carrierNoticeMissed, carrierLiabilityCap, recovery, found } = claim.followUp;
  const rows: (readonly [string, string])[] = [];
  if (carrierNotice !== null)
    rows.push([
      'carrier notice',
      `given ${carrierNotice.notifiedAt.slice(0, 10)} (${carrierNotice.reference}), due ${carrierNotice.noticeDue.localDate}`,
    ]);
  else if (carrierNoticeMissed) rows.push(['carrier notice', 'missed: recovery at risk']);
  if (carrierLiabilityCap !== null) rows.push(['carrier liability cap', formatMoney(carrierLiabilityCap)]);
  if (recovery !== null) {
    const state =
      recovery.closed !== null
        ? `${formatMoney(recovery.closed.writtenOff)} written off: ${recovery.closed.reason}`
        : recovery.full
          ? 'received in full'
          : 'open';
    rows.push([
      'recovery',
      `filed ${formatMoney(recovery.filed)}, recovered ${formatMoney(recovery.received)}, ${state}`,
    ]);
  }
  if (found !== null)
    rows.push([
      'found after payout',
      `${found.pieceIds.join(', ')} on ${found.foundAt.slice(0, 10)}; ${
        found.election === 'repay' && found.repaid !== null
          ? `repaid ${formatMoney(found.repaid)}`
          : found.election === 'surrender'
            ? 'goods surrendered'
            : `election due ${found.electionDue.localDate}${found.electionOverdue ? ', overdue' : ''}`
      }`,
    ]);
  return rows;
};
