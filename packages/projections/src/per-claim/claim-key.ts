/**
 * The key of a claim within a read model. Claim ids are unique within a parcel only, so the key
 * pairs the claim id with the parcel's stream; the stream id's length in front keeps the pair
 * unambiguous whatever the ids contain, and costs far less than encoding the pair as JSON (a
 * batch makes this key several times per event).
 */
export const claimKey = (streamId: string, claimId: string): string =>
  `${streamId.length}:${streamId}${claimId}`;
