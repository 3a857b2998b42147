import { validate as isUuid } from 'uuid';
import type { EventToAppend } from '../store/event-to-append.js';

const sha256Hex = /^[0-9a-f]{64}$/;

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const isNonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text every store can keep as it is: PostgreSQL text holds no NUL (U+0000), and a lone surrogate
 * has no UTF-8 form, so either would be refused by one store or changed by it, breaking the hash.
 */
const isStorableText = (value: string): boolean => !value.includes('\u0000') && !loneSurrogate.test(value);

/**
 * What is wrong with an event's id, type or metadata, or `undefined` if nothing is. Checked at
 * run time because events reach stores from untyped code and the data outlives the code.
 */
export const eventProblem = (event: EventToAppend): string | undefined => {
  const { metadata } = event;
  if (!isUuid(event.eventId)) return `event id ${JSON.stringify(event.eventId)} is not a UUID`;
  if (!isNonEmptyString(event.type)) return 'event type must be a non-empty string';
  if (!isStorableText(event.type)) return 'event type must not contain NUL (U+0000) or a lone surrogate';
  if (!Number.isInteger(metadata.schemaVersion) || metadata.schemaVersion < 1) {
    return `schemaVersion ${String(metadata.schemaVersion)} is not a positive integer`;
  }
  if (!isoInstant.test(metadata.recordedAt) || Number.isNaN(Date.parse(metadata.recordedAt))) {
    return `recordedAt ${JSON.stringify(metadata.recordedAt)} is not an ISO 8601 instant`;
  }
  if (![metadata.commandId, metadata.correlationId, metadata.causationId].every(isNonEmptyString)) {
    return 'commandId, correlationId and causationId must be non-empty strings';
  }
  if (metadata.commandDigest !== undefined && !sha256Hex.test(metadata.commandDigest)) {
    return `commandDigest ${JSON.stringify(metadata.commandDigest)} is not a lowercase hex SHA-256`;
  }
  const { actor } = metadata;
  if (actor !== null && !(isNonEmptyString(actor.role) && isNonEmptyString(actor.id))) {
    return 'actor must be null or have a non-empty role and id';
  }
  const texts = [metadata.commandId, metadata.correlationId, metadata.causationId, actor?.role, actor?.id];
  if (!texts.every((text) => text === undefined || isStorableText(text))) {
    return 'commandId, correlationId, causationId and actor must not contain NUL (U+0000) or a lone surrogate';
  }
  return undefined;
};
