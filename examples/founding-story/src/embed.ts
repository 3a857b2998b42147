import { inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { createClaimsService } from '@parcel-claims/service';

const service = createClaimsService({ store: inMemoryEventStore() });
export const receive = (body: unknown) => service.execute(body); // decode, decide, append: a typed result
export const parcel = (parcelId: string) => service.getParcel(parcelId); // the current state, from the store
