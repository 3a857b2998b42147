import * as t from 'io-ts';
import { nullable } from '../codec/nullable.js';
import { wholeStream } from '../decider/scopes.js';
import { BookedPiece } from '../events/parts.js';
import { NonEmptyText, PartyId } from '../ids.js';
import { Money } from '../money/index.js';
import { bookingTerms } from '../rules/c1-coverage-terms.js';
import { notYetBooked } from '../rules/l1-shipment-lifecycle.js';
import { CountryCode } from '../vocabulary/country-code.js';
import { ValueBasis } from '../vocabulary/reasons.js';
import { defineCommand, nothingToFind } from './define-command.js';

const nullableMoney = nullable(Money);

/**
 * Opens the parcel's stream: who sends what where; the goods value on its basis, the customs value,
 * the value declared for carriage (null when none) and the shipping cost; and the parcel's pieces.
 */
export const bookParcel = defineCommand(
  'BookParcel',
  {
    sellerId: PartyId,
    forwarderId: PartyId,
    origin: CountryCode,
    destination: CountryCode,
    contents: NonEmptyText,
    goodsValue: Money,
    valueBasis: ValueBasis,
    customsValue: nullableMoney,
    carriageValue: nullableMoney,
    shippingCost: Money,
    pieces: t.array(BookedPiece),
  },
  {
    roles: ['seller', 'forwarder'],
    scope: wholeStream,
    rules: [notYetBooked, bookingTerms],
    find: nothingToFind,
    decide: ({ command, at, commandId }) => {
      const { parcelId, sellerId, forwarderId, origin, destination, contents } = command.data;
      const { goodsValue, valueBasis, customsValue, carriageValue, shippingCost, pieces } = command.data;
      return [
        {
          type: 'ParcelBooked',
          data: {
            at,
            commandId,
            parcelId,
            sellerId,
            forwarderId,
            origin,
            destination,
            contents,
            goodsValue,
            valueBasis,
            customsValue,
            carriageValue,
            shippingCost,
            pieces,
          },
        },
      ];
    },
  },
);
