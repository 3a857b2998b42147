import * as E from 'fp-ts/lib/Either.js';
import {
  type ClaimCommand,
  type ClaimCommandType,
  claimCommandRegistry,
  type TypedCommand,
} from '../commands/claim-command.js';
import { permittedActor } from '../rules/p1-permitted-actor.js';
import { parcelParty } from '../rules/p2-parcel-party.js';
import { timeMovesForward } from '../rules/r02-time-moves-forward.js';
import { isRepeatedCommand } from '../rules/r05-one-open-claim.js';
import { firstRefusal } from '../rules/rule.js';
import { sameParcel } from '../rules/s1-one-parcel-per-stream.js';
import type { Decision } from './decision.js';
import type { ParcelState } from './state.js';
import type { DeciderContext } from './terms.js';

export type { Decision } from './decision.js';

/** The rules every command checks first, in this order, before the rules of its own type. */
export const envelopeRules = [permittedActor, sameParcel, parcelParty, timeMovesForward];

const decideOne = <T extends ClaimCommandType>(
  command: TypedCommand<T>,
  state: ParcelState,
  context: DeciderContext,
): Decision => {
  const definition = claimCommandRegistry[command.type];
  const refused = firstRefusal(envelopeRules, { command, state, roles: definition.roles });
  return refused === undefined ? definition.decide(command, state, context) : E.left(refused);
};

/**
 * Decides a command against the state of its parcel stream: the events to append, or the rule
 * that refuses it. A command whose id the stream has already applied changes nothing (R5). Pure:
 * time and ids come on the command, policy and calendars from `context`.
 */
export const decideWith =
  (context: DeciderContext) =>
  (command: ClaimCommand, state: ParcelState): Decision =>
    isRepeatedCommand(state, command.data.commandId) ? E.right([]) : decideOne(command, state, context);
