/** Failures a test can inject into the stand-in. */
export interface StandInFaults {
  /**
   * The next `count` appends (through `Append` or `BatchAppend`) are written, and then the
   * connection drops before the answer reaches the client: the client sees UNAVAILABLE although
   * the events are stored. This is the case idempotent retries exist for. With `streamName`,
   * only appends to that stream count. Replaces any earlier plan.
   */
  readonly loseAppendResponses: (count: number, streamName?: string) => void;
  /** How many responses have been lost so far, to prove a fault fired. */
  readonly lostResponses: () => number;
}

/** The faults as the server consumes them. */
export interface FaultPlan extends StandInFaults {
  /** True if the response of this append to `streamName` is to be lost; counts it. */
  readonly takeLostResponse: (streamName: string) => boolean;
}

export const faultPlan = (): FaultPlan => {
  let planned = 0;
  let lost = 0;
  let onlyStream: string | undefined;
  return {
    loseAppendResponses: (count, streamName) => {
      planned = Math.max(0, Math.floor(count));
      onlyStream = streamName;
    },
    lostResponses: () => lost,
    takeLostResponse: (streamName) => {
      if (planned === 0 || (onlyStream !== undefined && onlyStream !== streamName)) return false;
      planned -= 1;
      lost += 1;
      return true;
    },
  };
};
