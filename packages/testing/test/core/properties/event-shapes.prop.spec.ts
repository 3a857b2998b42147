import { claimEventRegistry, RequiredDocument } from '@parcel-claims/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbHistory, historyPaths } from '../../../src/index.js';

const anyPath = fc.oneof(...historyPaths.map((path) => arbHistory({ path })));

/** The fields of each event type's data, in the order its codec declares them. */
const declaredFields = new Map(
  Object.values(claimEventRegistry).map(
    ({ type, codec }) => [type, Object.keys(codec.props.data.props)] as const,
  ),
);

// Code that reads events is fast only while every event of a type has one hidden class, which
// V8 gives objects built with the same fields in the same order.
describe('the decider writes every event of a type with the same fields in the same order', () => {
  it("each event's data has its codec's fields in the codec's order; required documents too", () => {
    fc.assert(
      fc.property(anyPath, (history) => {
        for (const event of history.events) {
          expect([event.type, Object.keys(event.data)]).toEqual([event.type, declaredFields.get(event.type)]);
          if (event.type === 'InquiryOpened')
            for (const required of event.data.requiredDocuments)
              expect(Object.keys(required)).toEqual(Object.keys(RequiredDocument.props));
        }
      }),
      { numRuns: 200 },
    );
  });
});
