import { executorBehaviour } from './support/executor-behaviour.js';
import { pgStoreFixture } from './support/pg-store-fixture.js';
import { sinkBehaviour } from './support/sink-behaviour.js';

const fixture = pgStoreFixture('sql');

executorBehaviour('pg executor', () => ({
  executor: fixture.executor(),
  notifications: fixture.notifications(),
  schema: fixture.schema,
}));

sinkBehaviour('SQL projection sink on PostgreSQL', () => ({
  executor: fixture.executor(),
  schema: fixture.schema,
}));
