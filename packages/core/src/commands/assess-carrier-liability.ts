import * as t from 'io-ts';
import { nullable } from '../codec/nullable.js';
import { currentClaimScope } from '../decider/scopes.js';
import { ClaimId } from '../ids.js';
import { ExchangeRate } from '../money/exchange.js';
import { SdrRate } from '../money/sdr-rate.js';
import { claimAcceptedOrPaid } from '../rules/n1-carrier-notice.js';
import { liabilityFound } from '../rules/n2-carrier-liability.js';
import { defineCommand } from './define-command.js';

/** What a carrier's liability is assessed under: an international regime, or the value declared for carriage. */
export const LiabilityChoice = t.keyof({ montreal: null, cmr: null, upu: null, 'declared-value': null });

/**
 * The insurer assesses what the carrier is liable for on the claimed pieces: under a regime, at the
 * SDR rate it names (with its date and source), or up to the value declared for carriage, converted
 * at one of `rates` when in another currency.
 */
export const assessCarrierLiability = defineCommand(
  'AssessCarrierLiability',
  { claimId: ClaimId, regime: LiabilityChoice, sdrRate: nullable(SdrRate), rates: t.array(ExchangeRate) },
  {
    roles: ['insurer'],
    scope: currentClaimScope,
    rules: [claimAcceptedOrPaid],
    find: liabilityFound,
    decide: ({ at, commandId, claim, basis, cap }) => [
      {
        type: 'CarrierLiabilityAssessed',
        data: {
          at,
          commandId,
          claimId: claim.claimId,
          pieceIds: [...claim.pieceIds],
          basis,
          cap,
          rounding: 'half-even',
        },
      },
    ],
  },
);
