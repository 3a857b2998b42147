import { PositiveInteger } from '../calendar/index.js';
import { wholeStream } from '../decider/scopes.js';
import { NonEmptyText, PartyId } from '../ids.js';
import { Money } from '../money/index.js';
import { bookingTerms } from '../rules/c1-coverage-terms.js';
import { notYetBooked } from '../rules/l1-shipment-lifecycle.js';
import { bookedByNamedParty } from '../rules/p2-parcel-party.js';
import { CountryCode } from '../vocabulary/country-code.js';
import { defineCommand, nothingToFind } from './define-command.js';

/** Opens the parcel's stream: who sends what, where, at what declared value and shipping cost. */
export const bookParcel = defineCommand(
  'BookParcel',
  {
    sellerId: PartyId,
    forwarderId: PartyId,
    origin: CountryCode,
    destination: CountryCode,
    contents: NonEmptyText,
    weightGrams: PositiveInteger,
    declaredValue: Money,
    shippingCost: Money,
  },
  {
    roles: ['seller', 'forwarder'],
    scope: wholeStream,
    rules: [notYetBooked, bookedByNamedParty, bookingTerms],
    find: nothingToFind,
    decide: ({ command, at, commandId }) => {
      const { parcelId, sellerId, forwarderId, origin, destination, contents, weightGrams } = command.data;
      const { declaredValue, shippingCost } = command.data;
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
            weightGrams,
            declaredValue,
            shippingCost,
          },
        },
      ];
    },
  },
);
