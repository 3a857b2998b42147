/** A stored event is older than the code and no upcaster lifts it one of the steps needed. */
export class MissingUpcaster extends Error {
  override readonly name = 'MissingUpcaster';
  readonly type: string;
  /** Where the problem is in the stored event: its schema version. */
  readonly paths: readonly string[] = ['$.metadata.schemaVersion'];
  readonly fromVersion: number;
  readonly toVersion: number;
  readonly targetVersion: number;

  constructor(details: {
    readonly type: string;
    readonly fromVersion: number;
    readonly targetVersion: number;
  }) {
    const toVersion = details.fromVersion + 1;
    super(
      `No upcaster for event type "${details.type}" from schema version ${details.fromVersion} to ${toVersion}` +
        ` (needed to reach version ${details.targetVersion})`,
    );
    this.type = details.type;
    this.fromVersion = details.fromVersion;
    this.toVersion = toVersion;
    this.targetVersion = details.targetVersion;
  }
}
