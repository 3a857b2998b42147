import type { RecordedEvent, Subscription } from '@parcel-claims/eventsourcing';

/** The events a subscription delivers, in order, up to and including the event with id `lastId`. */
export const collectUntil = async (
  subscription: Subscription,
  lastId: () => string | undefined,
): Promise<readonly RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for await (const message of subscription) {
    if (message.kind !== 'event') continue;
    events.push(message.event);
    if (message.event.eventId === lastId()) break;
  }
  return events;
};
