import { assertClaimsModel, eventStoreContract } from '@parcel-claims/testing';
import { describe, it } from 'vitest';
import { openStore } from '../support/stand-in-fixture.js';

// The same suites against a real EventStoreDB, e.g. started with
//   docker run --rm -p 2113:2113 eventstore/eventstore:23.10.0-bookworm-slim --insecure --mem-db
//   EVENTSTOREDB_URL='esdb://localhost:2113?tls=false' npx vitest run --project eventstoredb
// The stand-in cannot prove the adapter right about the server; this run can.
const url = process.env.EVENTSTOREDB_URL;

if (url === undefined || url === '') {
  describe('EventStoreDB adapter on a real server', () => {
    it.skip('needs EVENTSTOREDB_URL (e.g. esdb://localhost:2113?tls=false); no server here, so not run', () => {});
  });
  console.info('EventStoreDB adapter on a real server: skipped, EVENTSTOREDB_URL is not set');
} else {
  // A real server is shared by every test and keeps earlier runs' events, as the suite allows.
  eventStoreContract('EventStoreDB adapter on a real server', async () => openStore(url), {
    subscriptionLatencyMs: 5_000,
  });
  describe('the claims service on a real server, against the model', () => {
    it('agrees with the model on generated command sequences', async () => {
      await assertClaimsModel(async () => openStore(url), { numRuns: 5, maxCommands: 40 });
    }, 120_000);
  });
}
