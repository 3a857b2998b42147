import { InvalidSchemaName } from './invalid-schema-name.js';

/** The schema every table of the store lives in unless told otherwise. */
export const defaultSchema = 'parcel_claims';

// Identifiers cannot be statement parameters, so the schema name is written into DDL and into a
// few statements. Only plain lower-case identifiers are accepted, which also need no quoting in
// LISTEN; 55 characters leave room for the channel suffix within PostgreSQL's 63.
const plainIdentifier = /^[a-z_][a-z0-9_]{0,55}$/;

/** The names the store's SQL uses inside one schema. */
export interface SchemaNames {
  readonly schema: string;
  /** The schema, quoted for SQL. */
  readonly quoted: string;
  /** A table, sequence or function of the schema, qualified and quoted for SQL. */
  readonly qualified: (name: string) => string;
  /** The LISTEN/NOTIFY channel appends to this schema notify. */
  readonly channel: string;
}

/**
 * Checks a schema name and derives the names used in SQL from it.
 *
 * @example
 * schemaNames('claims_test').qualified('events'); // '"claims_test"."events"'
 */
export const schemaNames = (schema: string = defaultSchema): SchemaNames => {
  if (!plainIdentifier.test(schema)) throw new InvalidSchemaName(schema);
  const quoted = `"${schema}"`;
  return {
    schema,
    quoted,
    qualified: (name) => `${quoted}."${name}"`,
    channel: `${schema}_events`,
  };
};
