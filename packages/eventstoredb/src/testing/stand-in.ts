import { setTimeout as sleep } from 'node:timers/promises';
import { Server, ServerCredentials } from '@grpc/grpc-js';
import { standInLog } from './engine/stand-in-log.js';
import { faultPlan, type StandInFaults } from './faults.js';
import { appendHandler } from './grpc/append.js';
import { batchAppendHandler } from './grpc/batch-append.js';
import { deleteHandler, tombstoneHandler } from './grpc/delete.js';
import { gossipHandler } from './grpc/gossip.js';
import {
  createHandler,
  PersistentSubscriptionsService,
  persistentReadHandler,
} from './grpc/persistent-subscriptions.js';
import { GossipService, ServerFeaturesService, StreamsService } from './grpc/protobuf.js';
import { readHandler } from './grpc/read.js';
import { supportedMethodsHandler } from './grpc/server-features.js';
import type { LiveCalls } from './grpc/subscribe.js';
import { persistentGroups } from './persistent/persistent-groups.js';

/** How the stand-in server presents itself: whether it offers batch appends, and the version it reports. */
export interface StandInOptions {
  /**
   * Advertise `Streams.BatchAppend` in feature discovery, so the client appends through it, as
   * it does with any server since 21.10. Default true; false makes it use `Streams.Append`.
   */
  readonly batchAppend?: boolean;
  /** The version feature discovery reports. Default `'23.10.0'`. */
  readonly serverVersion?: string;
}

/** A running stand-in server. */
export interface StandIn {
  /** `esdb://127.0.0.1:<port>?tls=false`: a single insecure node, as the client expects it. */
  readonly connectionString: string;
  /** Stops the server at once, dropping every call and connection; the data is kept. */
  readonly stop: () => Promise<void>;
  /** Stops the server if it runs and starts it again on the same port with the same data. */
  readonly restart: () => Promise<void>;
  readonly faults: StandInFaults;
}

const host = '127.0.0.1';

const bind = (server: Server, port: number): Promise<number> =>
  new Promise((resolve, reject) => {
    server.bindAsync(`${host}:${port}`, ServerCredentials.createInsecure(), (error, bound) =>
      error === null ? resolve(bound) : reject(error),
    );
  });

/** Binding the same port again can fail for a moment while the old socket closes. */
const bindAgain = async (server: Server, port: number): Promise<void> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await bind(server, port);
      return;
    } catch (error) {
      if (attempt >= 50) throw error;
      await sleep(20);
    }
  }
};

/**
 * Starts an in-process stand-in for an EventStoreDB node on 127.0.0.1 (random port), speaking
 * the gRPC protocol of `@eventstore/db-client` 6.2.1 with the client's own service definitions.
 * It keeps everything in memory and applies the server's expected-revision and event-id rules;
 * see the package README for what it does not emulate.
 *
 * @example
 * const standIn = await startStandIn();
 * const { store, close } = openEventStoreDbStore(standIn.connectionString);
 * // ... use the store ...
 * await close();
 * await standIn.stop();
 */
export const startStandIn = async (options: StandInOptions = {}): Promise<StandIn> => {
  const log = standInLog();
  const groups = persistentGroups(log);
  const faults = faultPlan();
  const endings = new Set<() => void>();
  const live: LiveCalls = {
    track: (end) => {
      endings.add(end);
      return () => {
        endings.delete(end);
      };
    },
  };
  const features = supportedMethodsHandler({
    batchAppend: options.batchAppend ?? true,
    serverVersion: options.serverVersion ?? '23.10.0',
  });

  // Known once the first server is bound; gossip answers with it.
  let boundPort = 0;
  const gossip = gossipHandler({ address: host, port: () => boundPort });

  const createServer = (): Server => {
    const server = new Server();
    server.addService(StreamsService, {
      read: readHandler(log, live),
      append: appendHandler(log, faults),
      batchAppend: batchAppendHandler(log, faults),
      delete: deleteHandler(log),
      tombstone: tombstoneHandler(log),
    });
    server.addService(ServerFeaturesService, { getSupportedMethods: features });
    server.addService(GossipService, { read: gossip });
    server.addService(PersistentSubscriptionsService, {
      create: createHandler(log, groups),
      read: persistentReadHandler(groups, live),
    });
    return server;
  };

  let running: Server | undefined = createServer();
  const port = await bind(running, 0);
  boundPort = port;

  const stop = async (): Promise<void> => {
    const server = running;
    running = undefined;
    if (server === undefined) return;
    server.forceShutdown();
    for (const end of [...endings]) end();
  };

  return {
    connectionString: `esdb://${host}:${port}?tls=false`,
    stop,
    restart: async () => {
      await stop();
      log.restarted();
      const server = createServer();
      await bindAgain(server, port);
      running = server;
    },
    faults,
  };
};
