import { createHash } from 'node:crypto';

/**
 * The partition of a stream, as SQL computes it for the `events` row aliased `e`: the first 32
 * bits of the MD5 of the stream id, modulo the count. MD5 is the same on every PostgreSQL
 * version and in Node, unlike `hashtext`, whose values PostgreSQL does not promise to keep.
 */
export const streamPartitionSql = (count: string): string =>
  `mod(('x' || substr(md5(e.stream_id), 1, 8))::bit(32)::bigint, ${count})::integer`;

/**
 * The partition of a stream among `count`, the same number its SQL counterpart (`streamPartitionSql`) gives.
 *
 * @example
 * streamPartition('parcel-abc', 16); // 3
 */
export const streamPartition = (streamId: string, count: number): number =>
  Number.parseInt(createHash('md5').update(streamId, 'utf8').digest('hex').slice(0, 8), 16) % count;
