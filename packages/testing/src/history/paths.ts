import fc from 'fast-check';
import { arbAnyIntent, arbIntent, type Intent, type IntentKind } from './intent.js';

/** The story a generated history leans towards; `any` leans nowhere. */
export type HistoryPath =
  | 'any'
  | 'happy-payout'
  | 'lapse'
  | 'rejection'
  | 'damage'
  | 'after-delivery'
  | 'withdrawal'
  | 'deadline-checks'
  | 'delegation'
  | 'recovery'
  | 'found-after-payout'
  | 'appeal'
  | 'second-appeal'
  | 'information-request';

/** Every story `arbHistory` can lean towards. */
export const historyPaths: readonly HistoryPath[] = [
  'any',
  'happy-payout',
  'lapse',
  'rejection',
  'damage',
  'after-delivery',
  'withdrawal',
  'deadline-checks',
  'delegation',
  'recovery',
  'found-after-payout',
  'appeal',
  'second-appeal',
  'information-request',
];

type Step = readonly [IntentKind, number, number];

const shipment: readonly Step[] = [
  ['BookParcel', 0, 0.01],
  ['PurchaseInsurance', 0, 0.1],
  ['RecordPickup', 0.01, 0.5],
  ['RecordHubArrival', 0.01, 0.5],
  ['ShipParcel', 0.01, 0.5],
  ['HandOverToCarrier', 0.1, 1],
  ['RecordTrackingUpdate', 0.1, 3],
];
const lossDossier: readonly Step[] = [
  ['OpenInquiry', 6, 25],
  ['AttachDocument', 0.01, 10],
  ['AttachDocument', 0.01, 10],
  ['AttachDocument', 0.01, 10],
  ['AttachDocument', 0.01, 10],
  ['ConfirmLoss', 0.5, 30],
];
const decided: readonly Step[] = [
  ['SubmitClaim', 0, 3],
  ['AcceptClaim', 0, 12],
];

