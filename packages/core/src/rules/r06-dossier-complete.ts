import { because, type Rejection } from '../decider/rejection.js';
import type { Claim } from '../decider/state.js';
import { rule } from './rule.js';

/** R6: a claim goes to the insurer only when every required document is attached and none is rejected. */
export const dossierComplete = rule('R6', 'dossier complete', ({ claim }: { claim: Claim }) =>
  incompleteDossier(claim),
);

const incompleteDossier = (claim: Claim): Rejection | undefined => {
  const missing = claim.documents.filter((d) => d.status === 'missing').map((d) => d.documentType);
  const rejected = claim.documents.filter((d) => d.status === 'rejected').map((d) => d.documentType);
  if (missing.length === 0 && rejected.length === 0) return undefined;
  const parts = [
    ...(missing.length > 0 ? [`missing: ${missing.join(', ')}`] : []),
    ...(rejected.length > 0 ? [`rejected: ${rejected.join(', ')}`] : []),
  ];
  return {
    code: 'DossierIncomplete',
    rule: 'R6',
    missing,
    rejected,
    message: because('R6', `the ${claim.claimType} dossier is incomplete (${parts.join('; ')})`),
  };
};
