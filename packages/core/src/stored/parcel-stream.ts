/** The stream that holds one insured parcel's whole history. */
export const parcelStreamId = (parcelId: string): string => `parcel-${parcelId}`;

/** Every parcel stream starts with this; subscriptions filter on it. */
export const parcelStreamPrefix = 'parcel-';