const skeletons: { readonly [P in HistoryPath]: readonly Step[] } = {
  any: shipment,
  'happy-payout': [...shipment, ...lossDossier, ...decided, ['PayClaim', 0, 5]],
  lapse: [
    ...shipment,
    ['OpenInquiry', 14, 130],
    ['AttachDocument', 0.01, 10],
    ['AttachDocument', 0.01, 10],
    ['ExtendDocumentDeadline', 1, 20],
    ['CheckDeadlines', 31, 75],
  ],
  rejection: [...shipment, ...lossDossier, ['SubmitClaim', 0, 3], ['RejectClaim', 1, 10]],
  damage: [
    ...shipment,
    ['RecordDelivery', 3, 20],
    ['OpenInquiry', 0, 16],
    ['AttachDocument', 0.01, 5],
    ['AttachDocument', 0.01, 5],
    ['AttachDocument', 0.01, 5],
    ['AttachDocument', 0.01, 5],
    ['AttachDocument', 0.01, 5],
    ...decided,
    ['PayClaim', 0, 5],
  ],
  'after-delivery': [
    ...shipment,
    ['RecordDelivery', 3, 20],
    ['OpenInquiry', 0, 35],
    ['AttachDocument', 0.01, 5],
    ['AttachDocument', 0.01, 5],
    ['AttachDocument', 0.01, 5],
    ['AttachDocument', 0.01, 5],
    ['AttachDocument', 0.01, 5],
    ['AttachDocument', 0.01, 5],
    ['ConfirmLoss', 0.5, 20],
    ...decided,
    ['PayClaim', 0, 5],
  ],
  withdrawal: [
    ...shipment,
    ['OpenInquiry', 6, 25],
    ['AttachDocument', 0.01, 10],
    ['WithdrawClaim', 0.5, 20],
    ['RecordDelivery', 0.5, 20],
    ['OpenInquiry', 0, 10],
  ],
  'deadline-checks': [
    ...shipment,
    ...lossDossier,
    ...decided,
    ['CheckDeadlines', 0, 8],
    ['CheckDeadlines', 0, 8],
    ['PayClaim', 0, 3],
    ['CheckDeadlines', 0, 30],
    ['PayClaim', 0, 3],
  ],
  // After payment the insurer notifies the carrier, assesses its liability and recovers from it, in
  // part or in full, or writes the rest off; the parcel may still turn up.
  recovery: [
    ...shipment,
    ...lossDossier,
    ...decided,
    ['PayClaim', 0, 5],
    ['NotifyCarrier', 0, 20],
    ['AssessCarrierLiability', 0, 10],
    ['FileRecovery', 0, 10],
    ['RecordRecovery', 1, 40],
    ['RecordRecovery', 1, 40],
    ['CloseRecovery', 1, 60],
    ['RecordDelivery', 0, 30],
    ['ElectSalvage', 0, 40],
  ],
  // The paid parcel turns up; the insured elects, or lets the due date pass; the carrier was never told.
  'found-after-payout': [
    ...shipment,
    ...lossDossier,
    ...decided,
    ['PayClaim', 0, 5],
    ['RecordDelivery', 0, 30],
    ['CheckDeadlines', 20, 45],
    ['CheckDeadlines', 0, 10],
    ['ElectSalvage', 0, 10],
  ],
  // A party lets another act for it (the forwarder for its seller), who then acts, until revoked.
  delegation: [
    ['BookParcel', 0, 0.01],
    ['GrantDelegation', 0, 0.05],
    ...shipment.slice(1),
    ['GrantDelegation', 0, 0.5],
    ...lossDossier,
    ['RevokeDelegation', 0, 2],
    ...decided,
    ['PayClaim', 0, 5],
  ],
  // Rejected, appealed with new documents within the window, reopened, then accepted and paid.
  appeal: [
    ...shipment,
    ...lossDossier,
    ['SubmitClaim', 0, 3],
    ['RejectClaim', 1, 10],
    ['AppealRejection', 0.5, 36],
    ['RequestInformation', 0, 4],
    ['AnswerInformationRequest', 0.5, 10],
    ...decided,
    ['PayClaim', 0, 5],
  ],
  // Rejected again after an appeal, then appealed once more: beyond the default policy's one appeal.
  'second-appeal': [
    ...shipment,
    ...lossDossier,
    ['SubmitClaim', 0, 3],
    ['RejectClaim', 1, 10],
    ['AppealRejection', 0.5, 10],
    ['RejectClaim', 0, 10],
    ['AppealRejection', 0.5, 10],
  ],
  // The insurer asks once or twice before deciding; the decision clock pauses meanwhile.
  'information-request': [
    ...shipment,
    ...lossDossier,
    ['SubmitClaim', 0, 3],
    ['RequestInformation', 0, 6],
    ['AnswerInformationRequest', 0.5, 12],
    ['RequestInformation', 0, 16],
    ['AnswerInformationRequest', 0.5, 12],
    ['CheckDeadlines', 0, 10],
    ['AcceptClaim', 0, 12],
    ['PayClaim', 0, 5],
  ],
};

/**
 * The intents of a path: its skeleton, each step with its own delay and choices, with up to
 * `noise` random steps inserted. Built with `fc.tuple`, `fc.array` and `map` only, so every part
 * shrinks: noise goes first, then delays and choices.
 */
export const arbPathIntents = (path: HistoryPath, noise: number): fc.Arbitrary<readonly Intent[]> =>
  fc
    .record({
      skeleton: fc.tuple(...skeletons[path].map(([kind, min, max]) => arbIntent(kind, min, max, 299))),
      inserted: fc.array(fc.tuple(fc.nat(), arbAnyIntent), { maxLength: noise }),
    })
    .map(({ skeleton, inserted }) => {
      const steps: Intent[] = [...skeleton];
      for (const [at, intent] of inserted) steps.splice(at % (steps.length + 1), 0, intent);
      return steps;
    });
