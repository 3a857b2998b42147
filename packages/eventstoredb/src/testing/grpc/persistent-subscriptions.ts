import { randomUUID } from 'node:crypto';
import type {
  CreateReq,
  CreateResp,
  ReadReq,
  ReadResp,
} from '@eventstore/db-client/generated/persistent_pb.js';
import persistentPb from '@eventstore/db-client/generated/persistent_pb.js';
import { type handleBidiStreamingCall, type handleUnaryCall, status } from '@grpc/grpc-js';
import type { StandInLog } from '../engine/stand-in-log.js';
import type { StoredEvent } from '../engine/stored-event.js';
import type { ConsumerStrategy, GroupSettings, NackAction } from '../persistent/persistent-group.js';
import { type PersistentGroups, sourceName } from '../persistent/persistent-groups.js';
import { recordedMessageOf, streamNameOf, type UuidFormat, uuidText } from './convert.js';
import { callFailure } from './status-errors.js';
import type { LiveCalls } from './subscribe.js';

export { PersistentSubscriptionsService } from '@eventstore/db-client/generated/persistent_grpc_pb.js';

const {
  CreateReq: CreateRequest,
  CreateResp: CreateResponse,
  ReadReq: ReadRequest,
  ReadResp: ReadResponse,
} = persistentPb;

const strategies: Readonly<Record<string, ConsumerStrategy>> = {
  Pinned: 'pinned',
  RoundRobin: 'round-robin',
  DispatchToSingle: 'dispatch-to-single',
};
const namedStrategies: Readonly<Record<number, ConsumerStrategy>> = {
  [CreateRequest.ConsumerStrategy.PINNED]: 'pinned',
  [CreateRequest.ConsumerStrategy.ROUNDROBIN]: 'round-robin',
  [CreateRequest.ConsumerStrategy.DISPATCHTOSINGLE]: 'dispatch-to-single',
};
const nackActions: Readonly<Record<number, NackAction>> = {
  [ReadRequest.Nack.Action.PARK]: 'park',
  [ReadRequest.Nack.Action.RETRY]: 'retry',
  [ReadRequest.Nack.Action.SKIP]: 'skip',
  [ReadRequest.Nack.Action.STOP]: 'stop',
};

const invalid = (details: string) => callFailure(status.INVALID_ARGUMENT, details);

/** A stream-name or event-type filter of a group on `$all`: prefixes, or a regular expression. */
const matcherOf = (all: CreateReq.AllOptions): ((event: StoredEvent) => boolean) => {
  const filter = all.getFilter();
  if (!all.hasFilter() || filter === undefined) return () => true;
  const onStream = filter.hasStreamIdentifier();
  const expression = onStream ? filter.getStreamIdentifier() : filter.getEventType();
  const prefixes = expression?.getPrefixList() ?? [];
  const regex = expression?.getRegex() ?? '';
  const pattern = regex.length > 0 ? new RegExp(regex) : undefined;
  return (event) => {
    const text = onStream ? event.streamName : event.type;
    return prefixes.length > 0
      ? prefixes.some((prefix) => text.startsWith(prefix))
      : (pattern?.test(text) ?? true);
  };
};

/** The settings a `Create` request asks for, or what is wrong with it. */
const settingsOf = (log: StandInLog, options: CreateReq.Options): GroupSettings | string => {
  const settings = options.getSettings();
  if (settings === undefined) return 'settings are missing';
  const named = settings.getConsumerStrategy();
  const strategy =
    named.length > 0 ? strategies[named] : namedStrategies[settings.getNamedConsumerStrategy()];
  if (strategy === undefined) return `consumer strategy '${named}' is not one the stand-in knows`;
  const messageTimeoutMs =
    settings.getMessageTimeoutCase() === CreateRequest.Settings.MessageTimeoutCase.MESSAGE_TIMEOUT_TICKS
      ? Number(BigInt(settings.getMessageTimeoutTicks()) / 10_000n)
      : settings.getMessageTimeoutMs();
  const common = {
    strategy,
    messageTimeoutMs: Math.max(1, messageTimeoutMs),
    maxRetryCount: settings.getMaxRetryCount(),
  };
  const all = options.getAll();
  if (options.hasAll() && all !== undefined) {
    const startAt = all.hasEnd()
      ? log.end()
      : all.hasPosition()
        ? BigInt(all.getPosition()?.getCommitPosition() ?? '0')
        : 0n;
    return { ...common, source: { kind: 'all' }, matches: matcherOf(all), startAt };
  }
  const stream = options.getStream();
  const streamName = streamNameOf(stream?.getStreamIdentifier() ?? options.getStreamIdentifier());
  if (streamName === undefined || streamName.length === 0) return 'neither $all nor a stream is given';
  const read = log.readStream(streamName);
  const length = read.kind === 'found' ? BigInt(read.events.length) : 0n;
  const startAt =
    stream?.hasEnd() === true ? length : stream?.hasRevision() === true ? BigInt(stream.getRevision()) : 0n;
  return { ...common, source: { kind: 'stream', streamName }, matches: () => true, startAt };
};

