import type { Difference } from './json-diff.js';

/** A given/when/then expectation that did not hold; the message is a readable diff. */
export class SpecFailure extends Error {
  override readonly name = 'SpecFailure';
  readonly differences: readonly Difference[];

  constructor(summary: string, differences: readonly Difference[]) {
    super(
      [summary, ...differences.map((d) => `  ${d.path}: expected ${d.expected}, got ${d.actual}`)].join('\n'),
    );
    this.differences = differences;
  }
}
