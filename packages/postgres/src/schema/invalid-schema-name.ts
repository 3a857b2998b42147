/** A schema name the store will not use: it must be a plain lower-case SQL identifier. */
export class InvalidSchemaName extends Error {
  override readonly name = 'InvalidSchemaName';
  readonly schema: string;

  constructor(schema: string) {
    super(
      `Schema name ${JSON.stringify(schema)} must be a lower-case letter or underscore followed by at most ` +
        '55 lower-case letters, digits or underscores',
    );
    this.schema = schema;
  }
}
