import type { AsyncCommand } from 'fast-check';
import { actorIdOf } from './actor.js';
import { deliver } from './deliver.js';
import { materialize } from './materialize.js';
import { type Milestone, milestonesOf } from './milestones.js';
import { type Step, withEnvelope } from './model-command.js';
import { type ClaimsModel, nextParcel, type ParcelModel, takeCommandId } from './parcel-model.js';
import { proceed, storyOver } from './proceed.js';
import type { ClaimsReal } from './real-system.js';
import { type RoleChoice, type Spec, showSpec } from './spec.js';
import { showStep } from './time.js';
import { twist } from './twist.js';
import type { Who } from './vocabulary.js';

/** One step of a generated run: sends a command (or an old one again) and checks the answer. */
export type ClaimsModelCommand = AsyncCommand<ClaimsModel, ClaimsReal>;

const parcelIn = (model: Readonly<ClaimsModel>, slot: number): ParcelModel | undefined => {
  const index = model.slots[slot];
  return index === undefined ? undefined : model.parcels[index];
};

/** Sends the command `choose` makes for the slot's current parcel at `now`, moving the clock there. */
const sendStep = async (
  model: ClaimsModel,
  real: ClaimsReal,
  slot: number,
  now: number,
  who: Who,
  choose: (parcel: ParcelModel, now: number) => Step,
): Promise<void> => {
  const index = model.slots[slot];
  const parcel = index === undefined ? undefined : model.parcels[index];
  if (index === undefined || parcel === undefined) return;
  model.clock = Math.max(model.clock, now);
  const step = choose(parcel, now);
  const actorId = actorIdOf(parcel, step.role, step.body, step.who ?? who);
  await deliver(
    model,
    real,
    withEnvelope(
      { parcel: index, commandId: takeCommandId(model), now, role: step.role, actorId },
      step.body,
    ),
  );
};

const showWho = (who: Who): string => (who === 'own' ? '' : ` (${who})`);

/** A command of a given type with generated values, `step` after the previous one. */
export const sendCommand = (
  slot: number,
  step: number,
  role: RoleChoice,
  who: Who,
  spec: Spec,
): ClaimsModelCommand => ({
  check: (model) => slot < model.slots.length,
  run: (model, real) =>
    sendStep(model, real, slot, model.clock + step, who, (parcel, now) =>
      materialize(parcel, spec, role, now),
    ),
  toString: () =>
    `${showSpec(spec)} p${slot + 1}${role === 'usual' ? '' : ` as ${role}`}${showWho(who)} ${showStep(step)}`,
});

/**
 * Whatever a cooperative party would do next for the slot's parcel (see proceed.ts); once that
 * parcel's story is over, the slot moves on to a new parcel.
 */
export const proceedCommand = (slot: number, step: number, pick: number, who: Who): ClaimsModelCommand => ({
  check: (model) => slot < model.slots.length,
  run: (model, real) => {
    const parcel = parcelIn(model, slot);
    if (parcel !== undefined && storyOver(parcel, model.clock + step)) nextParcel(model, slot);
    return sendStep(model, real, slot, model.clock + step, who, (current, now) =>
      proceed(current, now, pick),
    );
  },
  toString: () => `Proceed p${slot + 1} pick=${pick}${showWho(who)} ${showStep(step)}`,
});

/** A command that fits the parcel's moment but is likely wrong in one way (see twist.ts). */
export const twistCommand = (slot: number, step: number, pick: number, who: Who): ClaimsModelCommand => ({
  check: (model) => slot < model.slots.length,
  run: (model, real) =>
    sendStep(model, real, slot, model.clock + step, who, (parcel, now) => {
      const { spec, role } = twist(parcel, pick);
      return materialize(parcel, spec, role, now);
    }),
  toString: () => `Twist p${slot + 1} pick=${pick}${showWho(who)} ${showStep(step)}`,
});

/**
 * A command sent earlier, sent again with the same id and data: as it was (a retry of the same
 * request), or stamped with the current time (a client that rebuilds the request before retrying).
 * Either way, if it wrote events the first time, it must write nothing now: as it was, it is
 * answered `already-applied`; restamped with a later time, it is another command under a used id
 * (`command-id-reused`).
 */
export const repeatCommand = (pick: number, restamped: boolean): ClaimsModelCommand => ({
  check: (model) => model.sent.length > 0,
  run: async (model, real) => {
    const earlier = model.sent[pick % model.sent.length];
    if (earlier === undefined) return;
    await deliver(model, real, restamped ? { ...earlier.command, now: model.clock } : earlier.command);
  },
  toString: () => `Repeat #${pick}${restamped ? ' restamped' : ''}`,
});

/**
 * The command whose answer changes at one of the parcel's milestones ahead (`index` 0 is the
 * nearest), sent one millisecond before, at, and one millisecond after the instant (a document
 * from its due instant on), so a boundary off by one millisecond shows. Skipped when no milestone lies ahead.
 */
export const probeCommand = (slot: number, index: number, alt: boolean): ClaimsModelCommand => {
  const target = (model: Readonly<ClaimsModel>): Milestone | null => {
    const parcel = parcelIn(model, slot);
    if (parcel === undefined) return null;
    const ahead = milestonesOf(parcel, alt)
      .filter((m) => m.at + Math.min(...m.offsets) >= model.clock)
      .sort((a, b) => a.at - b.at);
    return ahead[index % Math.max(1, ahead.length)] ?? null;
  };
  return {
    check: (model) => target(model) !== null,
    run: async (model, real) => {
      const milestone = target(model);
      if (milestone === null) return;
      for (const offset of milestone.offsets)
        await sendStep(model, real, slot, milestone.at + offset, 'own', () => milestone.step);
    },
    toString: () => `Probe p${slot + 1} milestone #${index}${alt ? ' alt' : ''}`,
  };
};
