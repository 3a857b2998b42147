import * as E from 'fp-ts/lib/Either.js';
import { type ConnectionOptions, connectionOptions, optionNamed } from './connection-options.js';
import { quoted, type UrlProblem } from './url-problem.js';

const problem = (option: string | null, reason: string): E.Either<UrlProblem, never> =>
  E.left({ option, reason });

const optionList = connectionOptions.map((option) => option.name).join(', ');

/** The options read so far, and the name each was written with. */
interface Read {
  readonly options: ConnectionOptions;
  readonly written: ReadonlyMap<string, string>;
}

const readOne = (read: Read, piece: string): E.Either<UrlProblem, Read> => {
  const equals = piece.indexOf('=');
  const name = equals === -1 ? piece : piece.slice(0, equals);
  const raw = equals === -1 ? '' : piece.slice(equals + 1);
  if (piece === '') return problem(null, 'an option is empty (a stray ? or &); remove it');
  if (name.trim() === '') return problem(null, `an option has no name (${quoted(piece)}); write name=value`);
  const option = optionNamed(name);
  if (option === undefined)
    return problem(name, `unknown option ${quoted(name)}; the options are ${optionList}`);
  const first = read.written.get(option.name);
  if (first !== undefined)
    return problem(first, `option ${quoted(first)} is given more than once; give it once`);
  if (raw === '') return problem(name, `option ${quoted(name)} has no value; it takes ${option.accepts}`);
  const value = option.read(raw);
  if (value === undefined) {
    return problem(name, `option ${quoted(name)} is ${quoted(raw)}; it takes ${option.accepts}`);
  }
  return E.right({
    options: { ...read.options, ...value },
    written: new Map([...read.written, [option.name, name]]),
  });
};

/** Settings the client would take and then not honour, refused rather than ignored. */
const checkTogether = (read: Read): E.Either<UrlProblem, ConnectionOptions> => {
  const { options, written } = read;
  const name = (option: keyof ConnectionOptions) => quoted(written.get(option) ?? option);
  if (options.tlsVerifyCert === false && options.tls !== false) {
    return problem(
      written.get('tlsVerifyCert') ?? 'tlsVerifyCert',
      `option ${name('tlsVerifyCert')} is false, which the EventStoreDB client ignores: it always verifies the server's certificate; name its certificate authority with tlsCAFile=<file> (or NODE_EXTRA_CA_CERTS), or use tls=false for a server started with --insecure`,
    );
  }
  if (options.userCertFile !== undefined && options.userKeyFile === undefined) {
    return problem(
      written.get('userCertFile') ?? 'userCertFile',
      `option ${name('userCertFile')} needs userKeyFile too`,
    );
  }
  if (options.userKeyFile !== undefined && options.userCertFile === undefined) {
    return problem(
      written.get('userKeyFile') ?? 'userKeyFile',
      `option ${name('userKeyFile')} needs userCertFile too`,
    );
  }
  return E.right(options);
};

/**
 * Reads the `name=value` pieces of a URL's query into options. Refused: an empty piece, an
 * unknown name, a name given twice (in any spelling), a piece without a value, a value the option
 * does not take, and `tlsVerifyCert=false` over TLS (the client would ignore it). Unknown names
 * are named in the reason, their values never: a value may be a secret put in the wrong place.
 */
export const readOptions = (pieces: readonly string[]): E.Either<UrlProblem, ConnectionOptions> => {
  let read: Read = { options: {}, written: new Map() };
  for (const piece of pieces) {
    const next = readOne(read, piece);
    if (E.isLeft(next)) return next;
    read = next.right;
  }
  return checkTogether(read);
};
