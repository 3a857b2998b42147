import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { ClaimCommand, claimCommandTypes, decodeClaimCommand } from '../../src/index.js';
import { commandSamples } from './command-samples.js';

const samplesOf = (type: string): readonly ClaimCommand[] => commandSamples.filter((c) => c.type === type);

describe('command codec round trip', () => {
  it('has a sample of every command type, and of no other', () => {
    const sampled = [...new Set(commandSamples.map((c) => c.type))].sort();
    expect(sampled).toEqual([...claimCommandTypes].sort());
  });

  it('lists each command type once', () => {
    expect(claimCommandTypes.length).toBe(new Set(claimCommandTypes).size);
  });

  it.each(claimCommandTypes)('%s survives JSON text, decoding and encoding unchanged', (type) => {
    const samples = samplesOf(type);
    expect(samples.length).toBeGreaterThan(0);
    for (const sample of samples) {
      const json: unknown = JSON.parse(JSON.stringify(sample));
      const decoded = decodeClaimCommand(json);
      expect(decoded).toEqual(E.right(sample));
      if (E.isLeft(decoded)) return;
      expect(ClaimCommand.encode(decoded.right)).toEqual(sample);
      expect(ClaimCommand.encode(decoded.right)).toEqual(json);
    }
  });
});
