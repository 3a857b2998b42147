/** A stored event has a newer schema version than the code reading it knows: upgrade the reader. */
export class SchemaVersionAhead extends Error {
  override readonly name = 'SchemaVersionAhead';
  readonly type: string;
  /** Where the problem is in the stored event: its schema version. */
  readonly paths: readonly string[] = ['$.metadata.schemaVersion'];
  readonly storedVersion: number;
  readonly currentVersion: number;

  constructor(details: {
    readonly type: string;
    readonly storedVersion: number;
    readonly currentVersion: number;
  }) {
    super(
      `Event type "${details.type}" is stored at schema version ${details.storedVersion},` +
        ` newer than the current version ${details.currentVersion}`,
    );
    this.type = details.type;
    this.storedVersion = details.storedVersion;
    this.currentVersion = details.currentVersion;
  }
}
