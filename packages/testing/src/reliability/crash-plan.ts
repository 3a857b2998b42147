import { StoreUnavailable } from '@parcel-claims/eventsourcing';
import fc from 'fast-check';

/**
 * Where a crash may strike a projection:
 * - `before-checkpoint`: a batch's read-model writes are done, its checkpoint not yet stored;
 * - `read-model-write`: in the middle of a batch, before one event's read-model write;
 * - `subscription`: the live subscription fails as it delivers a message;
 * - `read-all`: reading the log for a catch-up or rebuild fails as it yields a batch.
 */
export type CrashPoint = 'before-checkpoint' | 'read-model-write' | 'subscription' | 'read-all';

/** Every point at which a crash plan can stop a projection. */
export const crashPoints: readonly CrashPoint[] = [
  'before-checkpoint',
  'read-model-write',
  'subscription',
  'read-all',
];

/** One planned crash: at the `skip + 1`-th time its point is reached after the previous crash. */
export interface PlannedCrash {
  readonly point: CrashPoint;
  readonly skip: number;
}

export const arbCrashes: fc.Arbitrary<readonly PlannedCrash[]> = fc.array(
  fc.record({ point: fc.constantFrom(...crashPoints), skip: fc.nat(12) }),
  { maxLength: 8 },
);

/** The error an injected crash throws; its message names the point. */
export class InjectedCrash extends StoreUnavailable {
  readonly point: CrashPoint;

  constructor(point: CrashPoint) {
    super({ cause: new Error(`injected crash at ${point}`) });
    this.point = point;
  }
}

/**
 * Crashes in plan order: once armed, `reach(point)` throws when the next planned crash is due
 * there. Unarmed, it lets everything through (setting up a run).
 */
export interface CrashSwitch {
  readonly arm: () => void;
  readonly reach: (point: CrashPoint) => void;
  /** The crashes that struck, by point. */
  readonly struck: () => Readonly<Record<CrashPoint, number>>;
  /** Whether planned crashes are left. */
  readonly pending: () => boolean;
}

export const crashSwitch = (plan: readonly PlannedCrash[]): CrashSwitch => {
  let armed = false;
  let next = 0;
  let reached = 0;
  const struck: Record<CrashPoint, number> = {
    'before-checkpoint': 0,
    'read-model-write': 0,
    subscription: 0,
    'read-all': 0,
  };
  return {
    arm: () => {
      armed = true;
    },
    reach: (point) => {
      const planned = plan[next];
      if (!armed || planned === undefined || planned.point !== point) return;
      if (reached < planned.skip) {
        reached += 1;
        return;
      }
      next += 1;
      reached = 0;
      struck[point] += 1;
      throw new InjectedCrash(point);
    },
    struck: () => ({ ...struck }),
    pending: () => next < plan.length,
  };
};
