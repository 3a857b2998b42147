import * as t from 'io-ts';
import { CalendarRef } from '../calendar/index.js';
import { keptCopy } from '../decider/parcel-draft.js';
import type { Coverage } from '../decider/state.js';
import { PartyId } from '../ids.js';
import { Conversion, Money } from '../money/index.js';
import { Deductible } from '../policy/deductible.js';
import { PolicyRef } from '../policy/policy.js';
import { ValueBasis } from '../vocabulary/reasons.js';
import { defineEvent } from './define-event.js';

/**
 * The coverage, with the policy version and payer calendar that govern every later claim. The
 * insured value fixes the coverage currency; `conversions` are those that bounded it by the goods
 * value (and covered shipping) when these were in other currencies.
 */
export const insurancePurchased = defineEvent(
  'InsurancePurchased',
  {
    insurerId: PartyId,
    policy: PolicyRef,
    insuredValue: Money,
    valueBasis: ValueBasis,
    coversShippingCost: t.boolean,
    premium: Money,
    deductible: Deductible,
    payerCalendar: CalendarRef,
    conversions: t.array(Conversion),
  },
  (draft, data) => {
    const coverage: Coverage = {
      insurerId: data.insurerId,
      policy: data.policy,
      insuredValue: data.insuredValue,
      valueBasis: data.valueBasis,
      coversShippingCost: data.coversShippingCost,
      premium: data.premium,
      deductible: data.deductible,
      payerCalendar: data.payerCalendar,
      purchasedAt: data.at,
    };
    draft.coverage = keptCopy(coverage);
  },
);
