import * as t from 'io-ts';
import { CalendarId } from '../calendar/index.js';
import { bookedParcelScope } from '../decider/scopes.js';
import { PartyId } from '../ids.js';
import { ExchangeRate } from '../money/exchange.js';
import { Money } from '../money/index.js';
import { PolicyRef } from '../policy/policy.js';
import { coverageTermsFound } from '../rules/c1-coverage-terms.js';
import { insuranceBeforeDispatch } from '../rules/r03-insured-before-dispatch.js';
import { ValueBasis } from '../vocabulary/reasons.js';
import { defineCommand } from './define-command.js';

/**
 * Buys the coverage, under a policy version and the payer's calendar, before dispatch. `rates`
 * convert the goods value and shipping cost into the coverage currency when they are in another.
 */
export const purchaseInsurance = defineCommand(
  'PurchaseInsurance',
  {
    insurerId: PartyId,
    policy: PolicyRef,
    insuredValue: Money,
    valueBasis: ValueBasis,
    coversShippingCost: t.boolean,
    premium: Money,
    payerCalendar: CalendarId,
    rates: t.array(ExchangeRate),
  },
  {
    roles: ['seller', 'forwarder'],
    scope: bookedParcelScope,
    rules: [insuranceBeforeDispatch],
    find: coverageTermsFound,
    decide: ({ command, at, commandId, bought }) => {
      const { insurerId, policy, insuredValue, valueBasis, coversShippingCost, premium } = command.data;
      const { calendar, deductible, conversions } = bought;
      return [
        {
          type: 'InsurancePurchased',
          data: {
            at,
            commandId,
            insurerId,
            policy,
            insuredValue,
            valueBasis,
            coversShippingCost,
            premium,
            deductible,
            payerCalendar: { id: calendar.id, version: calendar.version, zone: calendar.zone },
            conversions: [...conversions],
          },
        },
      ];
    },
  },
);
