import * as E from 'fp-ts/lib/Either.js';
import { addCalendarDays, type BusinessCalendar, isOverdue } from '../calendar/index.js';
import { because, type Rejection } from '../decider/rejection.js';
import type { Claim, DocumentSlot } from '../decider/state.js';
import type { RequiredDocument } from '../events/parts.js';
import type { PolicyParameters } from '../policy/parameters.js';
import type { Instant } from '../time/instant.js';
import type { Actor, PartyRole } from '../vocabulary/actor.js';
import { withArticle } from '../vocabulary/article.js';
import type { ClaimType } from '../vocabulary/claim-type.js';
import type { DocumentOwner, DocumentType } from '../vocabulary/document-type.js';
import type { Finding } from './rule.js';

interface Requirement {
  readonly documentType: DocumentType;
  readonly owedBy: DocumentOwner;
}

/** D1: the dossier of each claim type and who owes each document (claims-domain.md, documents 1-5). */
export const dossierRequirements: { readonly [T in ClaimType]: readonly Requirement[] } = {
  loss: [
    { documentType: 'outbound-record', owedBy: 'forwarder' },
    { documentType: 'proof-of-value', owedBy: 'seller' },
    { documentType: 'proof-of-handover', owedBy: 'forwarder' },
    { documentType: 'buyer-dispute-evidence', owedBy: 'seller' },
    { documentType: 'loss-confirmation', owedBy: 'carrier' },
  ],
  damage: [
    { documentType: 'outbound-record', owedBy: 'forwarder' },
    { documentType: 'proof-of-value', owedBy: 'seller' },
    { documentType: 'proof-of-handover', owedBy: 'forwarder' },
    { documentType: 'damage-photos', owedBy: 'seller' },
    { documentType: 'repair-estimate', owedBy: 'seller' },
  ],
};

/** Seller documents get `sellerDocumentGrace`; forwarder and carrier documents `carrierDocumentGrace`. */
export const graceDays = (owedBy: DocumentOwner, p: PolicyParameters): number =>
  owedBy === 'seller' ? p.sellerDocumentGrace.value : p.carrierDocumentGrace.value;

/** D1: the required documents of a new claim with their due dates, computed once at the inquiry. */
export const requiredDocuments = (
  claimType: ClaimType,
  calendar: BusinessCalendar,
  p: PolicyParameters,
  openedAt: Instant,
): RequiredDocument[] =>
  dossierRequirements[claimType].map((r) => ({
    documentType: r.documentType,
    owedBy: r.owedBy,
    due: addCalendarDays(calendar, openedAt, graceDays(r.owedBy, p)),
  }));

/** D1: the party that owes a document may provide it, and so may the forwarder who assembles the dossier. */
export const allowedProviders = (owedBy: DocumentOwner): readonly DocumentOwner[] =>
  owedBy === 'forwarder' ? ['forwarder'] : [owedBy, 'forwarder'];

const asProvider = (role: PartyRole): DocumentOwner | null =>
  role === 'seller' || role === 'forwarder' || role === 'carrier' ? role : null;

/** D1: the slot of a document the claim requires, or why the claim takes no such document. */
export const documentSlot = (claim: Claim, documentType: DocumentType): E.Either<Rejection, DocumentSlot> => {
  const slot = claim.documents.find((d) => d.documentType === documentType);
  return slot === undefined
    ? E.left({
        code: 'DocumentNotRequired',
        rule: 'D1',
        documentType,
        claimType: claim.claimType,
        message: because('D1', `${withArticle(claim.claimType)} claim takes no ${documentType}`),
      })
    : E.right(slot);
};

/**
 * D1: a document is provided once (again only after a rejection), by a party allowed to provide
 * it, for a claim type that needs it, and no later than its due date. Gives the provider to record.
 */
export const documentProvision = (
  claim: Claim,
  documentType: DocumentType,
  role: PartyRole,
  now: Instant,
): E.Either<Rejection, DocumentOwner> => {
  const found = documentSlot(claim, documentType);
  if (E.isLeft(found)) return found;
  const slot = found.right;
  const allowed = allowedProviders(slot.owedBy);
  const provider = asProvider(role);
  if (provider === null || !allowed.includes(provider))
    return E.left({
      code: 'DocumentProviderNotAllowed',
      rule: 'D1',
      documentType,
      role,
      allowed,
      message: because(
        'D1',
        `${withArticle(role)} may not provide the ${documentType}; allowed: ${allowed.join(', ')}`,
      ),
    });
  if (slot.status === 'attached' && slot.providedAt !== null)
    return E.left({
      code: 'DocumentAlreadyAttached',
      rule: 'D1',
      documentType,
      providedAt: slot.providedAt,
      message: because('D1', `the ${documentType} was already provided at ${slot.providedAt}`),
    });
  if (isOverdue(slot.due, now))
    return E.left({
      code: 'DocumentOverdue',
      rule: 'D1',
      documentType,
      due: slot.due,
      now,
      message: because('D1', `the ${documentType} was due by ${slot.due.dueAt}; it arrived at ${now}`),
    });
  return E.right(provider);
};

type Provider = { readonly actor: Actor; readonly now: Instant };

/** D1: the provider to record for the document the command names, found by {@link documentProvision}. */
export const providerFound: Finding<
  { claim: Claim; command: { data: Provider & { documentType: DocumentType } } },
  { providedBy: DocumentOwner }
> = {
  steps: [{ rule: 'D1', name: 'document provision' }],
  find: ({ claim, command }) => {
    const { documentType, actor, now } = command.data;
    return E.map((providedBy: DocumentOwner) => ({ providedBy }))(
      documentProvision(claim, documentType, actor.role, now),
    );
  },
};

/** D1: the provider to record for the carrier's loss confirmation. */
export const lossConfirmationProviderFound: Finding<
  { claim: Claim; command: { data: Provider } },
  { providedBy: DocumentOwner }
> = {
  steps: [{ rule: 'D1', name: 'document provision' }],
  find: ({ claim, command }) =>
    E.map((providedBy: DocumentOwner) => ({ providedBy }))(
      documentProvision(claim, 'loss-confirmation', command.data.actor.role, command.data.now),
    ),
};
