import { defaultSchema, type SqlExecutor } from '@parcel-claims/postgres';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import * as E from 'fp-ts/lib/Either.js';
import { defineCommand, exitCodeHelp, type JsonFlag, usageError } from './command-conventions.js';
import { auditCommand } from './commands/audit.js';
import { type BordereauOptions, bordereauCommand } from './commands/bordereau.js';
import { checkpointCommand, checkpointsCommand } from './commands/checkpoint.js';
import { demoCommand } from './commands/demo.js';
import { keygenCommand } from './commands/keygen.js';
import { proveCommand } from './commands/prove.js';
import { readModelNames, rebuildCommand } from './commands/rebuild.js';
import { reportCommand } from './commands/report.js';
import { verifyCommand } from './commands/verify.js';
import { verifyPackCommand } from './commands/verify-pack.js';
import { exitCodes } from './exit-codes.js';
import { type CliIo, redacting } from './io.js';
import { readCheckpointFiles, readVerifierFiles } from './key-files.js';
import { defaultStoreUrl, describeError, type StoreAccess, withStore } from './open.js';
import { parserErrorText } from './parser-error.js';
import { secretsOf } from './secrets.js';
import { packageVersion } from './version.js';

/** Collects a repeatable option's values. */
const repeatable = (value: string, previous: readonly string[]): readonly string[] => [...previous, value];

const wholeNumber =
  (name: string) =>
  (value: string): number => {
    if (!/^\d{1,9}$/.test(value)) throw new InvalidArgumentError(`${name} must be a whole number from 0`);
    return Number(value);
  };

/** The URL a command was given in `--store` (or the default). */
const storeOptions = (command: Command): Command =>
  command
    .addOption(
      new Option('--store <url>', 'memory:, pglite:<dir>, postgres://… or esdb://…').default(defaultStoreUrl),
    )
    .option('--schema <name>', 'PostgreSQL schema of the events (and read models)', defaultSchema);

interface StoreFlags extends JsonFlag {
  readonly store: string;
  readonly schema: string;
}

/** The flags of a command that reads one parcel up to a point (`audit`, `report`). */
interface AsOfFlags extends StoreFlags {
  readonly asOf?: string;
  readonly revision?: string;
  readonly zone?: string;
  readonly checkpoint?: string;
  readonly pubkey: readonly string[];
}

/** The store of a command that only reads: nothing is created, migrated or written. */
const reading = (flags: StoreFlags): StoreAccess => ({
  url: flags.store,
  schema: flags.schema,
  readOnly: true,
});

/** The store of a command that writes: created and migrated if need be. */
const writing = (flags: StoreFlags): StoreAccess => ({
  url: flags.store,
  schema: flags.schema,
  readOnly: false,
});

const asOfOptions = (command: Command): Command =>
  command
    .option(
      '--checkpoint <file>',
      'show each event as included in this signed checkpoint or not (needs --pubkey)',
    )
    .option(
      '--pubkey <file>',
      'a verifier key of the checkpoint (repeatable); alone: check against the newest kept checkpoint',
      repeatable,
      [],
    )
    .option('--as-of <instant>', 'only events recorded up to this ISO 8601 UTC instant')
    .option('--revision <n>', 'only events up to this stream revision (0-based)')
    .option('--zone <zone>', 'IANA time zone times are shown in (default: the payer calendar)');

/**
 * Runs the `parcel-claims` command with the given arguments (without `node` and the script) and
 * returns its exit code. Everything it prints goes to `io`, with passwords of store URLs removed.
 *
 * @example
 * process.exitCode = await run(process.argv.slice(2), processIo());
 */
