export { InvalidStoreUrl } from '@parcel-claims/eventsourcing';
export { type OpenedStore, type OpenStoreOptions, openStore } from './open-store.js';
export { StoreDriverMissing } from './store-driver-missing.js';
export { UnsupportedStoreUrl } from './unsupported-store-url.js';
