import { pgStoreFixture } from './support/pg-store-fixture.js';
import { sameAnswersAsInMemory } from './support/same-answers.js';

const fixture = pgStoreFixture('same');

sameAnswersAsInMemory('the PostgreSQL store against the in-memory store', fixture.store);