/** `PersistentSubscriptions.Create`: a new group on `$all` or on a stream. */
export const createHandler =
  (log: StandInLog, groups: PersistentGroups): handleUnaryCall<CreateReq, CreateResp> =>
  (call, callback) => {
    const options = call.request.getOptions();
    if (options === undefined) return callback(invalid('Create without options'));
    const settings = settingsOf(log, options);
    if (typeof settings === 'string') return callback(invalid(settings));
    const group = options.getGroupName();
    if (!groups.create(group, settings)) {
      const source = sourceName(settings.source);
      return callback(
        callFailure(
          status.ALREADY_EXISTS,
          `Subscription group ${group} on stream ${source} already exists.`,
          {
            exception: 'persistent-subscription-exists',
            'stream-name': source,
            'group-name': group,
          },
        ),
      );
    }
    callback(null, new CreateResponse());
  };

const eventOf = (event: StoredEvent, retryCount: number, format: UuidFormat): ReadResp => {
  const recorded = recordedMessageOf(new ReadResponse.ReadEvent.RecordedEvent(), event, format);
  const read = new ReadResponse.ReadEvent()
    .setEvent(recorded)
    .setCommitPosition(event.position.toString())
    .setRetryCount(retryCount);
  return new ReadResponse().setEvent(read);
};

const idsOf = (ids: readonly Parameters<typeof uuidText>[0][]): string[] =>
  ids.flatMap((id) => {
    const text = uuidText(id);
    return text === undefined ? [] : [text];
  });

/**
 * `PersistentSubscriptions.Read`: the first request names the group and the consumer's buffer
 * size; the stand-in confirms, then sends the events the group hands this consumer, and takes
 * acks and nacks for them until the call ends, when the consumer leaves the group.
 */
export const persistentReadHandler =
  (groups: PersistentGroups, live: LiveCalls): handleBidiStreamingCall<ReadReq, ReadResp> =>
  (call) => {
    const consumer = randomUUID();
    let leave: (() => void) | undefined;
    let untrack: () => void = () => undefined;
    let acknowledge: (ids: readonly string[]) => void = () => undefined;
    let refuse: (ids: readonly string[], action: NackAction) => void = () => undefined;
    const end = () => {
      leave?.();
      leave = undefined;
      untrack();
    };
    call.on('data', (request: ReadReq) => {
      const options = request.getOptions();
      if (options !== undefined) {
        const source = options.hasAll() ? '$all' : (streamNameOf(options.getStreamIdentifier()) ?? '');
        const name = options.getGroupName();
        const group = groups.find(source, name);
        if (group === undefined) {
          call.emit(
            'error',
            callFailure(status.NOT_FOUND, `Subscription group ${name} on stream ${source} does not exist.`, {
              exception: 'persistent-subscription-does-not-exist',
              'stream-name': source,
              'group-name': name,
            }),
          );
          return;
        }
        const format: UuidFormat =
          options.getUuidOption()?.hasStructured() === true ? 'structured' : 'string';
        call.write(
          new ReadResponse().setSubscriptionConfirmation(
            new ReadResponse.SubscriptionConfirmation().setSubscriptionId(`${source}::${name}`),
          ),
        );
        leave = () => group.disconnect(consumer);
        untrack = live.track(() => {
          end();
          call.end();
        });
        group.connect({
          id: consumer,
          bufferSize: Math.max(1, options.getBufferSize()),
          send: (event, retryCount) => call.write(eventOf(event, retryCount, format)),
          end: () => {
            untrack();
            call.end();
          },
        });
        acknowledge = (ids) => group.ack(consumer, ids);
        refuse = (ids, action) => group.nack(consumer, ids, action);
        return;
      }
      const ack = request.getAck();
      if (ack !== undefined) acknowledge(idsOf(ack.getIdsList()));
      const nack = request.getNack();
      const action = nack === undefined ? undefined : nackActions[nack.getAction()];
      if (nack !== undefined && action !== undefined) refuse(idsOf(nack.getIdsList()), action);
    });
    call.on('end', () => {
      end();
      call.end();
    });
    call.on('cancelled', end);
    call.on('error', end);
    call.on('close', end);
  };
