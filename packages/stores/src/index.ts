export { type OpenedStore, openStore } from './open-store.js';
export { UnsupportedStoreUrl } from './unsupported-store-url.js';
