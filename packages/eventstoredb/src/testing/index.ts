export type { StandInFaults } from './faults.js';
export { type StandIn, type StandInOptions, startStandIn } from './stand-in.js';
