/**
 * The rules a decision can cite. R1–R12 are the claims-domain rules every history satisfies; the
 * lettered ones are the operational rules around them (who may act, in which order, with which
 * documents). docs/rules.md lists each with its policy parameters, code and tests.
 */
export const ruleTitles = {
  R1: 'deterministic replay',
  R2: 'time moves forward',
  R3: 'insured before dispatch',
  R4: 'inquiry window',
  R5: 'one open claim, repeats change nothing',
  R6: 'complete dossier before submission',
  R7: 'approved amount within cap',
  R8: 'paid once, exactly, after acceptance',
  R9: 'payout due date',
  R10: 'lapse only for missing documents',
  R11: 'terminal states absorb',
  R12: 'calendar laws',
  P1: 'permitted actor',
  P2: 'parcel party',
  S1: 'one parcel per stream',
  L1: 'shipment lifecycle',
  C1: 'coverage terms',
  C2: 'pieces claimed once',
  K1: 'claim lifecycle',
  D1: 'document provision',
  D2: 'document deadlines',
  N1: 'carrier notice',
  N2: 'carrier liability',
  N3: 'recovery within what was paid',
  N4: 'parcel found after payout',
  K2: 'decision clock pauses for information',
  K3: 'appeal against a rejection',
  E1: 'payee and payment method',
} as const;

/** The id of a rule of the catalogue (docs/rules.md), e.g. `R4`. */
export type RuleId = keyof typeof ruleTitles;

/** `R4 inquiry window`: how messages name a rule. */
export const ruleLabel = (rule: RuleId): string => `${rule} ${ruleTitles[rule]}`;
