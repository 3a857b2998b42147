/**
 * A row that does not have the shape the query promises: a field missing or of another type.
 * It means the database schema is not the one this code migrated, so stores report it as
 * unavailable rather than guess.
 */
export class UnexpectedRow extends Error {
  override readonly name = 'UnexpectedRow';
  readonly field: string;

  constructor(details: { readonly field: string; readonly expected: string; readonly found: unknown }) {
    super(`Column "${details.field}" should be ${details.expected}, found ${typeof details.found}`);
    this.field = details.field;
  }
}
