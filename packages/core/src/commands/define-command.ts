import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import type { Decision } from '../decider/decision.js';
import type { Scope } from '../decider/scopes.js';
import type { ParcelState } from '../decider/state.js';
import type { DeciderContext } from '../decider/terms.js';
import type { ClaimEvent } from '../events/claim-event.js';
import type { CommandId } from '../ids.js';
import { type Finding, firstRefusal, type Rule, type RuleStep } from '../rules/rule.js';
import type { Instant } from '../time/instant.js';
import type { PartyRole } from '../vocabulary/actor.js';
import { command, type commandEnvelope } from './envelope.js';

/** The codec of one command type: `{ type, data }`, data being the envelope plus the type's own fields. */
export type CommandCodec<T extends string, P extends t.Props> = t.TypeC<{
  type: t.LiteralC<T>;
  data: t.TypeC<typeof commandEnvelope & P>;
}>;

/** A command of the type `T` with the fields `P`. */
export type CommandValue<T extends string, P extends t.Props> = t.TypeOf<CommandCodec<T, P>>;

/** What a command is decided on: itself, the state, the terms, and what its scope found. */
export type Given<C, Target> = {
  readonly command: C;
  readonly state: ParcelState;
  readonly context: DeciderContext;
  /**
   * The fields every event the command writes starts with: the command's `now` and its id. Write
   * them into each event's data literal (`{ at, commandId, claimId, … }`), not by spreading an
   * object: data built as a spread followed by more fields is read through V8's slowest property
   * loads by every reader of events (`pnpm bench --only fold`: 0.94M events/s so, 9.5M as literals).
   */
  readonly at: Instant;
  readonly commandId: CommandId;
} & Target;

/** One command type: its name, codec, the roles that may send it, its rules in order, and its decide step. */
export interface CommandDefinition<T extends string, P extends t.Props> {
  readonly type: T;
  readonly codec: CommandCodec<T, P>;
  readonly roles: readonly PartyRole[];
  /** The rules after the envelope's, in the order they are checked: the scope's, the command's, the finding's. */
  readonly precedence: readonly RuleStep[];
  /** The command's own rules, in the order of its list. */
  readonly rules: readonly RuleStep[];
  /** Decides the command against the state, after the envelope's rules have passed. */
  readonly decide: (command: CommandValue<T, P>, state: ParcelState, context: DeciderContext) => Decision;
}

/** For commands whose events need nothing a rule still has to allow. */
export const nothingToFind: Finding<unknown, object> = { steps: [], find: () => E.right({}) };

/** How a command type is decided: who may send it, what it acts on, its rules in order, and the events it writes. */
export interface CommandSpec<C, Target, Found> {
  readonly roles: readonly PartyRole[];
  readonly scope: Scope<Target, C>;
  /** Checked in this order after the scope's; the first that refuses decides the rejection. */
  readonly rules: readonly Rule<Given<C, Target>>[];
  /** Found after the rules: what the events need that a rule still has to allow ({@link nothingToFind} if nothing). */
  readonly find: Finding<Given<C, Target>, Found>;
  /** The events to write once every rule has passed: total, it refuses nothing. */
  readonly decide: (given: Given<C, Target> & Found) => readonly ClaimEvent[];
}

/** Defines a command type from its own fields (the envelope is added) and how it is decided. */
export const defineCommand = <
  T extends string,
  P extends t.Props,
  Target extends object,
  Found extends object,
>(
  type: T,
  fields: P,
  spec: CommandSpec<CommandValue<T, P>, Target, Found>,
): CommandDefinition<T, P> => ({
  type,
  codec: command(type, fields),
  roles: spec.roles,
  precedence: [...spec.scope.steps, ...spec.rules, ...spec.find.steps],
  rules: spec.rules,
  decide: (value, state, context) => {
    const target = spec.scope.find(state, value, context);
    if (E.isLeft(target)) return target;
    const given = {
      command: value,
      state,
      context,
      at: value.data.now,
      commandId: value.data.commandId,
      ...target.right,
    };
    const refused = firstRefusal(spec.rules, given);
    if (refused !== undefined) return E.left(refused);
    const found = spec.find.find(given);
    return E.isLeft(found) ? found : E.right(spec.decide({ ...given, ...found.right }));
  },
});
