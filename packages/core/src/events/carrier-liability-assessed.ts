import * as t from 'io-ts';
import { ClaimId, PieceId } from '../ids.js';
import { ConversionRounding } from '../money/exchange.js';
import { Money } from '../money/index.js';
import { defineEvent } from './define-event.js';
import { changeFollowUp } from './follow-up-draft.js';
import { LiabilityBasis } from './liability-basis.js';

/** The carrier's liability for the claimed pieces, capped at `cap` in the coverage currency, rounded as `rounding` states. */
export const carrierLiabilityAssessed = defineEvent(
  'CarrierLiabilityAssessed',
  {
    claimId: ClaimId,
    pieceIds: t.array(PieceId),
    basis: LiabilityBasis,
    cap: Money,
    rounding: ConversionRounding,
  },
  (draft, data) => {
    changeFollowUp(draft, (f) => ({ ...f, carrierLiabilityCap: data.cap }));
  },
);
