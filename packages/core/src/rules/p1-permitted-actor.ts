import type { ClaimCommandType } from '../commands/claim-command.js';
import { because, type Rejection } from '../decider/rejection.js';
import type { Actor, PartyRole } from '../vocabulary/actor.js';
import { withArticle } from '../vocabulary/article.js';

/** Who may issue each command. The forwarder assembles the dossier, so it may act for the seller. */
export const permittedRoles: { readonly [C in ClaimCommandType]: readonly PartyRole[] } = {
  BookParcel: ['seller', 'forwarder'],
  PurchaseInsurance: ['seller', 'forwarder'],
  RecordPickup: ['forwarder'],
  RecordHubArrival: ['forwarder'],
  ShipParcel: ['forwarder'],
  HandOverToCarrier: ['forwarder'],
  RecordTrackingUpdate: ['forwarder', 'carrier'],
  RecordDelivery: ['forwarder', 'carrier'],
  OpenInquiry: ['seller', 'forwarder'],
  AttachDocument: ['seller', 'forwarder', 'carrier'],
  RejectDocument: ['insurer'],
  ExtendDocumentDeadline: ['insurer'],
  ConfirmLoss: ['carrier', 'forwarder'],
  SubmitClaim: ['seller', 'forwarder'],
  AcceptClaim: ['insurer'],
  RejectClaim: ['insurer'],
  PayClaim: ['insurer'],
  WithdrawClaim: ['seller', 'forwarder'],
  CheckDeadlines: ['system', 'insurer', 'forwarder'],
};

/** P1: the actor's role may issue this command. */
export const permittedActor = (command: ClaimCommandType, actor: Actor): Rejection | undefined => {
  const allowed = permittedRoles[command];
  return allowed.includes(actor.role)
    ? undefined
    : {
        code: 'CommandNotPermitted',
        rule: 'P1',
        command,
        role: actor.role,
        allowed,
        message: because(
          'P1',
          `${withArticle(actor.role)} may not ${command}; allowed: ${allowed.join(', ')}`,
        ),
      };
};
