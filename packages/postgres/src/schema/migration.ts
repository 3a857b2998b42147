import type { SchemaNames } from './schema-names.js';

/** One step of the store's schema, applied once per schema, in version order. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  /** The statements, one per entry (PGlite runs one statement per query). */
  readonly statements: (names: SchemaNames) => readonly string[];
}
