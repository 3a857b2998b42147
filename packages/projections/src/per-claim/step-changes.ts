import type { EventOf } from '@parcel-claims/core';
import type { ClaimEventRecord } from '../record/claim-event-record.js';
import type { ClaimStepType } from './claim-step-event.js';

/**
 * What each claim step does to a read model's row, one entry per step type: a new event type does
 * not compile until every read model says what it does to its rows, if only {@link unchanged}.
 */
export type StepChanges<Row> = {
  readonly [T in ClaimStepType]: (row: Row, record: ClaimEventRecord<EventOf<T>>) => Row;
};

/** The entry of a step that leaves the row as it is. */
export const unchanged = <Row>(row: Row): Row => row;

/**
 * A step event of one of the types `T`, written as a mapping over `T` so that the compiler sees
 * the event's own `type` pick the table entry that takes exactly that event.
 */
type StepEventOf<T extends ClaimStepType> = { [K in T]: EventOf<K> }[T];

/** The row after `record`, by the entry of its event's type. */
export const changeRow = <Row, T extends ClaimStepType>(
  changes: StepChanges<Row>,
  row: Row,
  record: ClaimEventRecord<StepEventOf<T>>,
): Row => changes[record.event.type](row, record);
