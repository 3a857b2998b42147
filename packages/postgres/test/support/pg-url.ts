/** The PostgreSQL server the integration tests use; override with PARCEL_CLAIMS_TEST_PG_URL. */
export const pgUrl = process.env.PARCEL_CLAIMS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
