import type { ClaimCommandType } from '@parcel-claims/core';

/** What happens to a generated demo parcel. */
export type DemoStory =
  | 'delivered'
  | 'happy-payout'
  | 'lapse'
  | 'rejection'
  | 'damage'
  | 'withdrawal'
  | 'deadline-checks';

/** One step of a story: a command and how many days after the step before it it comes, at least and at most. */
export type StoryStep = readonly [type: ClaimCommandType, minDays: number, maxDays: number];

const shipment: readonly StoryStep[] = [
  ['BookParcel', 0, 0.01],
  ['PurchaseInsurance', 0, 0.1],
  ['RecordPickup', 0.01, 0.5],
  ['RecordHubArrival', 0.01, 0.5],
  ['ShipParcel', 0.01, 0.5],
  ['HandOverToCarrier', 0.1, 1],
  ['RecordTrackingUpdate', 0.1, 3],
];

// A loss inquiry waits out the 14-day waiting period; seller documents are due within 30 days.
const lossDossier: readonly StoryStep[] = [
  ['OpenInquiry', 15, 40],
  ['AttachDocument', 0.01, 5],
  ['AttachDocument', 0.01, 5],
  ['AttachDocument', 0.01, 5],
  ['AttachDocument', 0.01, 5],
  ['ConfirmLoss', 0.5, 20],
  ['SubmitClaim', 0, 2],
];

/**
 * The stories, each as the commands a caller would send in order. Times vary within each step's
 * range; a command the rules refuse is left out, as it would leave no trace in the stream.
 */
export const demoStories: { readonly [S in DemoStory]: readonly StoryStep[] } = {
  delivered: [...shipment, ['RecordTrackingUpdate', 1, 4], ['RecordDelivery', 2, 10]],
  'happy-payout': [
    ...shipment,
    ...lossDossier.slice(0, 5),
    ['RejectDocument', 0.5, 3],
    ['AttachDocument', 0.5, 5],
    ...lossDossier.slice(5),
    ['AcceptClaim', 0.5, 10],
    ['PayClaim', 0.5, 3],
  ],
  lapse: [
    ...shipment,
    ['OpenInquiry', 15, 40],
    ['AttachDocument', 0.01, 5],
    ['AttachDocument', 0.01, 5],
    ['ExtendDocumentDeadline', 1, 10],
    // Seller documents are due 30 days after the inquiry, the others 60 (or as extended).
    ['CheckDeadlines', 31, 45],
    ['CheckDeadlines', 30, 60],
  ],
  rejection: [...shipment, ...lossDossier, ['RejectClaim', 1, 10]],
  damage: [
    ...shipment,
    ['RecordDelivery', 2, 10],
    ['OpenInquiry', 0.1, 10],
    ['AttachDocument', 0.01, 4],
    ['AttachDocument', 0.01, 4],
    ['AttachDocument', 0.01, 4],
    ['AttachDocument', 0.01, 4],
    ['AttachDocument', 0.01, 4],
    ['SubmitClaim', 0, 2],
    ['AcceptClaim', 0.5, 10],
    ['PayClaim', 0.5, 3],
  ],
  withdrawal: [
    ...shipment,
    ['OpenInquiry', 15, 40],
    ['AttachDocument', 0.01, 5],
    ['WithdrawClaim', 1, 15],
    ['RecordDelivery', 1, 15],
    ['OpenInquiry', 0.1, 5],
  ],
  'deadline-checks': [
    ...shipment,
    ...lossDossier,
    ['AcceptClaim', 0.5, 10],
    // The payout is due 3 working days after the acceptance: the check mostly finds it overdue.
    ['CheckDeadlines', 6, 14],
    ['PayClaim', 0, 3],
  ],
};

/** The stories in the order generated parcels take them, one after the other. */
export const demoStoryOrder: readonly DemoStory[] = [
  'delivered',
  'happy-payout',
  'lapse',
  'rejection',
  'damage',
  'withdrawal',
  'deadline-checks',
];
