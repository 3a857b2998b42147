import { describePackFinding, escapeForDisplay, parsePack, verifyPack } from '@parcel-claims/audit';
import * as E from 'fp-ts/lib/Either.js';
import { usageError } from '../command-conventions.js';
import { exitCodes } from '../exit-codes.js';
import { type CliIo, painterFor } from '../io.js';
import { jsonText } from '../json-text.js';
import { readVerifierFiles } from '../key-files.js';
import { describeError } from '../open.js';

/**
 * `verify-pack <file> --pubkey <file>…`: checks an evidence pack offline (see `verifyPack`). Exit 0
 * when it verifies, 1 naming each finding (a pack that does not parse is named by the JSON path
 * at fault), 2 when a file cannot be read or a key is malformed.
 */
export const verifyPackCommand = async (
  io: CliIo,
  packFile: string,
  options: { readonly pubkey: readonly string[]; readonly json?: boolean },
): Promise<number> => {
  const keys = await readVerifierFiles(io, options.pubkey);
  if (E.isLeft(keys)) return usageError(io, 'verify-pack', keys.left);
  let text: string;
  try {
    text = await io.readFile(packFile);
  } catch (error) {
    return usageError(
      io,
      'verify-pack',
      `cannot read ${escapeForDisplay(packFile)}: ${describeError(error)}`,
    );
  }
  const paint = painterFor(io.stdout, io.env);
  const parsed = parsePack(text);
  if (!parsed.ok) {
    const { path, message } = parsed.problem;
    if (options.json === true)
      io.stdout.write(
        `${jsonText({ ok: false, malformed: { path, message: escapeForDisplay(message) } })}\n`,
      );
    else
      io.stdout.write(
        `${paint('red', 'MALFORMED')} ${escapeForDisplay(packFile)} is not an evidence pack: ${path}: ${escapeForDisplay(message)}\n`,
      );
    return exitCodes.findings;
  }
  const report = verifyPack(parsed.pack, keys.right);
  if (options.json === true) {
    io.stdout.write(
      `${jsonText({ ...report, findings: report.findings.map((f) => ({ ...f, description: describePackFinding(f) })) })}\n`,
    );
    return report.ok ? exitCodes.ok : exitCodes.findings;
  }
  for (const finding of report.findings)
    io.stdout.write(`${paint('red', 'FINDING')} ${describePackFinding(finding)}\n`);
  const { checkpoint } = report;
  const against =
    checkpoint === null
      ? 'no accepted checkpoint'
      : `checkpoint ${escapeForDisplay(checkpoint.origin)} of ${checkpoint.treeSize} events (root ${checkpoint.root}) signed by ${report.signedBy.map(escapeForDisplay).join(', ')}`;
  const summary = `${escapeForDisplay(report.streamId)}: ${report.events} event(s), ${report.documents} document(s), against ${against}`;
  if (report.ok) {
    io.stdout.write(
      `${paint('green', 'OK')} ${summary}: every hash, link, inclusion proof and document hash verifies.\n`,
    );
    return exitCodes.ok;
  }
  io.stdout.write(`${summary}: ${report.findings.length} finding(s).\n`);
  return exitCodes.findings;
};
