import { escapeForDisplay } from '@parcel-claims/audit';
import { InvalidStoreUrl, InvalidStreamId } from '@parcel-claims/eventsourcing';
import {
  InvalidSchemaName,
  NotAStoreDirectory,
  SslFileUnreadable,
  StoreNotFound,
} from '@parcel-claims/postgres';
import { type OpenedStore, openStore, UnsupportedStoreUrl } from '@parcel-claims/stores';
import { type ExitCode, exitCodes } from './exit-codes.js';
import type { CliIo } from './io.js';

/** The default store of every command: embedded PostgreSQL in `./.parcel-claims`. */
export const defaultStoreUrl = 'pglite:./.parcel-claims';

/**
 * A message for any error, with its causes, one per line. Messages often quote input (a URL, an
 * id, a stored value), so each is shown with `escapeForDisplay` and stays on its line.
 */
export const describeError = (error: unknown): string => {
  const lines: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 5; depth += 1) {
    if (current instanceof Error) {
      lines.push(
        `${depth === 0 ? '' : 'caused by: '}${escapeForDisplay(`${current.name}: ${current.message}`)}`,
      );
      current = current.cause;
    } else {
      lines.push(`${depth === 0 ? '' : 'caused by: '}${escapeForDisplay(String(current))}`);
      current = undefined;
    }
  }
  return lines.join('\n');
};

/** Which store a command opens, and whether it writes to it. */
export interface StoreAccess {
  readonly url: string;
  readonly schema: string;
  /**
   * True for the commands that only read (`audit`, `verify`, `report`, the events of a `rebuild`
   * into another database): they never create, migrate or write, and a store that is not there
   * is `StoreNotFound`, not a new empty store reported intact.
   */
  readonly readOnly: boolean;
}

/**
 * The exit code of an error a store threw: 1 when no store is where the URL points (the
 * read-only commands never create one); 2 when what the command line gave cannot name a store or
 * a stream (the URL, the schema name, the directory, a certificate file the URL names, a parcel
 * id); 3 for everything else (refused, unreachable, in use, a driver missing, unexpected).
 */
export const storeErrorCode = (error: unknown): ExitCode => {
  if (error instanceof StoreNotFound) return exitCodes.findings;
  return error instanceof UnsupportedStoreUrl ||
    error instanceof InvalidStoreUrl ||
    error instanceof InvalidSchemaName ||
    error instanceof NotAStoreDirectory ||
    error instanceof SslFileUnreadable ||
    error instanceof InvalidStreamId
    ? exitCodes.usage
    : exitCodes.internal;
};

/**
 * Opens the store a URL names, runs `use` on it and closes it. A store that cannot be opened, and
 * any error `use` throws, is reported on standard error (passwords never shown) with the code
 * `storeErrorCode` gives.
 */
export const withStore = async (
  io: CliIo,
  access: StoreAccess,
  use: (opened: OpenedStore) => Promise<number>,
): Promise<number> => {
  let opened: OpenedStore;
  try {
    opened = await (io.openStore ?? openStore)(access.url, {
      schema: access.schema,
      readOnly: access.readOnly,
    });
  } catch (error) {
    io.stderr.write(`parcel-claims: cannot open the store: ${describeError(error)}\n`);
    return storeErrorCode(error);
  }
  try {
    return await use(opened);
  } catch (error) {
    io.stderr.write(`parcel-claims: ${describeError(error)}\n`);
    return storeErrorCode(error);
  } finally {
    await opened.close();
  }
};
