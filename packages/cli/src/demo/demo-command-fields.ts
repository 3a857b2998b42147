import {
  type ClaimCommandType,
  type DocumentSlot,
  defaultPolicy,
  instantFromMillis,
  type ParcelState,
  type PartyRole,
} from '@parcel-claims/core';

/** What a step draws and knows when it becomes a command. */
export interface StepDraw {
  /** The parcel as the story left it before this step. */
  readonly state: ParcelState;
  /** Epoch milliseconds the command happens at. */
  readonly at: number;
  /** Milliseconds since the step before. */
  readonly advance: number;
  /** A drawn number that picks among the choices the state offers. */
  readonly choice: number;
  /** 1, 2, … in the story: makes references distinct. */
  readonly step: number;
}

type Fields = Readonly<Record<string, unknown>>;

/** The party the demo's parcels have in each role (a parcel's seller is drawn at booking). */
export const actorIds: { readonly [R in PartyRole]: string } = {
  seller: 'seller-1',
  forwarder: 'forwarder-1',
  carrier: 'carrier-1',
  insurer: 'insurer-1',
  system: 'deadline-clock',
};

/** Currencies with the minor units in one whole unit. */
const currencies: readonly [readonly [string, number], ...(readonly [string, number])[]] = [
  ['CNY', 100],
  ['EUR', 100],
  ['USD', 100],
  ['JPY', 1],
];

const pick = <T>(options: readonly [T, ...T[]], choice: number): T =>
  options[choice % options.length] ?? options[0];

const money = (minorUnits: number, currency: string) => ({
  minorUnits: Math.max(1, Math.round(minorUnits)),
  currency,
});

const contentHash = (seed: number) => `sha256:${seed.toString(16).padStart(64, '0')}`;

const currencyOf = (state: ParcelState): string => state.booking?.goodsValue.currency ?? 'CNY';

const claimIdOf = (state: ParcelState): string =>
  state.claim?.claimId ?? `claim-${state.earlierClaims.length + 1}`;

const outstanding = (state: ParcelState): readonly DocumentSlot[] =>
  state.claim?.documents.filter((document) => document.status !== 'attached') ?? [];

/** The documents a party may attach now; the carrier's loss confirmation comes with `ConfirmLoss`. */
export const attachable = (state: ParcelState): readonly DocumentSlot[] =>
  outstanding(state).filter((document) => document.documentType !== 'loss-confirmation');

const choose = <T>(options: readonly T[], choice: number): T | undefined =>
  options[choice % Math.max(1, options.length)];

/**
 * One to three pieces sharing the goods value: each of the later pieces a fifth of it, the first
 * the rest, so that the pieces' values add up to the parcel's exactly.
 */
const piecesOf = (contents: string, goods: { minorUnits: number; currency: string }, choice: number) => {
  const count = 1 + ((choice >> 6) % 3);
  const share = Math.floor(goods.minorUnits / 5);
  return Array.from({ length: count }, (_, index) => ({
    pieceId: `P${index + 1}`,
    description: count === 1 ? contents : `${contents}, box ${index + 1} of ${count}`,
    goodsValue: {
      minorUnits: index === 0 ? goods.minorUnits - share * (count - 1) : share,
      currency: goods.currency,
    },
    weightGrams: 200 + ((choice >> index) % 4_800),
  }));
};

/** The most the insurer may approve: the lower of the sum insured and the proven loss (covered shipping included). */
const capOf = (state: ParcelState, proven: number): number => {
  const coverage = state.coverage;
  const insured = coverage?.insuredValue.minorUnits ?? 1;
  const shipping = coverage?.coversShippingCost === true ? (state.booking?.shippingCost.minorUnits ?? 0) : 0;
  const deductible = coverage?.deductible.kind === 'amount' ? coverage.deductible.amount.minorUnits : 0;
  return Math.min(insured, proven + shipping) - deductible;
};

/** The demo pays the parcel's seller. */
const payeeOf = (state: ParcelState) => ({ role: 'seller', partyId: state.booking?.sellerId ?? 'seller-1' });

/** The payee the acceptance named (the seller when it named none). */
const paymentPayeeOf = (state: ParcelState) => {
  const named = state.claim?.acceptance?.payee;
  return named === undefined || named.role === 'not-recorded' ? payeeOf(state) : named;
};

