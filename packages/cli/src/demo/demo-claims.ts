import {
  builtInCalendars,
  type ClaimCommandType,
  type ClaimsDecider,
  claimsDecider,
  decodeClaimCommand,
  defaultPolicy,
  fold,
  instantFromMillis,
  type ParcelState,
  type PartyRole,
  permittedRoles,
  policyBook,
} from '@parcel-claims/core';
import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { v5 as uuidv5 } from 'uuid';
import { actorIds, attachable, demoCommandFields, type StepDraw } from './demo-command-fields.js';
import { type DemoStory, demoStories, demoStoryOrder, type StoryStep } from './demo-stories.js';

/** A command as a caller sends it, with the time it happened. */
export interface TimedCommand {
  readonly json: { readonly type: ClaimCommandType; readonly data: Readonly<Record<string, unknown>> };
  readonly now: string;
}

/** One generated demo parcel: its id, its story and the commands that write it. */
export interface DemoClaim {
  readonly parcelId: string;
  readonly story: DemoStory;
  readonly commands: readonly TimedCommand[];
}

/** Namespace of the command ids of generated demo claims. */
const demoNamespace = '2f0f3b8e-6a1c-5d7e-9b43-1c2d3e4f5a6b';
const dayMs = 86_400_000;
/** The first demo parcel is booked on Monday 5 January 2026, 10:00 in Shenzhen; others within a month. */
const firstBooking = Date.UTC(2026, 0, 5, 2);

const generatedParcel = (seed: number, index: number): string =>
  `DEMO-${seed}-${String(index + 1).padStart(4, '0')}`;

const arbStep = ([type, minDays, maxDays]: StoryStep) =>
  fc.record({
    type: fc.constant(type),
    advance: fc.integer({ min: Math.round(minDays * dayMs), max: Math.round(maxDays * dayMs) }),
    choice: fc.nat(),
  });

const arbStory = (story: DemoStory) =>
  fc.record({
    start: fc.integer({ min: 0, max: 30 * dayMs }),
    steps: fc.tuple(...demoStories[story].map(arbStep)),
  });

/** Who sends a command: a role allowed to; a document comes from the party that owes it or the forwarder. */
const roleFor = (type: ClaimCommandType, state: ParcelState, choice: number): PartyRole => {
  if (type === 'AttachDocument') {
    const owner = attachable(state)[choice % Math.max(1, attachable(state).length)]?.owedBy;
    return owner === undefined || owner === 'carrier' || choice % 3 === 0 ? 'forwarder' : owner;
  }
  const roles = permittedRoles(type);
  return roles[choice % roles.length] ?? 'forwarder';
};

/**
 * The commands of one parcel's story: each step becomes a command from the parcel's state at that
 * moment and is decided; only commands that write events are kept, so that the demo, sent again,
 * is answered as already applied throughout.
 */
const storyCommands = (
  decider: ClaimsDecider,
  parcelId: string,
  draw: {
    readonly start: number;
    readonly steps: readonly { type: ClaimCommandType; advance: number; choice: number }[];
  },
): TimedCommand[] => {
  const commands: TimedCommand[] = [];
  let state = decider.initialState;
  let at = firstBooking + draw.start;
  draw.steps.forEach(({ type, advance, choice }, index) => {
    at += advance;
    const stepDraw: StepDraw = { state, at, advance, choice, step: index + 1 };
    const now = instantFromMillis(at);
    const role = roleFor(type, state, choice);
    const fields = demoCommandFields[type](stepDraw);
    // Before the booking, the seller is the one the booking names.
    const sellerId = state.booking?.sellerId ?? fields.sellerId;
    const json = {
      type,
      data: {
        commandId: uuidv5(`${parcelId}/${index + 1}`, demoNamespace),
        now,
        actor: {
          role,
          id: role === 'seller' && typeof sellerId === 'string' ? sellerId : actorIds[role],
        },
        parcelId,
        ...fields,
      },
    };
    const command = decodeClaimCommand(json);
    if (E.isLeft(command)) throw new Error(`the demo built an invalid command: ${command.left.message}`);
    const decision = decider.decide(command.right, state);
    if (E.isLeft(decision) || decision.right.length === 0) return;
    state = fold(state, decision.right);
    commands.push({ json, now });
  });
  return commands;
};

/**
 * `count` generated parcels, each following one story in turn (delivered, happy payout, lapse,
 * rejection, damage, withdrawal, deadline checks), with times, amounts and parties drawn from
 * `seed`: the same seed gives the same commands. Parcels are `DEMO-<seed>-0001`, ….
 */
export const demoClaims = (seed: number, count: number): DemoClaim[] => {
  const decider = claimsDecider({ policies: policyBook([defaultPolicy]), calendars: builtInCalendars });
  return Array.from({ length: count }, (_, index) => {
    const parcelId = generatedParcel(seed, index);
    const story = demoStoryOrder[index % demoStoryOrder.length] ?? 'happy-payout';
    const [draw] = fc.sample(arbStory(story), { numRuns: 1, seed: seed + index });
    return { parcelId, story, commands: draw === undefined ? [] : storyCommands(decider, parcelId, draw) };
  });
};
