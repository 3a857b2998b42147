import { openPostgresStore } from '@parcel-claims/postgres';
import { createClaimsService } from '@parcel-claims/service';
import { buildApp } from './app.js';
import { claimReadModels } from './read-models.js';

const url = process.env.PARCEL_CLAIMS_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = process.env.PARCEL_CLAIMS_SCHEMA ?? 'parcel_claims';
const port = Number(process.env.PORT ?? 3000);

const { store, executor } = await openPostgresStore(url, { schema });
const app = buildApp(createClaimsService({ store }), await claimReadModels(store, executor, schema));
await app.listen({ host: '127.0.0.1', port });
console.log(`parcel-claims HTTP service on http://127.0.0.1:${port}`);
