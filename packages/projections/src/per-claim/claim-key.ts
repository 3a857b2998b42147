/**
 * The key of a claim within a read model. Claim ids are unique within a parcel only, so the key
 * pairs the claim id with the parcel's stream; JSON keeps the pair unambiguous whatever the ids
 * contain.
 */
export const claimKey = (streamId: string, claimId: string): string => JSON.stringify([streamId, claimId]);
