import * as t from 'io-ts';

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const isId = (s: string): boolean => ID.test(s);

export interface ParcelIdBrand {
  readonly ParcelId: unique symbol;
}
/** The forwarder's parcel number; also names the stream `parcel-<id>`. */
export const ParcelId = t.brand(t.string, (s): s is t.Branded<string, ParcelIdBrand> => isId(s), 'ParcelId');
export type ParcelId = t.TypeOf<typeof ParcelId>;

export interface ClaimIdBrand {
  readonly ClaimId: unique symbol;
}
export const ClaimId = t.brand(t.string, (s): s is t.Branded<string, ClaimIdBrand> => isId(s), 'ClaimId');
export type ClaimId = t.TypeOf<typeof ClaimId>;

export interface PartyIdBrand {
  readonly PartyId: unique symbol;
}
/** A seller, forwarder, carrier or insurer, as the embedding service names them. */
export const PartyId = t.brand(t.string, (s): s is t.Branded<string, PartyIdBrand> => isId(s), 'PartyId');
export type PartyId = t.TypeOf<typeof PartyId>;

export interface CommandIdBrand {
  readonly CommandId: unique symbol;
}
/** A lower-case UUID chosen by the caller; repeating a command with the same id changes nothing. */
export const CommandId = t.brand(
  t.string,
  (s): s is t.Branded<string, CommandIdBrand> => UUID.test(s),
  'CommandId',
);
export type CommandId = t.TypeOf<typeof CommandId>;

export interface NonEmptyTextBrand {
  readonly NonEmptyText: unique symbol;
}
/** Free text of 1 to 2000 characters that is not only whitespace. */
export const NonEmptyText = t.brand(
  t.string,
  (s): s is t.Branded<string, NonEmptyTextBrand> => s.trim().length > 0 && s.length <= 2000,
  'NonEmptyText',
);
export type NonEmptyText = t.TypeOf<typeof NonEmptyText>;
