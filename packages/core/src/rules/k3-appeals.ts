import { because } from '../decider/rejection.js';
import type { Claim, Shipment } from '../decider/state.js';
import type { ClaimTerms } from '../decider/terms.js';
import type { Instant } from '../time/instant.js';
import type { ContentHash } from '../vocabulary/content-hash.js';
import type { DocumentType } from '../vocabulary/document-type.js';
import { atMostDaysApart, elapsedDays } from './elapsed.js';
import { rule } from './rule.js';

/** K3: a rejection is appealed within `appealWindow` days of it (elapsed time). */
export const appealInWindow = rule(
  'K3',
  'appeal within the window',
  ({ claim, terms, command }: { claim: Claim; terms: ClaimTerms; command: { data: { now: Instant } } }) => {
    const closure = claim.closure;
    if (closure === null || closure.status !== 'rejected') return undefined;
    const windowDays = terms.policy.parameters.appealWindow.value;
    return atMostDaysApart(closure.at, command.data.now, windowDays)
      ? undefined
      : {
          code: 'AppealTooLate',
          rule: 'K3',
          rejectedAt: closure.at,
          daysSinceRejection: elapsedDays(closure.at, command.data.now),
          appealWindowDays: windowDays,
          message: because(
            'K3',
            `claim ${claim.claimId} was rejected at ${closure.at}; appeals close ${windowDays} days after the rejection`,
          ),
        };
  },
);

/** K3: a claim's rejections are appealed at most `appealsAllowed` times. */
export const appealsLeft = rule(
  'K3',
  'appeals left',
  ({ claim, terms }: { claim: Claim; terms: ClaimTerms }) => {
    const allowed = terms.policy.parameters.appealsAllowed.value;
    return claim.appeals < allowed
      ? undefined
      : {
          code: 'NoAppealsLeft',
          rule: 'K3',
          appeals: claim.appeals,
          appealsAllowed: allowed,
          message: because(
            'K3',
            `claim ${claim.claimId} was appealed ${claim.appeals} of ${allowed} times allowed`,
          ),
        };
  },
);

interface AppealDocument {
  readonly documentType: DocumentType;
  readonly reference: string;
  readonly contentHash: ContentHash;
}

/** K3: an appeal brings at least one document, none of them one the dossier already holds. */
export const appealBringsNewDocuments = rule(
  'K3',
  'new documents',
  ({ claim, command }: { claim: Claim; command: { data: { documents: readonly AppealDocument[] } } }) => {
    const { documents } = command.data;
    if (documents.length === 0)
      return {
        code: 'AppealWithoutDocuments',
        rule: 'K3',
        field: 'documents',
        message: because('K3', 'an appeal brings at least one new document'),
      };
    const held = new Set(claim.documents.map((slot) => slot.contentHash));
    const index = documents.findIndex((document) => held.has(document.contentHash));
    const old = documents[index];
    return old === undefined
      ? undefined
      : {
          code: 'DocumentNotNew',
          rule: 'K3',
          field: `documents[${index}]`,
          documentType: old.documentType,
          reference: old.reference,
          message: because('K3', `the ${old.documentType} ${old.reference} is already in the dossier`),
        };
  },
);

/** K3: a loss claim is not appealed once a piece it holds was delivered: the loss is then disproved. */
export const lossNotDisproved = rule(
  'K3',
  'loss not disproved by a delivery',
  ({ claim, shipment }: { claim: Claim; shipment: Shipment }) =>
    claim.claimType === 'loss' &&
    shipment.deliveredAt !== null &&
    claim.pieceIds.some((pieceId) => shipment.deliveredPieceIds.includes(pieceId))
      ? {
          code: 'ParcelAlreadyDelivered',
          rule: 'K3',
          deliveredAt: shipment.deliveredAt,
          message: because(
            'K3',
            `a piece of loss claim ${claim.claimId} was delivered at ${shipment.deliveredAt}; the rejection stands`,
          ),
        }
      : undefined,
);
