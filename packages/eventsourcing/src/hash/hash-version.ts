/**
 * The hash format every store seals new events with: version 1 is the format `eventHash`
 * computes, the RFC 8785 canonical JSON of the fields `HashInput` lists (the version itself is
 * not part of the hashed text).
 */
export const currentHashVersion = 1;

/** Every hash format `verifyStream` and `verifyStreamText` can check, oldest first. */
export const knownHashVersions: readonly number[] = [currentHashVersion];

/** Whether a recorded event's `hashVersion` is one of {@link knownHashVersions}. */
export const isKnownHashVersion = (version: number): boolean => knownHashVersions.includes(version);
