import type { Migration } from './migration.js';

/** Version 2: where SQL projections keep their checkpoints, next to their read models. */
export const checkpointMigration: Migration = {
  version: 2,
  name: 'projection checkpoints',
  statements: ({ qualified }) => [
    `CREATE TABLE ${qualified('projection_checkpoints')} (
      name text PRIMARY KEY,
      position bigint NOT NULL CHECK (position >= 0),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`,
  ],
};
