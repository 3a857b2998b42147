import { integerField } from '../../rows/row-fields.js';
import { schemaNames } from '../../schema/schema-names.js';
import type { SqlExecutor } from '../../sql-executor.js';
import { streamPartitionSql } from './stream-partition.js';

/**
 * How many events of streams starting with `streamPrefix` a shared projection has yet to apply:
 * those after the checkpoint of their partition. Counts by reading the log after the lowest
 * checkpoint; for monitoring, not for every batch.
 */
export const partitionedProjectionLag = async (
  executor: SqlExecutor,
  options: { readonly schema?: string; readonly projection: string; readonly streamPrefix?: string },
): Promise<number> => {
  const names = schemaNames(options.schema);
  const partitions = names.qualified('projection_partitions');
  const { rows } = await executor.query(
    `SELECT count(*)::integer AS lag
       FROM ${names.qualified('events')} e
       JOIN ${partitions} p ON p.projection = $1::text
        AND p.partition = ${streamPartitionSql(`(SELECT partitions FROM ${names.qualified('projection_partitionings')} WHERE projection = $1::text)`)}
      WHERE e.position > (SELECT coalesce(min(position), 0) FROM ${partitions} WHERE projection = $1::text)
        AND e.position > p.position AND starts_with(e.stream_id, $2::text)`,
    [options.projection, options.streamPrefix ?? ''],
  );
  return rows[0] === undefined ? 0 : integerField(rows[0], 'lag');
};
