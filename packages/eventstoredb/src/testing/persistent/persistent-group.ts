import type { StandInLog } from '../engine/stand-in-log.js';
import type { StoredEvent } from '../engine/stored-event.js';
import { pinnedBuckets } from './pinned-buckets.js';

/** How a group hands events to its consumers (the server's named consumer strategies). */
export type ConsumerStrategy = 'pinned' | 'round-robin' | 'dispatch-to-single';

/** A group's settings, as `Create` gave them. */
export interface GroupSettings {
  /** What the group delivers: the whole log, or one stream. */
  readonly source: { readonly kind: 'all' } | { readonly kind: 'stream'; readonly streamName: string };
  /** Which events of the source it delivers (a filter on `$all`). */
  readonly matches: (event: StoredEvent) => boolean;
  /** Position (of `$all`) or revision (of a stream) from which it starts, inclusive. */
  readonly startAt: bigint;
  readonly strategy: ConsumerStrategy;
  readonly messageTimeoutMs: number;
  /** Retries of an event (by timeout or nack) before it is parked. */
  readonly maxRetryCount: number;
}

/** What the group does with the events a consumer refuses (the protocol's nack actions). */
export type NackAction = 'park' | 'retry' | 'skip' | 'stop';

/** One connected consumer: how many events it may hold unacknowledged, and how to reach it. */
export interface Consumer {
  readonly id: string;
  readonly bufferSize: number;
  readonly send: (event: StoredEvent, retryCount: number) => void;
  readonly end: () => void;
}

interface Message {
  readonly event: StoredEvent;
  readonly retryCount: number;
}

interface InFlight extends Message {
  readonly consumer: string;
  readonly deadline: number;
}

/** A persistent subscription group of the stand-in, and what it has delivered. */
export interface PersistentGroup {
  readonly settings: GroupSettings;
  readonly connect: (consumer: Consumer) => void;
  /** The consumer went away: what it held unacknowledged goes to the others, and its buckets. */
  readonly disconnect: (consumer: string) => void;
  readonly ack: (consumer: string, eventIds: readonly string[]) => void;
  readonly nack: (consumer: string, eventIds: readonly string[], action: NackAction) => void;
  /** The events parked (retried too often, or nacked with park), in the order parked. */
  readonly parked: () => readonly StoredEvent[];
  /** Ends every consumer's call, as a server stop does; their events are sent again to those who come. */
  readonly dropConsumers: () => void;
}

/**
 * A persistent subscription group over the stand-in's log, as the server documents them: events
 * of the source, from the start, go to the connected consumers by the strategy, each consumer
 * holding at most its buffer size unacknowledged; an event not acknowledged within the message
 * timeout, or nacked with retry, is sent again (to whichever consumer the strategy picks then),
 * and parked once retried `maxRetryCount` times. With the pinned strategy the events of a stream
 * go to the consumer its bucket is assigned to, and wait for it while it is full, so the events of
 * one stream are handed out in order; across a reconnection or a retry, as on the server, that is
 * not a guarantee.
 */
