import type * as t from 'io-ts';
import { Deadline } from '../calendar/index.js';
import { closed } from '../codec/closed.js';
import { Money } from '../money/index.js';
import { Instant } from '../time/instant.js';
import { DocumentOwner, DocumentType } from '../vocabulary/document-type.js';

/** A document the claim needs, who owes it, and its due date computed when the inquiry opened. */
export const RequiredDocument = closed({ documentType: DocumentType, owedBy: DocumentOwner, due: Deadline });
export type RequiredDocument = t.TypeOf<typeof RequiredDocument>;

/** How the approved amount relates to the coverage: cap = min(insured, proven) + covered shipping − deductible. */
export const PayoutBreakdown = closed({
  insuredValue: Money,
  provenValue: Money,
  coveredShippingCost: Money,
  deductible: Money,
  cap: Money,
});
export type PayoutBreakdown = t.TypeOf<typeof PayoutBreakdown>;

export const MissingDocument = closed({ documentType: DocumentType, owedBy: DocumentOwner, dueAt: Instant });
export type MissingDocument = t.TypeOf<typeof MissingDocument>;
