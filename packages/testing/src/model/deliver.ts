import assert from 'node:assert/strict';
import { canonicalJson } from '@parcel-claims/eventsourcing';
import type { CommandResult } from '@parcel-claims/service';
import { applyAccepted } from './apply.js';
import { toInput } from './command-input.js';
import { describeCommand } from './describe-command.js';
import { judge } from './judge.js';
import type { ModelCommand } from './model-command.js';
import { observe } from './observe.js';
import type { ClaimsModel, ParcelModel, SentCommand } from './parcel-model.js';
import { type ClaimsReal, showResult } from './real-system.js';
import { storyOf } from './story.js';
import { showVerdict } from './verdict.js';
import type { EventType } from './vocabulary.js';

const typesOf = (result: CommandResult): readonly string[] =>
  result.kind === 'accepted' || result.kind === 'already-applied' ? result.events.map((e) => e.type) : [];

/**
 * A command whose id already wrote events writes nothing: sent again as it was, the service
 * answers with those events; with other content (restamped with a later time), the id names
 * another command.
 */
const expectAlreadyApplied = (
  result: CommandResult,
  earlier: SentCommand,
  sameContent: boolean,
  what: string,
): void => {
  const expected = sameContent ? 'already-applied' : 'command-id-reused';
  assert.equal(result.kind, expected, `${what}: sent again, the service answered ${showResult(result)}`);
  if (sameContent)
    assert.deepEqual(
      typesOf(result),
      earlier.written,
      `${what}: sent again, the events it wrote the first time`,
    );
};

/** The model's verdict against the service's answer; the parcel as it is afterwards, and what was written. */
const expectVerdict = (
  parcel: ParcelModel,
  command: ModelCommand,
  result: CommandResult,
  what: string,
): { readonly parcel: ParcelModel; readonly written: readonly EventType[] } => {
  const verdict = judge(parcel, command);
  const mismatch = `${what}: the model expected ${showVerdict(verdict)}, the service answered ${showResult(result)}`;
  assert.equal(result.kind, verdict.kind, mismatch);
  if (verdict.kind !== 'accepted' || result.kind !== 'accepted') return { parcel, written: [] };
  assert.deepEqual(typesOf(result), verdict.events, mismatch);
  const revision = BigInt(parcel.events + verdict.events.length - 1);
  assert.equal(
    result.revision,
    revision,
    `${what}: written at revision ${result.revision}, expected ${revision}`,
  );
  return { parcel: applyAccepted(parcel, command, result.events), written: verdict.events };
};

/**
 * Sends one command to the service and holds the answer against the model: a command whose id
 * already wrote events must come back `already-applied` with those events, or
 * `command-id-reused` if its content changed (restamped); any other (new, or sent
 * before but refused or idle) gets the model's verdict, and an accepted one updates the model.
 * Then the parcel is compared with the model.
 */
export const deliver = async (model: ClaimsModel, real: ClaimsReal, command: ModelCommand): Promise<void> => {
  const parcel = model.parcels[command.parcel];
  assert.ok(parcel !== undefined, `no parcel ${command.parcel}`);
  const what = describeCommand(command);
  const index = model.sent.findIndex((s) => s.command.commandId === command.commandId);
  const earlier = model.sent[index];
  try {
    const input = toInput(command, parcel);
    const result = await real.service.execute(input);
    if (earlier !== undefined && earlier.written.length > 0) {
      const sameContent =
        JSON.stringify(canonicalJson(toInput(earlier.command, parcel))) ===
        JSON.stringify(canonicalJson(input));
      expectAlreadyApplied(result, earlier, sameContent, what);
    } else {
      const next = expectVerdict(parcel, command, result, what);
      model.parcels[command.parcel] = next.parcel;
      const sent = { command, written: next.written };
      if (earlier === undefined) model.sent.push(sent);
      else model.sent[index] = sent;
    }
    await observe(model.parcels[command.parcel] ?? parcel, real, what);
  } catch (error) {
    // The generated sequence names intentions; the parcel's story names the commands that led here.
    if (!(error instanceof Error)) throw error;
    throw new Error(`${error.message}\n\n${storyOf(model, command.parcel)}`, { cause: error });
  }
};