export const run = async (argv: readonly string[], io: CliIo): Promise<number> => {
  const secrets = argv.flatMap(secretsOf);
  const out = { ...io, stdout: redacting(io.stdout, secrets), stderr: redacting(io.stderr, secrets) };
  let code: number = exitCodes.ok;

  const program = new Command('parcel-claims')
    .description('Audit parcel insurance claims recorded with parcel-claims: replay, verify, report.')
    .version(await packageVersion(), '-V, --version', 'print the version of parcel-claims')
    .showHelpAfterError()
    .addHelpText('after', exitCodeHelp)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => out.stdout.write(text),
      writeErr: (text) => out.stderr.write(text),
      outputError: (text, write) => write(parserErrorText(text)),
    });

  storeOptions(
    defineCommand(program, 'demo', 'write the founding story, and generated realistic claims, to the store'),
  )
    .option('--claims <n>', 'also write this many generated claims', wholeNumber('--claims'), 0)
    .option('--seed <n>', 'seed of the generated claims (same seed, same claims)', wholeNumber('--seed'), 42)
    .action(async (options: StoreFlags & { claims: number; seed: number }) => {
      code = await withStore(out, writing(options), (opened) =>
        demoCommand(opened.store, opened.url, out, options),
      );
    });

  asOfOptions(
    storeOptions(
      defineCommand(
        program,
        'audit',
        "a parcel's timeline: each event, the deadlines in force, the rules that allowed it",
      )
        .argument('<parcelId>', 'the parcel to audit')
        .option('--changes', 'also list what each event changed in the state'),
    ),
  ).action(async (parcelId: string, options: AsOfFlags & { changes?: boolean }) => {
    code = await withStore(out, reading(options), (opened) =>
      auditCommand(opened.store, out, parcelId, options),
    );
  });

  storeOptions(
    defineCommand(
      program,
      'verify',
      'check the hash chains of a parcel, or of every stream with --all; with --pubkey, also the log tree and its checkpoints',
    )
      .argument('[parcelId]', 'the parcel to verify')
      .option('--all', 'verify every stream in the store')
      .option(
        '--checkpoint <file>',
        'a signed checkpoint to check the log against (repeatable)',
        repeatable,
        [],
      )
      .option(
        '--pubkey <file>',
        'a verifier key of the checkpoints (repeatable, for key rotation)',
        repeatable,
        [],
      ),
  ).action(
    async (
      parcelId: string | undefined,
      options: StoreFlags & {
        all?: boolean;
        checkpoint: readonly string[];
        pubkey: readonly string[];
      },
    ) => {
      const usage = (text: string): void => {
        code = usageError(out, 'verify', text);
      };
      if ((parcelId === undefined) === (options.all !== true))
        return usage('give a parcel id or --all (not both)');
      if (parcelId !== undefined && options.checkpoint.length + options.pubkey.length > 0)
        return usage('--checkpoint and --pubkey check the whole log: use them with --all');
      if (options.checkpoint.length > 0 && options.pubkey.length === 0)
        return usage('give --pubkey <file> to check the signatures of the checkpoints');
      const keys = await readVerifierFiles(out, options.pubkey);
      if (E.isLeft(keys)) return usage(keys.left);
      const checkpoints = await readCheckpointFiles(out, options.checkpoint);
      if (E.isLeft(checkpoints)) return usage(checkpoints.left);
      const target = parcelId === undefined ? { all: true as const } : { parcelId };
      const check =
        options.pubkey.length === 0 ? {} : { check: { checkpoints: checkpoints.right, keys: keys.right } };
      code = await withStore(out, reading(options), (opened) =>
        verifyCommand(opened.store, out, target, { ...check, ...(options.json ? { json: true } : {}) }),
      );
    },
  );

  storeOptions(
    defineCommand(
      program,
      'checkpoint',
      "sign the log's tree head with a signer key, keep the checkpoint in the store and print it",
    ).requiredOption(
      '--key <file>',
      'the signer key file (keygen writes <prefix>.key); its name is the origin',
    ),
  ).action(async (options: StoreFlags & { key: string }) => {
    code = await withStore(out, writing(options), (opened) =>
      checkpointCommand(opened.store, out, options.key, options),
    );
  });

  storeOptions(
    defineCommand(program, 'checkpoints', 'list the checkpoints the store keeps, or export them all').option(
      '--out <file>',
      'write every kept checkpoint to this file (verify --checkpoint reads it)',
    ),
  ).action(async (options: StoreFlags & { out?: string }) => {
    code = await withStore(out, reading(options), (opened) => checkpointsCommand(opened.store, out, options));
  });

  storeOptions(
    defineCommand(
      program,
      'prove',
      "write a parcel's evidence pack: its events with inclusion proofs against a signed checkpoint",
    )
      .argument('<parcelId>', 'the parcel to prove')
      .option('--checkpoint <file>', 'the signed checkpoint (default: the newest one the store keeps)')
      .requiredOption('--out <file>', 'where to write the pack (JSON)'),
  ).action(async (parcelId: string, options: StoreFlags & { checkpoint?: string; out: string }) => {
    code = await withStore(out, reading(options), (opened) =>
      proveCommand(opened.store, out, parcelId, options),
    );
  });

  defineCommand(
    program,
    'verify-pack',
    'check an evidence pack offline: signature, hashes, chain, inclusion proofs, documents',
  )
    .argument('<file>', 'the evidence pack (JSON)')
    .requiredOption(
      '--pubkey <file>',
      'a verifier key the checkpoint may be signed with (repeatable)',
      repeatable,
      [],
    )
    .action(async (file: string, options: JsonFlag & { pubkey: readonly string[] }) => {
      if (options.pubkey.length === 0) {
        code = usageError(
          out,
          'verify-pack',
          'give --pubkey <file>: the key the checkpoint must be signed with',
        );
        return;
      }
      code = await verifyPackCommand(out, file, options);
    });

  storeOptions(
    defineCommand(program, 'rebuild', 'empty a read model and replay every parcel into it')
      .argument('<projection>', `${[...readModelNames, 'all'].join(', ')}`)
      .option(
        '--read-models <url>',
        'the pglite: or postgres:// database of the read models (default: the store, when it is one)',
      ),
  ).action(async (projection: string, options: StoreFlags & { readModels?: string }) => {
    // Into the store's own database, rebuild writes there (and creates the store like demo);
    // into another database, it only reads the events.
    const events = options.readModels === undefined ? writing(options) : reading(options);
    code = await withStore(out, events, async (opened) => {
      const into = (executor: SqlExecutor) =>
        rebuildCommand(opened.store, { executor, schema: options.schema }, out, projection, options);
      if (options.readModels === undefined)
        return opened.sql === null
          ? usageError(
              out,
              'rebuild',
              `a ${opened.kind} store keeps no read models; give --read-models pglite:<dir> or postgres://…`,
            )
          : into(opened.sql);
      return withStore(out, { ...writing(options), url: options.readModels }, async (models) =>
        models.sql === null
          ? usageError(out, 'rebuild', '--read-models must be a pglite: or postgres:// URL')
          : into(models.sql),
      );
    });
  });

  storeOptions(
    defineCommand(program, 'bordereau', "an insurer's monthly claims bordereau, as RFC 4180 CSV or JSON")
      .requiredOption('--insurer <id>', 'the insurer reported to')
      .requiredOption('--month <yyyy-mm>', 'the month reported on, e.g. 2026-02 (UTC)')
      .option('--csv', 'print RFC 4180 CSV (the default)'),
  ).action(async (options: StoreFlags & BordereauOptions) => {
    code = await withStore(out, reading(options), (opened) => bordereauCommand(opened.store, out, options));
  });

  asOfOptions(
    storeOptions(
      defineCommand(program, 'report', 'write a self-contained HTML audit report of a parcel')
        .argument('<parcelId>', 'the parcel to report on')
        .requiredOption('--html <file>', 'where to write the report'),
    ),
  ).action(async (parcelId: string, options: AsOfFlags & { html: string }) => {
    code = await withStore(out, reading(options), (opened) =>
      reportCommand(opened.store, opened.url, out, parcelId, options),
    );
  });

  defineCommand(program, 'keygen', 'make an Ed25519 key pair for signing checkpoints of the log')
    .requiredOption('--name <origin>', "the key's name: the origin of the log it signs for")
    .requiredOption('--out <prefix>', 'write <prefix>.key (owner only) and <prefix>.pub; never overwrites')
    .action(async (options: JsonFlag & { name: string; out: string }) => {
      code = await keygenCommand(out, options.name, options.out, options);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.help' ||
        error.code === 'commander.version'
        ? exitCodes.ok
        : exitCodes.usage;
    }
    out.stderr.write(`parcel-claims: unexpected error: ${describeError(error)}\n`);
    return exitCodes.internal;
  }
};