export const persistentGroup = (log: StandInLog, settings: GroupSettings): PersistentGroup => {
  const consumers = new Map<string, Consumer>();
  const inFlight = new Map<string, InFlight>();
  const waiting: Message[] = [];
  const parked: StoredEvent[] = [];
  const buckets = pinnedBuckets();
  let next = 0;
  let turn = 0;

  const inSource = (event: StoredEvent): boolean =>
    settings.source.kind === 'all'
      ? event.position >= settings.startAt && settings.matches(event)
      : event.streamName === settings.source.streamName && event.revision >= settings.startAt;

  const held = (consumer: string): number => {
    let count = 0;
    for (const message of inFlight.values()) if (message.consumer === consumer) count += 1;
    return count;
  };

  const pick = (event: StoredEvent): Consumer | undefined => {
    const open = [...consumers.values()].filter((consumer) => held(consumer.id) < consumer.bufferSize);
    if (settings.strategy === 'pinned') {
      const owner = buckets.ownerOf(event.streamName);
      return open.find((consumer) => consumer.id === owner);
    }
    if (settings.strategy === 'dispatch-to-single') return open[0];
    turn += 1;
    return open[turn % Math.max(1, open.length)];
  };

  const park = (message: Message) => {
    parked.push(message.event);
  };

  const dispatch = () => {
    const all = log.events();
    for (; next < all.length; next += 1) {
      const event = all[next];
      if (event !== undefined && inSource(event)) waiting.push({ event, retryCount: 0 });
    }
    // A stream whose event waits holds back its later events, so a stream is handed out in order.
    const blocked = new Set<string>();
    for (let index = 0; index < waiting.length; ) {
      const message = waiting[index];
      if (message === undefined) break;
      const consumer = blocked.has(message.event.streamName) ? undefined : pick(message.event);
      if (consumer === undefined) {
        blocked.add(message.event.streamName);
        index += 1;
        continue;
      }
      waiting.splice(index, 1);
      inFlight.set(message.event.eventId, {
        ...message,
        consumer: consumer.id,
        deadline: Date.now() + settings.messageTimeoutMs,
      });
      consumer.send(message.event, message.retryCount);
    }
  };

  /** Puts messages back in log order, ahead of everything newer, as retries. */
  const retry = (messages: readonly Message[]) => {
    for (const message of messages) {
      if (message.retryCount >= settings.maxRetryCount) {
        park(message);
        continue;
      }
      const again = { event: message.event, retryCount: message.retryCount + 1 };
      const at = waiting.findIndex((other) => other.event.position > again.event.position);
      if (at === -1) waiting.push(again);
      else waiting.splice(at, 0, again);
    }
  };

  const takeBack = (matches: (message: InFlight) => boolean): InFlight[] => {
    const taken = [...inFlight.values()]
      .filter(matches)
      .sort((a, b) => (a.event.position < b.event.position ? -1 : 1));
    for (const message of taken) inFlight.delete(message.event.eventId);
    return taken;
  };

  // The group lives as long as the stand-in's log: its timer must not keep the process alive.
  const timer = setInterval(
    () => {
      const now = Date.now();
      const expired = takeBack((message) => message.deadline <= now);
      if (expired.length === 0) return;
      retry(expired);
      dispatch();
    },
    Math.max(10, Math.min(250, settings.messageTimeoutMs / 4)),
  );
  timer.unref();
  log.onWrite(dispatch);

  const disconnect = (id: string) => {
    if (!consumers.delete(id)) return;
    if (settings.strategy === 'pinned') buckets.leave(id);
    const taken = takeBack((message) => message.consumer === id);
    // Events a consumer took with it are sent again, without counting as a retry of theirs.
    for (const message of taken.reverse()) {
      const at = waiting.findIndex((other) => other.event.position > message.event.position);
      const back = { event: message.event, retryCount: message.retryCount };
      if (at === -1) waiting.push(back);
      else waiting.splice(at, 0, back);
    }
    dispatch();
  };

  return {
    settings,
    connect: (consumer) => {
      consumers.set(consumer.id, consumer);
      if (settings.strategy === 'pinned') buckets.join(consumer.id);
      dispatch();
    },
    disconnect,
    ack: (consumer, eventIds) => {
      takeBack((message) => message.consumer === consumer && eventIds.includes(message.event.eventId));
      dispatch();
    },
    nack: (consumer, eventIds, action) => {
      const refused = takeBack(
        (message) => message.consumer === consumer && eventIds.includes(message.event.eventId),
      );
      if (action === 'park') for (const message of refused) park(message);
      if (action === 'retry') retry(refused);
      if (action === 'stop') {
        retry(refused);
        const ended = consumers.get(consumer);
        disconnect(consumer);
        ended?.end();
      }
      dispatch();
    },
    parked: () => [...parked],
    dropConsumers: () => {
      for (const consumer of [...consumers.values()]) {
        disconnect(consumer.id);
        consumer.end();
      }
    },
  };
};
