/** A row read back from a read-model table that does not have the shape the query expects. */
export class UnexpectedReadModelRow extends Error {
  override readonly name = 'UnexpectedReadModelRow';
  readonly table: string;

  constructor(details: { readonly table: string; readonly reason: string }) {
    super(`Unexpected row from ${details.table}: ${details.reason}`);
    this.table = details.table;
  }
}
