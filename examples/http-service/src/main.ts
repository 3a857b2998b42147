import { inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { createClaimsService } from '@parcel-claims/service';
import { buildApp } from './app.js';

const port = Number(process.env.PORT ?? 3000);
const app = buildApp(createClaimsService({ store: inMemoryEventStore() }));
await app.listen({ host: '127.0.0.1', port });
console.log(`parcel-claims HTTP service on http://127.0.0.1:${port}`);
