import { defaultPolicy, type Policy, validatePolicy } from '@parcel-claims/core';
import * as E from 'fp-ts/lib/Either.js';

/**
 * An insurer's own terms: payout within 5 working days instead of 3, and a loss inquiry no earlier
 * than 21 days after dispatch instead of 14, for domestic and international parcels alike (each
 * route has its own waiting period). Everything else as in the standard policy.
 */
const terms = {
  id: 'parcel-express',
  version: 1,
  parameters: {
    ...defaultPolicy.parameters,
    payoutAfterAcceptance: { value: 5, unit: 'working-days' },
    inquiryWaitingPeriod: { value: 21, unit: 'calendar-days' },
    internationalInquiryWaitingPeriod: { value: 21, unit: 'calendar-days' },
  },
};

const checked = validatePolicy(terms);
if (E.isLeft(checked)) throw new Error(checked.left.message);

export const expressPolicy: Policy = checked.right;