const paymentMethodOf = (state: ParcelState): string => {
  const named = state.claim?.acceptance?.method;
  return named === undefined || named === 'not-recorded' ? 'bank-transfer' : named;
};

/**
 * The fields of each command type for a generated demo parcel, from the parcel's state and the
 * step's draw: realistic values that keep the rules. Every command type is listed, so a new one
 * must say what the demo sends for it.
 */
export const demoCommandFields: { readonly [T in ClaimCommandType]: (draw: StepDraw) => Fields } = {
  BookParcel: ({ choice }) => {
    const [currency, unit] = pick(currencies, choice);
    const goods = money((200 + (choice % 20_000)) * unit, currency);
    const contents = pick(
      ['Mirrorless camera body', 'Drone with spare batteries', 'Silk scarves', 'Laptop'],
      choice >> 4,
    );
    return {
      sellerId: `seller-${(choice % 3) + 1}`,
      forwarderId: actorIds.forwarder,
      origin: 'CN',
      destination: pick(['DE', 'FR', 'US', 'BR', 'JP'], choice >> 2),
      contents,
      goodsValue: goods,
      valueBasis: choice % 2 === 0 ? 'invoice' : 'sales-price',
      customsValue: goods,
      carriageValue: null,
      shippingCost: money((8 + (choice % 60)) * unit, currency),
      pieces: piecesOf(contents, goods, choice),
    };
  },
  PurchaseInsurance: ({ state, choice }) => {
    const declared = state.booking?.goodsValue.minorUnits ?? 10_000;
    const insured = Math.floor((declared * (60 + (choice % 41))) / 100);
    return {
      insurerId: actorIds.insurer,
      policy: { id: defaultPolicy.id, version: defaultPolicy.version },
      insuredValue: money(insured, currencyOf(state)),
      valueBasis: choice % 2 === 0 ? 'invoice' : 'sales-price',
      coversShippingCost: choice % 3 === 0,
      premium: money(insured / 100, currencyOf(state)),
      payerCalendar: choice % 4 === 0 ? 'weekends:Europe/Berlin' : 'cn-mainland',
      rates: [],
    };
  },
  RecordPickup: () => ({}),
  RecordHubArrival: () => ({ hubId: 'szx-processing-centre' }),
  ShipParcel: ({ step }) => ({ hubId: 'szx-processing-centre', cargoReference: `MAWB 784-${1000 + step}` }),
  HandOverToCarrier: ({ state, step, choice }) => ({
    carrierId: actorIds.carrier,
    trackingNumber: `SC${100_000 + (choice % 900_000)}CN`,
    boxes: (state.booking?.pieces ?? []).map((piece, box) => ({
      pieceId: piece.pieceId,
      airBoxNumber: `AIRBOX-${step}-${box + 1}`,
      customsBoxNumber: `CUSTOMS-${step}-${box + 1}`,
    })),
  }),
  RecordTrackingUpdate: ({ at, advance, choice }) => ({
    // Scanned a little before it was recorded, never before the step before it.
    scannedAt: instantFromMillis(at - (choice % Math.max(1, Math.min(advance, 6 * 3_600_000)))),
    location: pick(['Shenzhen Bao an airport', 'Leipzig hub', 'Customs warehouse'], choice),
    description: 'Processed',
  }),
  RecordDelivery: ({ state }) => ({ pieceIds: (state.booking?.pieces ?? []).map((piece) => piece.pieceId) }),
  OpenInquiry: ({ state }) => ({
    claimId: `claim-${state.earlierClaims.length + (state.claim === null ? 1 : 2)}`,
    claimType: state.shipment?.deliveredAt == null ? 'loss' : 'damage',
    pieceIds: null,
  }),
  AttachDocument: ({ state, choice, step }) => {
    const documentType = choose(attachable(state), choice)?.documentType ?? 'outbound-record';
    return {
      claimId: claimIdOf(state),
      documentType,
      reference: `dossier/${claimIdOf(state)}/${documentType}-${step}.pdf`,
      contentHash: contentHash(step),
    };
  },
  RejectDocument: ({ state, choice }) => {
    const attached = state.claim?.documents.filter((document) => document.status === 'attached') ?? [];
    return {
      claimId: claimIdOf(state),
      documentType: choose(attached, choice)?.documentType ?? 'proof-of-value',
      reason: 'The scan is illegible',
    };
  },
  ExtendDocumentDeadline: ({ state, choice }) => ({
    claimId: claimIdOf(state),
    documentType:
      choose(
        outstanding(state).filter((document) => document.owedBy !== 'seller'),
        choice,
      )?.documentType ?? 'loss-confirmation',
    extendByDays: 5 + (choice % 25),
  }),
  ConfirmLoss: ({ state, step }) => ({
    claimId: claimIdOf(state),
    carrierId: actorIds.carrier,
    reference: `dossier/${claimIdOf(state)}/loss-confirmation.pdf`,
    contentHash: contentHash(step),
  }),
  SubmitClaim: ({ state }) => ({ claimId: claimIdOf(state) }),
  AcceptClaim: ({ state, choice }) => {
    const insured = state.coverage?.insuredValue.minorUnits ?? 1;
    const proven = Math.floor((insured * (70 + (choice % 51))) / 100);
    const cap = capOf(state, proven);
    return {
      claimId: claimIdOf(state),
      provenValue: money(proven, currencyOf(state)),
      approvedAmount: money(choice % 4 === 0 ? cap / 2 : cap, currencyOf(state)),
      carrierSettlement: null,
      salvageValue: null,
      rates: [],
      partialReason: choice % 4 === 0 ? 'Half of the goods were resold by the seller' : null,
      payee: payeeOf(state),
      method: pick(['bank-transfer', 'wallet', 'marketplace-refund'], choice),
    };
  },
  RequestInformation: ({ state, at }) => ({
    claimId: claimIdOf(state),
    question: 'Please send the courier hand-over receipt',
    askedOf: 'seller',
    answerDue: instantFromMillis(at + 7 * 86_400_000),
  }),
  AnswerInformationRequest: ({ state, step }) => ({
    claimId: claimIdOf(state),
    answer: 'The hand-over receipt is attached',
    contentHash: contentHash(step),
  }),
  AppealRejection: ({ state, step }) => ({
    claimId: claimIdOf(state),
    grounds: 'The packaging met the carrier standard; photos attached',
    documents: [
      {
        documentType: 'damage-photos',
        reference: `dossier/${claimIdOf(state)}/appeal-${step}.pdf`,
        contentHash: contentHash(step),
      },
    ],
  }),
  RejectClaim: ({ state, choice }) => ({
    claimId: claimIdOf(state),
    reason: pick(
      ['insufficient-evidence', 'improper-packaging', 'prohibited-goods', 'customs-seizure'],
      choice,
    ),
    explanation: 'Decided by the insurer on the dossier',
  }),
  PayClaim: ({ state, step }) => ({
    claimId: claimIdOf(state),
    amount: state.claim?.acceptance?.approvedAmount ?? money(1, currencyOf(state)),
    paymentReference: `PAYOUT-${step}`,
    payee: paymentPayeeOf(state),
    method: paymentMethodOf(state),
  }),
  WithdrawClaim: ({ state, choice }) => ({
    claimId: claimIdOf(state),
    reason: pick(['parcel-found', 'seller-request', 'settled-with-buyer'], choice),
  }),
  CheckDeadlines: () => ({}),
  GrantDelegation: () => ({ delegateId: actorIds.forwarder }),
  RevokeDelegation: () => ({ delegateId: actorIds.forwarder }),
  NotifyCarrier: ({ state, step }) => ({ claimId: claimIdOf(state), reference: `NOTICE-${step}` }),
  AssessCarrierLiability: ({ state, at }) => ({
    claimId: claimIdOf(state),
    regime: 'montreal',
    sdrRate: {
      to: currencyOf(state),
      rate: '1.35',
      date: instantFromMillis(at).slice(0, 10),
      source: 'IMF SDR valuation',
    },
    rates: [],
  }),
  FileRecovery: ({ state, step }) => ({
    claimId: claimIdOf(state),
    amount: state.claim?.followUp.carrierLiabilityCap ?? money(1, currencyOf(state)),
    reference: `RECOVERY-${step}`,
  }),
  RecordRecovery: ({ state, step }) => ({
    claimId: claimIdOf(state),
    amount: state.claim?.followUp.recovery?.filed ?? money(1, currencyOf(state)),
    reference: `RECEIPT-${step}`,
  }),
  CloseRecovery: ({ state }) => ({ claimId: claimIdOf(state), reason: 'The carrier declined' }),
  ElectSalvage: ({ state, choice }) => ({
    claimId: claimIdOf(state),
    election: choice % 2 === 0 ? 'repay' : 'surrender',
  }),
};
