export { eventStoreContract } from './event-store-contract.js';
export type { ContractOptions, StoreFactory, StoreUnderTest } from './store-factory.js';
