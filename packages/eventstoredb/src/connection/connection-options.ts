import { FOLLOWER, LEADER, type NodePreference, RANDOM, READ_ONLY_REPLICA } from '@eventstore/db-client';

/** The options of an EventStoreDB URL, read and checked. Absent: the client's default. */
export interface ConnectionOptions {
  readonly tls?: boolean;
  readonly tlsVerifyCert?: boolean;
  readonly tlsCAFile?: string;
  readonly userCertFile?: string;
  readonly userKeyFile?: string;
  readonly connectionName?: string;
  readonly defaultDeadline?: number;
  readonly keepAliveInterval?: number;
  readonly keepAliveTimeout?: number;
  /** Only `true`: the store relies on failed appends being thrown. */
  readonly throwOnAppendFailure?: true;
  readonly nodePreference?: NodePreference;
  readonly maxDiscoverAttempts?: number;
  readonly discoveryInterval?: number;
  readonly gossipTimeout?: number;
}

/** One option the URL may carry: its name, the values it takes in words, and how to read one. */
interface ConnectionOption {
  readonly name: keyof ConnectionOptions;
  readonly accepts: string;
  readonly read: (raw: string) => ConnectionOptions | undefined;
}

/** As the client compares names: any case, `-` and `_` left out. */
export const flatName = (name: string): string => name.trim().toLowerCase().replace(/[-_]/g, '');

const withValue =
  <T>(parse: (raw: string) => T | undefined, make: (value: T) => ConnectionOptions) =>
  (raw: string): ConnectionOptions | undefined => {
    const value = parse(raw);
    return value === undefined ? undefined : make(value);
  };

const booleanValue = (raw: string): boolean | undefined =>
  raw === 'true' ? true : raw === 'false' ? false : undefined;

const wholeFrom =
  (minimum: number) =>
  (raw: string): number | undefined => {
    if (!/^-?\d{1,15}$/.test(raw)) return undefined;
    const value = Number(raw);
    return value >= minimum ? value : undefined;
  };

const decodedText = (raw: string): string | undefined => {
  try {
    const text = decodeURIComponent(raw);
    return text === '' ? undefined : text;
  } catch {
    // Malformed percent-encoding: not a value this option takes.
    return undefined;
  }
};

const preferences: readonly NodePreference[] = [LEADER, FOLLOWER, RANDOM, READ_ONLY_REPLICA];
const nodePreferences: ReadonlyMap<string, NodePreference> = new Map(
  preferences.map((preference): [string, NodePreference] => [flatName(preference), preference]),
);

const milliseconds = 'a whole number of milliseconds';
const keepAlive = `${milliseconds}, or -1 to turn keep-alive off`;
const filePath = 'a file path, percent-encoded';

/**
 * The options `@eventstore/db-client` 6.2.1 documents for its connection strings, in the order
 * errors list them, with the values each takes. The client's parser reads `dnsDiscover` too, but
 * does not document it: `esdb+discover://` says the same.
 */
export const connectionOptions: readonly ConnectionOption[] = [
  {
    name: 'tls',
    accepts: 'true (the default) or false (for a server started with --insecure)',
    read: withValue(booleanValue, (tls) => ({ tls })),
  },
  {
    name: 'tlsVerifyCert',
    accepts: 'true or false',
    read: withValue(booleanValue, (tlsVerifyCert) => ({ tlsVerifyCert })),
  },
  { name: 'tlsCAFile', accepts: filePath, read: withValue(decodedText, (tlsCAFile) => ({ tlsCAFile })) },
  {
    name: 'userCertFile',
    accepts: filePath,
    read: withValue(decodedText, (userCertFile) => ({ userCertFile })),
  },
  {
    name: 'userKeyFile',
    accepts: filePath,
    read: withValue(decodedText, (userKeyFile) => ({ userKeyFile })),
  },
  {
    name: 'connectionName',
    accepts: 'a name, percent-encoded',
    read: withValue(decodedText, (connectionName) => ({ connectionName })),
  },
  {
    name: 'defaultDeadline',
    accepts: `${milliseconds} from 1`,
    read: withValue(wholeFrom(1), (defaultDeadline) => ({ defaultDeadline })),
  },
  {
    name: 'keepAliveInterval',
    accepts: keepAlive,
    read: withValue(wholeFrom(-1), (keepAliveInterval) => ({ keepAliveInterval })),
  },
  {
    name: 'keepAliveTimeout',
    accepts: keepAlive,
    read: withValue(wholeFrom(-1), (keepAliveTimeout) => ({ keepAliveTimeout })),
  },
  {
    name: 'throwOnAppendFailure',
    accepts: 'true only (the store needs failed appends reported as errors)',
    read: (raw) => (raw === 'true' ? { throwOnAppendFailure: true } : undefined),
  },
  {
    name: 'nodePreference',
    accepts: 'leader, follower, random or read_only_replica',
    read: withValue(
      (raw) => nodePreferences.get(flatName(raw)),
      (nodePreference) => ({ nodePreference }),
    ),
  },
  {
    name: 'maxDiscoverAttempts',
    accepts: 'a whole number from 1',
    read: withValue(wholeFrom(1), (maxDiscoverAttempts) => ({ maxDiscoverAttempts })),
  },
  {
    name: 'discoveryInterval',
    accepts: `${milliseconds} from 0`,
    read: withValue(wholeFrom(0), (discoveryInterval) => ({ discoveryInterval })),
  },
  {
    name: 'gossipTimeout',
    accepts: 'a whole number of seconds from 1',
    read: withValue(wholeFrom(1), (gossipTimeout) => ({ gossipTimeout })),
  },
];

const byFlatName: ReadonlyMap<string, ConnectionOption> = new Map(
  connectionOptions.map((option) => [flatName(option.name), option]),
);

/** The option a name in a URL stands for, in any case and with or without `-` and `_`. */
export const optionNamed = (name: string): ConnectionOption | undefined => byFlatName.get(flatName(name));
