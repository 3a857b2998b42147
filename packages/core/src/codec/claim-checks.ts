// Written by packages/core/scripts/generate-checks.mjs from the event and command codecs; do not edit.
// After changing a codec, run `pnpm generate`; a test fails while this file differs from what they write.
import { CalendarId } from '../calendar/business-calendar.js';
import { DayCount } from '../calendar/day-count.js';
import { PositiveInteger } from '../calendar/positive-integer.js';
import type { ClaimCommand, ClaimCommandType, CommandOf } from '../commands/claim-command.js';
import type { ClaimEvent, ClaimEventType, EventOf } from '../events/claim-event.js';
import { ClaimId, CommandId, NonEmptyText, ParcelId, PartyId, PieceId } from '../ids.js';
import { CurrencyCode } from '../money/currency.js';
import { DecimalText } from '../money/decimal-text.js';
import { ExchangeRate } from '../money/exchange.js';
import { MinorUnits } from '../money/money.js';
import { PolicyId } from '../policy/policy.js';
import { CommandTime } from '../time/command-time.js';
import { Instant } from '../time/instant.js';
import { LocalDate } from '../time/local-date.js';
import { PartyRole, PrincipalRole } from '../vocabulary/actor.js';
import { ClaimType } from '../vocabulary/claim-type.js';
import { ContentHash } from '../vocabulary/content-hash.js';
import { CountryCode } from '../vocabulary/country-code.js';
import { AttachableDocumentType, DocumentOwner, DocumentType } from '../vocabulary/document-type.js';
import { InformationSource, WorkingDaysUsed } from '../vocabulary/information.js';
import { PaymentMethod, RecordedPayeeRole, RecordedPaymentMethod } from '../vocabulary/payee.js';
import { ClaimRejectionReason, RecordedValueBasis, WithdrawalReason } from '../vocabulary/reasons.js';
import { predicateOf } from './predicate-of.js';

/** An object that is not an array: what io-ts `UnknownRecord` accepts. */
const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> =>
  u !== null && typeof u === 'object' && !Array.isArray(u);

const instantPredicate = predicateOf(Instant);

const isInstant = (u: unknown): boolean => typeof u === 'string' && instantPredicate(u);

const commandIdPredicate = predicateOf(CommandId);

const isCommandId = (u: unknown): boolean => typeof u === 'string' && commandIdPredicate(u);

const parcelIdPredicate = predicateOf(ParcelId);

const isParcelId = (u: unknown): boolean => typeof u === 'string' && parcelIdPredicate(u);

const partyIdPredicate = predicateOf(PartyId);

const isPartyId = (u: unknown): boolean => typeof u === 'string' && partyIdPredicate(u);

const countryCodePredicate = predicateOf(CountryCode);

const isCountryCode = (u: unknown): boolean => typeof u === 'string' && countryCodePredicate(u);

const nonEmptyTextPredicate = predicateOf(NonEmptyText);

const isNonEmptyText = (u: unknown): boolean => typeof u === 'string' && nonEmptyTextPredicate(u);

const minorUnitsPredicate = predicateOf(MinorUnits);

const isMinorUnits = (u: unknown): boolean => typeof u === 'number' && minorUnitsPredicate(u);

const isCurrencyCode = (u: unknown): boolean => typeof u === 'string' && Object.hasOwn(CurrencyCode.keys, u);

const isMoney = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const minorUnits = u.minorUnits;
  if (!isMinorUnits(minorUnits)) return false;
  const currency = u.currency;
  if (!isCurrencyCode(currency)) return false;
  for (const key in u) {
    switch (key) {
      case 'minorUnits':
      case 'currency':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isRecordedValueBasis = (u: unknown): boolean =>
  typeof u === 'string' && Object.hasOwn(RecordedValueBasis.keys, u);

const isParcelBookedDataCustomsValue2 = (u: unknown): boolean => !(u !== null);

const isParcelBookedDataCustomsValue = (u: unknown): boolean =>
  isMoney(u) || isParcelBookedDataCustomsValue2(u);

const pieceIdPredicate = predicateOf(PieceId);

const isPieceId = (u: unknown): boolean => typeof u === 'string' && pieceIdPredicate(u);

const positiveIntegerPredicate = predicateOf(PositiveInteger);

const isPositiveInteger = (u: unknown): boolean => typeof u === 'number' && positiveIntegerPredicate(u);

const isBookedPiece = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const pieceId = u.pieceId;
  if (!isPieceId(pieceId)) return false;
  const description = u.description;
  if (!isNonEmptyText(description)) return false;
  const goodsValue = u.goodsValue;
  if (!isMoney(goodsValue)) return false;
  const weightGrams = u.weightGrams;
  if (!isPositiveInteger(weightGrams)) return false;
  for (const key in u) {
    switch (key) {
      case 'pieceId':
      case 'description':
      case 'goodsValue':
      case 'weightGrams':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isParcelBookedData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const parcelId = u.parcelId;
  if (!isParcelId(parcelId)) return false;
  const sellerId = u.sellerId;
  if (!isPartyId(sellerId)) return false;
  const forwarderId = u.forwarderId;
  if (!isPartyId(forwarderId)) return false;
  const origin = u.origin;
  if (!isCountryCode(origin)) return false;
  const destination = u.destination;
  if (!isCountryCode(destination)) return false;
  const contents = u.contents;
  if (!isNonEmptyText(contents)) return false;
  const goodsValue = u.goodsValue;
  if (!isMoney(goodsValue)) return false;
  const valueBasis = u.valueBasis;
  if (!isRecordedValueBasis(valueBasis)) return false;
  const customsValue = u.customsValue;
  if (!isParcelBookedDataCustomsValue(customsValue)) return false;
  const carriageValue = u.carriageValue;
  if (!isParcelBookedDataCustomsValue(carriageValue)) return false;
  const shippingCost = u.shippingCost;
  if (!isMoney(shippingCost)) return false;
  const pieces = u.pieces;
  if (!Array.isArray(pieces) || !pieces.every(isBookedPiece)) return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'parcelId':
      case 'sellerId':
      case 'forwarderId':
      case 'origin':
      case 'destination':
      case 'contents':
      case 'goodsValue':
      case 'valueBasis':
      case 'customsValue':
      case 'carriageValue':
      case 'shippingCost':
      case 'pieces':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isParcelBooked = (u: unknown): u is EventOf<'ParcelBooked'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'ParcelBooked') return false;
  const data = u.data;
  if (!isParcelBookedData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const policyIdPredicate = predicateOf(PolicyId);

const isPolicyId = (u: unknown): boolean => typeof u === 'string' && policyIdPredicate(u);

const isPolicyRef = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const id = u.id;
  if (!isPolicyId(id)) return false;
  const version = u.version;
  if (!isPositiveInteger(version)) return false;
  for (const key in u) {
    switch (key) {
      case 'id':
      case 'version':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isDeductible1 = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const kind = u.kind;
  if (kind !== 'none') return false;
  for (const key in u) {
    switch (key) {
      case 'kind':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isDeductible2 = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const kind = u.kind;
  if (kind !== 'amount') return false;
  const amount = u.amount;
  if (!isMoney(amount)) return false;
  for (const key in u) {
    switch (key) {
      case 'kind':
      case 'amount':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const decimalTextPredicate = predicateOf(DecimalText);

const isDecimalText = (u: unknown): boolean => typeof u === 'string' && decimalTextPredicate(u);

const isDeductible3 = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const kind = u.kind;
  if (kind !== 'percentage') return false;
  const percent = u.percent;
  if (!isDecimalText(percent)) return false;
  const minimum = u.minimum;
  if (!isMoney(minimum)) return false;
  for (const key in u) {
    switch (key) {
      case 'kind':
      case 'percent':
      case 'minimum':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isDeductible = (u: unknown): boolean => isDeductible1(u) || isDeductible2(u) || isDeductible3(u);

const calendarIdPredicate = predicateOf(CalendarId);

const isCalendarId = (u: unknown): boolean => typeof u === 'string' && calendarIdPredicate(u);

const isCalendarRef = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const id = u.id;
  if (!isCalendarId(id)) return false;
  const version = u.version;
  if (typeof version !== 'string') return false;
  const zone = u.zone;
  if (typeof zone !== 'string') return false;
  for (const key in u) {
    switch (key) {
      case 'id':
      case 'version':
      case 'zone':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const exchangeRatePredicate = predicateOf(ExchangeRate);

const localDatePredicate = predicateOf(LocalDate);

const isLocalDate = (u: unknown): boolean => typeof u === 'string' && localDatePredicate(u);

const isExchangeRateShape = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const from = u.from;
  if (!isCurrencyCode(from)) return false;
  const to = u.to;
  if (!isCurrencyCode(to)) return false;
  const rate = u.rate;
  if (!isDecimalText(rate)) return false;
  const date = u.date;
  if (!isLocalDate(date)) return false;
  const source = u.source;
  if (!isNonEmptyText(source)) return false;
  for (const key in u) {
    switch (key) {
      case 'from':
      case 'to':
      case 'rate':
      case 'date':
      case 'source':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isExchangeRate = (u: unknown): boolean => isExchangeRateShape(u) && exchangeRatePredicate(u);

const isConversion = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const from = u.from;
  if (!isMoney(from)) return false;
  const to = u.to;
  if (!isMoney(to)) return false;
  const rate = u.rate;
  if (!isExchangeRate(rate)) return false;
  const rounding = u.rounding;
  if (rounding !== 'half-even') return false;
  for (const key in u) {
    switch (key) {
      case 'from':
      case 'to':
      case 'rate':
      case 'rounding':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isInsurancePurchasedData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const insurerId = u.insurerId;
  if (!isPartyId(insurerId)) return false;
  const policy = u.policy;
  if (!isPolicyRef(policy)) return false;
  const insuredValue = u.insuredValue;
  if (!isMoney(insuredValue)) return false;
  const valueBasis = u.valueBasis;
  if (valueBasis !== 'invoice' && valueBasis !== 'sales-price') return false;
  const coversShippingCost = u.coversShippingCost;
  if (typeof coversShippingCost !== 'boolean') return false;
  const premium = u.premium;
  if (!isMoney(premium)) return false;
  const deductible = u.deductible;
  if (!isDeductible(deductible)) return false;
  const payerCalendar = u.payerCalendar;
  if (!isCalendarRef(payerCalendar)) return false;
  const conversions = u.conversions;
  if (!Array.isArray(conversions) || !conversions.every(isConversion)) return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'insurerId':
      case 'policy':
      case 'insuredValue':
      case 'valueBasis':
      case 'coversShippingCost':
      case 'premium':
      case 'deductible':
      case 'payerCalendar':
      case 'conversions':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isInsurancePurchased = (u: unknown): u is EventOf<'InsurancePurchased'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'InsurancePurchased') return false;
  const data = u.data;
  if (!isInsurancePurchasedData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isParcelPickedUpData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isParcelPickedUp = (u: unknown): u is EventOf<'ParcelPickedUp'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'ParcelPickedUp') return false;
  const data = u.data;
  if (!isParcelPickedUpData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isParcelReceivedAtHubData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const hubId = u.hubId;
  if (!isPartyId(hubId)) return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'hubId':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isParcelReceivedAtHub = (u: unknown): u is EventOf<'ParcelReceivedAtHub'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'ParcelReceivedAtHub') return false;
  const data = u.data;
  if (!isParcelReceivedAtHubData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isParcelShippedData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const hubId = u.hubId;
  if (!isPartyId(hubId)) return false;
  const cargoReference = u.cargoReference;
  if (!isNonEmptyText(cargoReference)) return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'hubId':
      case 'cargoReference':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isParcelShipped = (u: unknown): u is EventOf<'ParcelShipped'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'ParcelShipped') return false;
  const data = u.data;
  if (!isParcelShippedData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isPieceBoxes = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const pieceId = u.pieceId;
  if (!isPieceId(pieceId)) return false;
  const airBoxNumber = u.airBoxNumber;
  if (!isNonEmptyText(airBoxNumber)) return false;
  const customsBoxNumber = u.customsBoxNumber;
  if (!isNonEmptyText(customsBoxNumber)) return false;
  for (const key in u) {
    switch (key) {
      case 'pieceId':
      case 'airBoxNumber':
      case 'customsBoxNumber':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isParcelHandedToCarrierData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const carrierId = u.carrierId;
  if (!isPartyId(carrierId)) return false;
  const trackingNumber = u.trackingNumber;
  if (!isNonEmptyText(trackingNumber)) return false;
  const boxes = u.boxes;
  if (!Array.isArray(boxes) || !boxes.every(isPieceBoxes)) return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'carrierId':
      case 'trackingNumber':
      case 'boxes':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isParcelHandedToCarrier = (u: unknown): u is EventOf<'ParcelHandedToCarrier'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'ParcelHandedToCarrier') return false;
  const data = u.data;
  if (!isParcelHandedToCarrierData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isTrackingUpdatedData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const scannedAt = u.scannedAt;
  if (!isInstant(scannedAt)) return false;
  const location = u.location;
  if (!isNonEmptyText(location)) return false;
  const description = u.description;
  if (!isNonEmptyText(description)) return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'scannedAt':
      case 'location':
      case 'description':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isTrackingUpdated = (u: unknown): u is EventOf<'TrackingUpdated'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'TrackingUpdated') return false;
  const data = u.data;
  if (!isTrackingUpdatedData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isParcelDeliveredData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const pieceIds = u.pieceIds;
  if (!Array.isArray(pieceIds) || !pieceIds.every(isPieceId)) return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'pieceIds':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isParcelDelivered = (u: unknown): u is EventOf<'ParcelDelivered'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'ParcelDelivered') return false;
  const data = u.data;
  if (!isParcelDeliveredData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const claimIdPredicate = predicateOf(ClaimId);

const isClaimId = (u: unknown): boolean => typeof u === 'string' && claimIdPredicate(u);

const isClaimType = (u: unknown): boolean => typeof u === 'string' && Object.hasOwn(ClaimType.keys, u);

const isDocumentType = (u: unknown): boolean => typeof u === 'string' && Object.hasOwn(DocumentType.keys, u);

const isDeadlineBasis1 = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const unit = u.unit;
  if (unit !== 'working-days') return false;
  const count = u.count;
  if (!isPositiveInteger(count)) return false;
  for (const key in u) {
    switch (key) {
      case 'unit':
      case 'count':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isDeadlineBasis2 = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const unit = u.unit;
  if (unit !== 'calendar-days') return false;
  const count = u.count;
  if (!isPositiveInteger(count)) return false;
  for (const key in u) {
    switch (key) {
      case 'unit':
      case 'count':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isDeadlineBasis = (u: unknown): boolean => isDeadlineBasis1(u) || isDeadlineBasis2(u);

const isDeadline = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const from = u.from;
  if (!isInstant(from)) return false;
  const dueAt = u.dueAt;
  if (!isInstant(dueAt)) return false;
  const localDate = u.localDate;
  if (!isLocalDate(localDate)) return false;
  const basis = u.basis;
  if (!isDeadlineBasis(basis)) return false;
  const calendar = u.calendar;
  if (!isCalendarRef(calendar)) return false;
  const weekendsOnlyFallback = u.weekendsOnlyFallback;
  if (typeof weekendsOnlyFallback !== 'boolean') return false;
  for (const key in u) {
    switch (key) {
      case 'from':
      case 'dueAt':
      case 'localDate':
      case 'basis':
      case 'calendar':
      case 'weekendsOnlyFallback':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isRequiredDocument = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const documentType = u.documentType;
  if (!isDocumentType(documentType)) return false;
  const owedBy = u.owedBy;
  if (owedBy !== 'seller' && owedBy !== 'forwarder' && owedBy !== 'carrier') return false;
  const due = u.due;
  if (!isDeadline(due)) return false;
  for (const key in u) {
    switch (key) {
      case 'documentType':
      case 'owedBy':
      case 'due':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isInquiryOpenedData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const claimType = u.claimType;
  if (!isClaimType(claimType)) return false;
  const pieceIds = u.pieceIds;
  if (!Array.isArray(pieceIds) || !pieceIds.every(isPieceId)) return false;
  const policy = u.policy;
  if (!isPolicyRef(policy)) return false;
  const requiredDocuments = u.requiredDocuments;
  if (!Array.isArray(requiredDocuments) || !requiredDocuments.every(isRequiredDocument)) return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'claimId':
      case 'claimType':
      case 'pieceIds':
      case 'policy':
      case 'requiredDocuments':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isInquiryOpened = (u: unknown): u is EventOf<'InquiryOpened'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'InquiryOpened') return false;
  const data = u.data;
  if (!isInquiryOpenedData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isDocumentOwner = (u: unknown): boolean =>
  typeof u === 'string' && Object.hasOwn(DocumentOwner.keys, u);

const contentHashPredicate = predicateOf(ContentHash);

const isContentHash = (u: unknown): boolean => typeof u === 'string' && contentHashPredicate(u);

const isDocumentAttachedData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const documentType = u.documentType;
  if (!isDocumentType(documentType)) return false;
  const providedBy = u.providedBy;
  if (!isDocumentOwner(providedBy)) return false;
  const reference = u.reference;
  if (!isNonEmptyText(reference)) return false;
  const contentHash = u.contentHash;
  if (!isContentHash(contentHash)) return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'claimId':
      case 'documentType':
      case 'providedBy':
      case 'reference':
      case 'contentHash':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isDocumentAttached = (u: unknown): u is EventOf<'DocumentAttached'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'DocumentAttached') return false;
  const data = u.data;
  if (!isDocumentAttachedData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isDocumentRejectedData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const documentType = u.documentType;
  if (!isDocumentType(documentType)) return false;
  const reason = u.reason;
  if (!isNonEmptyText(reason)) return false;
  const due = u.due;
  if (!isDeadline(due)) return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'claimId':
      case 'documentType':
      case 'reason':
      case 'due':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isDocumentRejected = (u: unknown): u is EventOf<'DocumentRejected'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'DocumentRejected') return false;
  const data = u.data;
  if (!isDocumentRejectedData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isDocumentDeadlineExtendedData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const documentType = u.documentType;
  if (!isDocumentType(documentType)) return false;
  const due = u.due;
  if (!isDeadline(due)) return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'claimId':
      case 'documentType':
      case 'due':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isDocumentDeadlineExtended = (u: unknown): u is EventOf<'DocumentDeadlineExtended'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'DocumentDeadlineExtended') return false;
  const data = u.data;
  if (!isDocumentDeadlineExtendedData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isLossConfirmedData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const carrierId = u.carrierId;
  if (!isPartyId(carrierId)) return false;
  const providedBy = u.providedBy;
  if (!isDocumentOwner(providedBy)) return false;
  const reference = u.reference;
  if (!isNonEmptyText(reference)) return false;
  const contentHash = u.contentHash;
  if (!isContentHash(contentHash)) return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'claimId':
      case 'carrierId':
      case 'providedBy':
      case 'reference':
      case 'contentHash':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isLossConfirmed = (u: unknown): u is EventOf<'LossConfirmed'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'LossConfirmed') return false;
  const data = u.data;
  if (!isLossConfirmedData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isClaimSubmittedData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const decisionDue = u.decisionDue;
  if (!isDeadline(decisionDue)) return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'claimId':
      case 'decisionDue':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isClaimSubmitted = (u: unknown): u is EventOf<'ClaimSubmitted'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'ClaimSubmitted') return false;
  const data = u.data;
  if (!isClaimSubmittedData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const workingDaysUsedPredicate = predicateOf(WorkingDaysUsed);

const isWorkingDaysUsed = (u: unknown): boolean => typeof u === 'number' && workingDaysUsedPredicate(u);

const isInformationRequestedData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const question = u.question;
  if (!isNonEmptyText(question)) return false;
  const askedOf = u.askedOf;
  if (askedOf !== 'seller' && askedOf !== 'forwarder' && askedOf !== 'carrier') return false;
  const answerDue = u.answerDue;
  if (!isInstant(answerDue)) return false;
  const decisionDaysUsed = u.decisionDaysUsed;
  if (!isWorkingDaysUsed(decisionDaysUsed)) return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'claimId':
      case 'question':
      case 'askedOf':
      case 'answerDue':
      case 'decisionDaysUsed':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isInformationRequested = (u: unknown): u is EventOf<'InformationRequested'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'InformationRequested') return false;
  const data = u.data;
  if (!isInformationRequestedData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isInformationSource = (u: unknown): boolean =>
  typeof u === 'string' && Object.hasOwn(InformationSource.keys, u);

const isInformationProvidedData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const answeredBy = u.answeredBy;
  if (!isInformationSource(answeredBy)) return false;
  const answer = u.answer;
  if (!isNonEmptyText(answer)) return false;
  const contentHash = u.contentHash;
  if (!isContentHash(contentHash)) return false;
  const decisionDue = u.decisionDue;
  if (!isDeadline(decisionDue)) return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'claimId':
      case 'answeredBy':
      case 'answer':
      case 'contentHash':
      case 'decisionDue':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isInformationProvided = (u: unknown): u is EventOf<'InformationProvided'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'InformationProvided') return false;
  const data = u.data;
  if (!isInformationProvidedData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isInsuredShare = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const pieceIds = u.pieceIds;
  if (!Array.isArray(pieceIds) || !pieceIds.every(isPieceId)) return false;
  const share = u.share;
  if (!isMoney(share)) return false;
  const rounding = u.rounding;
  if (rounding !== 'largest-remainder') return false;
  for (const key in u) {
    switch (key) {
      case 'pieceIds':
      case 'share':
      case 'rounding':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isPayoutBreakdownInsuredShare = (u: unknown): boolean =>
  isInsuredShare(u) || isParcelBookedDataCustomsValue2(u);

const isDeductibleApplied = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const rule = u.rule;
  if (!isDeductible(rule)) return false;
  const amount = u.amount;
  if (!isMoney(amount)) return false;
  for (const key in u) {
    switch (key) {
      case 'rule':
      case 'amount':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isPayoutBreakdown = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const sumInsured = u.sumInsured;
  if (!isMoney(sumInsured)) return false;
  const insuredShare = u.insuredShare;
  if (!isPayoutBreakdownInsuredShare(insuredShare)) return false;
  const provenLoss = u.provenLoss;
  if (!isMoney(provenLoss)) return false;
  const provenConversions = u.provenConversions;
  if (!Array.isArray(provenConversions) || !provenConversions.every(isConversion)) return false;
  const coveredShippingCost = u.coveredShippingCost;
  if (!isMoney(coveredShippingCost)) return false;
  const limit = u.limit;
  if (!isMoney(limit)) return false;
  const deductible = u.deductible;
  if (!isDeductibleApplied(deductible)) return false;
  const carrierSettlement = u.carrierSettlement;
  if (!isMoney(carrierSettlement)) return false;
  const salvage = u.salvage;
  if (!isMoney(salvage)) return false;
  const cap = u.cap;
  if (!isMoney(cap)) return false;
  for (const key in u) {
    switch (key) {
      case 'sumInsured':
      case 'insuredShare':
      case 'provenLoss':
      case 'provenConversions':
      case 'coveredShippingCost':
      case 'limit':
      case 'deductible':
      case 'carrierSettlement':
      case 'salvage':
      case 'cap':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isClaimAcceptedDataPartialReason = (u: unknown): boolean =>
  isNonEmptyText(u) || isParcelBookedDataCustomsValue2(u);

const isRecordedPayeeRole = (u: unknown): boolean =>
  typeof u === 'string' && Object.hasOwn(RecordedPayeeRole.keys, u);

const isRecordedPayee = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const role = u.role;
  if (!isRecordedPayeeRole(role)) return false;
  const partyId = u.partyId;
  if (!isPartyId(partyId)) return false;
  for (const key in u) {
    switch (key) {
      case 'role':
      case 'partyId':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isRecordedPaymentMethod = (u: unknown): boolean =>
  typeof u === 'string' && Object.hasOwn(RecordedPaymentMethod.keys, u);

const isClaimAcceptedData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const approvedAmount = u.approvedAmount;
  if (!isMoney(approvedAmount)) return false;
  const breakdown = u.breakdown;
  if (!isPayoutBreakdown(breakdown)) return false;
  const payoutDue = u.payoutDue;
  if (!isDeadline(payoutDue)) return false;
  const partialReason = u.partialReason;
  if (!isClaimAcceptedDataPartialReason(partialReason)) return false;
  const payee = u.payee;
  if (!isRecordedPayee(payee)) return false;
  const method = u.method;
  if (!isRecordedPaymentMethod(method)) return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'claimId':
      case 'approvedAmount':
      case 'breakdown':
      case 'payoutDue':
      case 'partialReason':
      case 'payee':
      case 'method':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isClaimAccepted = (u: unknown): u is EventOf<'ClaimAccepted'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'ClaimAccepted') return false;
  const data = u.data;
  if (!isClaimAcceptedData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isClaimRejectionReason = (u: unknown): boolean =>
  typeof u === 'string' && Object.hasOwn(ClaimRejectionReason.keys, u);

const isClaimRejectedData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const reason = u.reason;
  if (!isClaimRejectionReason(reason)) return false;
  const explanation = u.explanation;
  if (!isNonEmptyText(explanation)) return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'claimId':
      case 'reason':
      case 'explanation':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isClaimRejected = (u: unknown): u is EventOf<'ClaimRejected'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'ClaimRejected') return false;
  const data = u.data;
  if (!isClaimRejectedData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isAppealDocument = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const documentType = u.documentType;
  if (!isDocumentType(documentType)) return false;
  const reference = u.reference;
  if (!isNonEmptyText(reference)) return false;
  const contentHash = u.contentHash;
  if (!isContentHash(contentHash)) return false;
  for (const key in u) {
    switch (key) {
      case 'documentType':
      case 'reference':
      case 'contentHash':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isClaimReopenedData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const appeal = u.appeal;
  if (!isPositiveInteger(appeal)) return false;
  const grounds = u.grounds;
  if (!isNonEmptyText(grounds)) return false;
  const documents = u.documents;
  if (!Array.isArray(documents) || !documents.every(isAppealDocument)) return false;
  const decisionDue = u.decisionDue;
  if (!isDeadline(decisionDue)) return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'claimId':
      case 'appeal':
      case 'grounds':
      case 'documents':
      case 'decisionDue':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isClaimReopened = (u: unknown): u is EventOf<'ClaimReopened'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'ClaimReopened') return false;
  const data = u.data;
  if (!isClaimReopenedData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isClaimPaidData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const amount = u.amount;
  if (!isMoney(amount)) return false;
  const paymentReference = u.paymentReference;
  if (!isNonEmptyText(paymentReference)) return false;
  const payee = u.payee;
  if (!isRecordedPayee(payee)) return false;
  const method = u.method;
  if (!isRecordedPaymentMethod(method)) return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'claimId':
      case 'amount':
      case 'paymentReference':
      case 'payee':
      case 'method':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isClaimPaid = (u: unknown): u is EventOf<'ClaimPaid'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'ClaimPaid') return false;
  const data = u.data;
  if (!isClaimPaidData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isPayoutOverdueData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const dueAt = u.dueAt;
  if (!isInstant(dueAt)) return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'claimId':
      case 'dueAt':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isPayoutOverdue = (u: unknown): u is EventOf<'PayoutOverdue'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'PayoutOverdue') return false;
  const data = u.data;
  if (!isPayoutOverdueData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isDecisionOverdueData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const dueAt = u.dueAt;
  if (!isInstant(dueAt)) return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'claimId':
      case 'dueAt':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isDecisionOverdue = (u: unknown): u is EventOf<'DecisionOverdue'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'DecisionOverdue') return false;
  const data = u.data;
  if (!isDecisionOverdueData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isMissingDocument = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const documentType = u.documentType;
  if (!isDocumentType(documentType)) return false;
  const owedBy = u.owedBy;
  if (owedBy !== 'seller' && owedBy !== 'forwarder' && owedBy !== 'carrier') return false;
  const dueAt = u.dueAt;
  if (!isInstant(dueAt)) return false;
  for (const key in u) {
    switch (key) {
      case 'documentType':
      case 'owedBy':
      case 'dueAt':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isClaimLapsedData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const missingDocuments = u.missingDocuments;
  if (!Array.isArray(missingDocuments) || !missingDocuments.every(isMissingDocument)) return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'claimId':
      case 'missingDocuments':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isClaimLapsed = (u: unknown): u is EventOf<'ClaimLapsed'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'ClaimLapsed') return false;
  const data = u.data;
  if (!isClaimLapsedData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isWithdrawalReason = (u: unknown): boolean =>
  typeof u === 'string' && Object.hasOwn(WithdrawalReason.keys, u);

const isClaimWithdrawnData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const reason = u.reason;
  if (!isWithdrawalReason(reason)) return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'claimId':
      case 'reason':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isClaimWithdrawn = (u: unknown): u is EventOf<'ClaimWithdrawn'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'ClaimWithdrawn') return false;
  const data = u.data;
  if (!isClaimWithdrawnData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isCarrierNotifiedDataCarrierId = (u: unknown): boolean =>
  isPartyId(u) || isParcelBookedDataCustomsValue2(u);

const isCarrierNotifiedData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const carrierId = u.carrierId;
  if (!isCarrierNotifiedDataCarrierId(carrierId)) return false;
  const reference = u.reference;
  if (!isNonEmptyText(reference)) return false;
  const noticeDue = u.noticeDue;
  if (!isDeadline(noticeDue)) return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'claimId':
      case 'carrierId':
      case 'reference':
      case 'noticeDue':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isCarrierNotified = (u: unknown): u is EventOf<'CarrierNotified'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'CarrierNotified') return false;
  const data = u.data;
  if (!isCarrierNotifiedData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isCarrierNoticeMissedDataCarrierId = (u: unknown): boolean =>
  isPartyId(u) || isParcelBookedDataCustomsValue2(u);

const isCarrierNoticeMissedData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const carrierId = u.carrierId;
  if (!isCarrierNoticeMissedDataCarrierId(carrierId)) return false;
  const noticeDue = u.noticeDue;
  if (!isDeadline(noticeDue)) return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'claimId':
      case 'carrierId':
      case 'noticeDue':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isCarrierNoticeMissed = (u: unknown): u is EventOf<'CarrierNoticeMissed'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'CarrierNoticeMissed') return false;
  const data = u.data;
  if (!isCarrierNoticeMissedData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isCarrierLiabilityAssessedDataBasis1SdrPerParcel = (u: unknown): boolean =>
  isDecimalText(u) || isParcelBookedDataCustomsValue2(u);

const isCarrierLiabilityAssessedDataBasis1SdrRate = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const to = u.to;
  if (!isCurrencyCode(to)) return false;
  const rate = u.rate;
  if (!isDecimalText(rate)) return false;
  const date = u.date;
  if (!isLocalDate(date)) return false;
  const source = u.source;
  if (!isNonEmptyText(source)) return false;
  for (const key in u) {
    switch (key) {
      case 'to':
      case 'rate':
      case 'date':
      case 'source':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isCarrierLiabilityAssessedDataBasis1 = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const kind = u.kind;
  if (kind !== 'regime') return false;
  const regime = u.regime;
  if (regime !== 'montreal' && regime !== 'cmr' && regime !== 'upu') return false;
  const effectiveFrom = u.effectiveFrom;
  if (!isLocalDate(effectiveFrom)) return false;
  const sdrPerKg = u.sdrPerKg;
  if (!isDecimalText(sdrPerKg)) return false;
  const sdrPerParcel = u.sdrPerParcel;
  if (!isCarrierLiabilityAssessedDataBasis1SdrPerParcel(sdrPerParcel)) return false;
  const weightGrams = u.weightGrams;
  if (!isPositiveInteger(weightGrams)) return false;
  const sdr = u.sdr;
  if (!isDecimalText(sdr)) return false;
  const sdrRate = u.sdrRate;
  if (!isCarrierLiabilityAssessedDataBasis1SdrRate(sdrRate)) return false;
  for (const key in u) {
    switch (key) {
      case 'kind':
      case 'regime':
      case 'effectiveFrom':
      case 'sdrPerKg':
      case 'sdrPerParcel':
      case 'weightGrams':
      case 'sdr':
      case 'sdrRate':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isCarrierLiabilityAssessedDataBasis2Conversion = (u: unknown): boolean =>
  isConversion(u) || isParcelBookedDataCustomsValue2(u);

const isCarrierLiabilityAssessedDataBasis2 = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const kind = u.kind;
  if (kind !== 'declared-value') return false;
  const carriageValue = u.carriageValue;
  if (!isMoney(carriageValue)) return false;
  const conversion = u.conversion;
  if (!isCarrierLiabilityAssessedDataBasis2Conversion(conversion)) return false;
  for (const key in u) {
    switch (key) {
      case 'kind':
      case 'carriageValue':
      case 'conversion':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isCarrierLiabilityAssessedDataBasis = (u: unknown): boolean =>
  isCarrierLiabilityAssessedDataBasis1(u) || isCarrierLiabilityAssessedDataBasis2(u);

const isCarrierLiabilityAssessedData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const pieceIds = u.pieceIds;
  if (!Array.isArray(pieceIds) || !pieceIds.every(isPieceId)) return false;
  const basis = u.basis;
  if (!isCarrierLiabilityAssessedDataBasis(basis)) return false;
  const cap = u.cap;
  if (!isMoney(cap)) return false;
  const rounding = u.rounding;
  if (rounding !== 'half-even') return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'claimId':
      case 'pieceIds':
      case 'basis':
      case 'cap':
      case 'rounding':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isCarrierLiabilityAssessed = (u: unknown): u is EventOf<'CarrierLiabilityAssessed'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'CarrierLiabilityAssessed') return false;
  const data = u.data;
  if (!isCarrierLiabilityAssessedData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isRecoveryFiledDataCarrierId = (u: unknown): boolean =>
  isPartyId(u) || isParcelBookedDataCustomsValue2(u);

const isRecoveryFiledData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const carrierId = u.carrierId;
  if (!isRecoveryFiledDataCarrierId(carrierId)) return false;
  const amount = u.amount;
  if (!isMoney(amount)) return false;
  const reference = u.reference;
  if (!isNonEmptyText(reference)) return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'claimId':
      case 'carrierId':
      case 'amount':
      case 'reference':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isRecoveryFiled = (u: unknown): u is EventOf<'RecoveryFiled'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'RecoveryFiled') return false;
  const data = u.data;
  if (!isRecoveryFiledData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isRecoveryReceivedData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const amount = u.amount;
  if (!isMoney(amount)) return false;
  const reference = u.reference;
  if (!isNonEmptyText(reference)) return false;
  const full = u.full;
  if (typeof full !== 'boolean') return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'claimId':
      case 'amount':
      case 'reference':
      case 'full':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isRecoveryReceived = (u: unknown): u is EventOf<'RecoveryReceived'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'RecoveryReceived') return false;
  const data = u.data;
  if (!isRecoveryReceivedData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isRecoveryClosedData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const reason = u.reason;
  if (!isNonEmptyText(reason)) return false;
  const writtenOff = u.writtenOff;
  if (!isMoney(writtenOff)) return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'claimId':
      case 'reason':
      case 'writtenOff':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isRecoveryClosed = (u: unknown): u is EventOf<'RecoveryClosed'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'RecoveryClosed') return false;
  const data = u.data;
  if (!isRecoveryClosedData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isParcelFoundAfterPayoutData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const pieceIds = u.pieceIds;
  if (!Array.isArray(pieceIds) || !pieceIds.every(isPieceId)) return false;
  const electionDue = u.electionDue;
  if (!isDeadline(electionDue)) return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'claimId':
      case 'pieceIds':
      case 'electionDue':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isParcelFoundAfterPayout = (u: unknown): u is EventOf<'ParcelFoundAfterPayout'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'ParcelFoundAfterPayout') return false;
  const data = u.data;
  if (!isParcelFoundAfterPayoutData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isClaimRepaidData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const amount = u.amount;
  if (!isMoney(amount)) return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'claimId':
      case 'amount':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isClaimRepaid = (u: unknown): u is EventOf<'ClaimRepaid'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'ClaimRepaid') return false;
  const data = u.data;
  if (!isClaimRepaidData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isGoodsSurrenderedData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const pieceIds = u.pieceIds;
  if (!Array.isArray(pieceIds) || !pieceIds.every(isPieceId)) return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'claimId':
      case 'pieceIds':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isGoodsSurrendered = (u: unknown): u is EventOf<'GoodsSurrendered'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'GoodsSurrendered') return false;
  const data = u.data;
  if (!isGoodsSurrenderedData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isSalvageElectionOverdueData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const dueAt = u.dueAt;
  if (!isInstant(dueAt)) return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'claimId':
      case 'dueAt':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isSalvageElectionOverdue = (u: unknown): u is EventOf<'SalvageElectionOverdue'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'SalvageElectionOverdue') return false;
  const data = u.data;
  if (!isSalvageElectionOverdueData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isPrincipalRole = (u: unknown): boolean =>
  typeof u === 'string' && Object.hasOwn(PrincipalRole.keys, u);

const isPrincipal = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const role = u.role;
  if (!isPrincipalRole(role)) return false;
  const id = u.id;
  if (!isPartyId(id)) return false;
  for (const key in u) {
    switch (key) {
      case 'role':
      case 'id':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isDelegationGrantedData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const principal = u.principal;
  if (!isPrincipal(principal)) return false;
  const delegateId = u.delegateId;
  if (!isPartyId(delegateId)) return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'principal':
      case 'delegateId':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isDelegationGranted = (u: unknown): u is EventOf<'DelegationGranted'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'DelegationGranted') return false;
  const data = u.data;
  if (!isDelegationGrantedData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isDelegationRevokedData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const at = u.at;
  if (!isInstant(at)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const principal = u.principal;
  if (!isPrincipal(principal)) return false;
  const delegateId = u.delegateId;
  if (!isPartyId(delegateId)) return false;
  for (const key in u) {
    switch (key) {
      case 'at':
      case 'commandId':
      case 'principal':
      case 'delegateId':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isDelegationRevoked = (u: unknown): u is EventOf<'DelegationRevoked'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'DelegationRevoked') return false;
  const data = u.data;
  if (!isDelegationRevokedData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const commandTimePredicate = predicateOf(CommandTime);

const isCommandTime = (u: unknown): boolean => typeof u === 'string' && commandTimePredicate(u);

const isPartyRole = (u: unknown): boolean => typeof u === 'string' && Object.hasOwn(PartyRole.keys, u);

const isActor = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const role = u.role;
  if (!isPartyRole(role)) return false;
  const id = u.id;
  if (!isPartyId(id)) return false;
  for (const key in u) {
    switch (key) {
      case 'role':
      case 'id':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isBookParcelDataCustomsValue = (u: unknown): boolean =>
  isMoney(u) || isParcelBookedDataCustomsValue2(u);

const isBookParcelData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const now = u.now;
  if (!isCommandTime(now)) return false;
  const actor = u.actor;
  if (!isActor(actor)) return false;
  const parcelId = u.parcelId;
  if (!isParcelId(parcelId)) return false;
  const sellerId = u.sellerId;
  if (!isPartyId(sellerId)) return false;
  const forwarderId = u.forwarderId;
  if (!isPartyId(forwarderId)) return false;
  const origin = u.origin;
  if (!isCountryCode(origin)) return false;
  const destination = u.destination;
  if (!isCountryCode(destination)) return false;
  const contents = u.contents;
  if (!isNonEmptyText(contents)) return false;
  const goodsValue = u.goodsValue;
  if (!isMoney(goodsValue)) return false;
  const valueBasis = u.valueBasis;
  if (valueBasis !== 'invoice' && valueBasis !== 'sales-price') return false;
  const customsValue = u.customsValue;
  if (!isBookParcelDataCustomsValue(customsValue)) return false;
  const carriageValue = u.carriageValue;
  if (!isBookParcelDataCustomsValue(carriageValue)) return false;
  const shippingCost = u.shippingCost;
  if (!isMoney(shippingCost)) return false;
  const pieces = u.pieces;
  if (!Array.isArray(pieces) || !pieces.every(isBookedPiece)) return false;
  for (const key in u) {
    switch (key) {
      case 'commandId':
      case 'now':
      case 'actor':
      case 'parcelId':
      case 'sellerId':
      case 'forwarderId':
      case 'origin':
      case 'destination':
      case 'contents':
      case 'goodsValue':
      case 'valueBasis':
      case 'customsValue':
      case 'carriageValue':
      case 'shippingCost':
      case 'pieces':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isBookParcel = (u: unknown): u is CommandOf<'BookParcel'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'BookParcel') return false;
  const data = u.data;
  if (!isBookParcelData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isPurchaseInsuranceData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const now = u.now;
  if (!isCommandTime(now)) return false;
  const actor = u.actor;
  if (!isActor(actor)) return false;
  const parcelId = u.parcelId;
  if (!isParcelId(parcelId)) return false;
  const insurerId = u.insurerId;
  if (!isPartyId(insurerId)) return false;
  const policy = u.policy;
  if (!isPolicyRef(policy)) return false;
  const insuredValue = u.insuredValue;
  if (!isMoney(insuredValue)) return false;
  const valueBasis = u.valueBasis;
  if (valueBasis !== 'invoice' && valueBasis !== 'sales-price') return false;
  const coversShippingCost = u.coversShippingCost;
  if (typeof coversShippingCost !== 'boolean') return false;
  const premium = u.premium;
  if (!isMoney(premium)) return false;
  const payerCalendar = u.payerCalendar;
  if (!isCalendarId(payerCalendar)) return false;
  const rates = u.rates;
  if (!Array.isArray(rates) || !rates.every(isExchangeRate)) return false;
  for (const key in u) {
    switch (key) {
      case 'commandId':
      case 'now':
      case 'actor':
      case 'parcelId':
      case 'insurerId':
      case 'policy':
      case 'insuredValue':
      case 'valueBasis':
      case 'coversShippingCost':
      case 'premium':
      case 'payerCalendar':
      case 'rates':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isPurchaseInsurance = (u: unknown): u is CommandOf<'PurchaseInsurance'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'PurchaseInsurance') return false;
  const data = u.data;
  if (!isPurchaseInsuranceData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isRecordPickupData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const now = u.now;
  if (!isCommandTime(now)) return false;
  const actor = u.actor;
  if (!isActor(actor)) return false;
  const parcelId = u.parcelId;
  if (!isParcelId(parcelId)) return false;
  for (const key in u) {
    switch (key) {
      case 'commandId':
      case 'now':
      case 'actor':
      case 'parcelId':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isRecordPickup = (u: unknown): u is CommandOf<'RecordPickup'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'RecordPickup') return false;
  const data = u.data;
  if (!isRecordPickupData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isRecordHubArrivalData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const now = u.now;
  if (!isCommandTime(now)) return false;
  const actor = u.actor;
  if (!isActor(actor)) return false;
  const parcelId = u.parcelId;
  if (!isParcelId(parcelId)) return false;
  const hubId = u.hubId;
  if (!isPartyId(hubId)) return false;
  for (const key in u) {
    switch (key) {
      case 'commandId':
      case 'now':
      case 'actor':
      case 'parcelId':
      case 'hubId':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isRecordHubArrival = (u: unknown): u is CommandOf<'RecordHubArrival'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'RecordHubArrival') return false;
  const data = u.data;
  if (!isRecordHubArrivalData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isShipParcelData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const now = u.now;
  if (!isCommandTime(now)) return false;
  const actor = u.actor;
  if (!isActor(actor)) return false;
  const parcelId = u.parcelId;
  if (!isParcelId(parcelId)) return false;
  const hubId = u.hubId;
  if (!isPartyId(hubId)) return false;
  const cargoReference = u.cargoReference;
  if (!isNonEmptyText(cargoReference)) return false;
  for (const key in u) {
    switch (key) {
      case 'commandId':
      case 'now':
      case 'actor':
      case 'parcelId':
      case 'hubId':
      case 'cargoReference':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isShipParcel = (u: unknown): u is CommandOf<'ShipParcel'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'ShipParcel') return false;
  const data = u.data;
  if (!isShipParcelData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isHandOverToCarrierData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const now = u.now;
  if (!isCommandTime(now)) return false;
  const actor = u.actor;
  if (!isActor(actor)) return false;
  const parcelId = u.parcelId;
  if (!isParcelId(parcelId)) return false;
  const carrierId = u.carrierId;
  if (!isPartyId(carrierId)) return false;
  const trackingNumber = u.trackingNumber;
  if (!isNonEmptyText(trackingNumber)) return false;
  const boxes = u.boxes;
  if (!Array.isArray(boxes) || !boxes.every(isPieceBoxes)) return false;
  for (const key in u) {
    switch (key) {
      case 'commandId':
      case 'now':
      case 'actor':
      case 'parcelId':
      case 'carrierId':
      case 'trackingNumber':
      case 'boxes':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isHandOverToCarrier = (u: unknown): u is CommandOf<'HandOverToCarrier'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'HandOverToCarrier') return false;
  const data = u.data;
  if (!isHandOverToCarrierData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isRecordTrackingUpdateData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const now = u.now;
  if (!isCommandTime(now)) return false;
  const actor = u.actor;
  if (!isActor(actor)) return false;
  const parcelId = u.parcelId;
  if (!isParcelId(parcelId)) return false;
  const scannedAt = u.scannedAt;
  if (!isInstant(scannedAt)) return false;
  const location = u.location;
  if (!isNonEmptyText(location)) return false;
  const description = u.description;
  if (!isNonEmptyText(description)) return false;
  for (const key in u) {
    switch (key) {
      case 'commandId':
      case 'now':
      case 'actor':
      case 'parcelId':
      case 'scannedAt':
      case 'location':
      case 'description':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isRecordTrackingUpdate = (u: unknown): u is CommandOf<'RecordTrackingUpdate'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'RecordTrackingUpdate') return false;
  const data = u.data;
  if (!isRecordTrackingUpdateData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isRecordDeliveryData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const now = u.now;
  if (!isCommandTime(now)) return false;
  const actor = u.actor;
  if (!isActor(actor)) return false;
  const parcelId = u.parcelId;
  if (!isParcelId(parcelId)) return false;
  const pieceIds = u.pieceIds;
  if (!Array.isArray(pieceIds) || !pieceIds.every(isPieceId)) return false;
  for (const key in u) {
    switch (key) {
      case 'commandId':
      case 'now':
      case 'actor':
      case 'parcelId':
      case 'pieceIds':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isRecordDelivery = (u: unknown): u is CommandOf<'RecordDelivery'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'RecordDelivery') return false;
  const data = u.data;
  if (!isRecordDeliveryData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isOpenInquiryDataPieceIds1 = (u: unknown): boolean => !(!Array.isArray(u) || !u.every(isPieceId));

const isOpenInquiryDataPieceIds = (u: unknown): boolean =>
  isOpenInquiryDataPieceIds1(u) || isParcelBookedDataCustomsValue2(u);

const isOpenInquiryData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const now = u.now;
  if (!isCommandTime(now)) return false;
  const actor = u.actor;
  if (!isActor(actor)) return false;
  const parcelId = u.parcelId;
  if (!isParcelId(parcelId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const claimType = u.claimType;
  if (!isClaimType(claimType)) return false;
  const pieceIds = u.pieceIds;
  if (!isOpenInquiryDataPieceIds(pieceIds)) return false;
  for (const key in u) {
    switch (key) {
      case 'commandId':
      case 'now':
      case 'actor':
      case 'parcelId':
      case 'claimId':
      case 'claimType':
      case 'pieceIds':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isOpenInquiry = (u: unknown): u is CommandOf<'OpenInquiry'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'OpenInquiry') return false;
  const data = u.data;
  if (!isOpenInquiryData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isAttachableDocumentType = (u: unknown): boolean =>
  typeof u === 'string' && Object.hasOwn(AttachableDocumentType.keys, u);

const isAttachDocumentData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const now = u.now;
  if (!isCommandTime(now)) return false;
  const actor = u.actor;
  if (!isActor(actor)) return false;
  const parcelId = u.parcelId;
  if (!isParcelId(parcelId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const documentType = u.documentType;
  if (!isAttachableDocumentType(documentType)) return false;
  const reference = u.reference;
  if (!isNonEmptyText(reference)) return false;
  const contentHash = u.contentHash;
  if (!isContentHash(contentHash)) return false;
  for (const key in u) {
    switch (key) {
      case 'commandId':
      case 'now':
      case 'actor':
      case 'parcelId':
      case 'claimId':
      case 'documentType':
      case 'reference':
      case 'contentHash':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isAttachDocument = (u: unknown): u is CommandOf<'AttachDocument'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'AttachDocument') return false;
  const data = u.data;
  if (!isAttachDocumentData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isRejectDocumentData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const now = u.now;
  if (!isCommandTime(now)) return false;
  const actor = u.actor;
  if (!isActor(actor)) return false;
  const parcelId = u.parcelId;
  if (!isParcelId(parcelId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const documentType = u.documentType;
  if (!isDocumentType(documentType)) return false;
  const reason = u.reason;
  if (!isNonEmptyText(reason)) return false;
  for (const key in u) {
    switch (key) {
      case 'commandId':
      case 'now':
      case 'actor':
      case 'parcelId':
      case 'claimId':
      case 'documentType':
      case 'reason':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isRejectDocument = (u: unknown): u is CommandOf<'RejectDocument'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'RejectDocument') return false;
  const data = u.data;
  if (!isRejectDocumentData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const dayCountPredicate = predicateOf(DayCount);

const isDayCount = (u: unknown): boolean => typeof u === 'number' && dayCountPredicate(u);

const isExtendDocumentDeadlineData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const now = u.now;
  if (!isCommandTime(now)) return false;
  const actor = u.actor;
  if (!isActor(actor)) return false;
  const parcelId = u.parcelId;
  if (!isParcelId(parcelId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const documentType = u.documentType;
  if (!isDocumentType(documentType)) return false;
  const extendByDays = u.extendByDays;
  if (!isDayCount(extendByDays)) return false;
  for (const key in u) {
    switch (key) {
      case 'commandId':
      case 'now':
      case 'actor':
      case 'parcelId':
      case 'claimId':
      case 'documentType':
      case 'extendByDays':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isExtendDocumentDeadline = (u: unknown): u is CommandOf<'ExtendDocumentDeadline'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'ExtendDocumentDeadline') return false;
  const data = u.data;
  if (!isExtendDocumentDeadlineData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isConfirmLossData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const now = u.now;
  if (!isCommandTime(now)) return false;
  const actor = u.actor;
  if (!isActor(actor)) return false;
  const parcelId = u.parcelId;
  if (!isParcelId(parcelId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const carrierId = u.carrierId;
  if (!isPartyId(carrierId)) return false;
  const reference = u.reference;
  if (!isNonEmptyText(reference)) return false;
  const contentHash = u.contentHash;
  if (!isContentHash(contentHash)) return false;
  for (const key in u) {
    switch (key) {
      case 'commandId':
      case 'now':
      case 'actor':
      case 'parcelId':
      case 'claimId':
      case 'carrierId':
      case 'reference':
      case 'contentHash':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isConfirmLoss = (u: unknown): u is CommandOf<'ConfirmLoss'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'ConfirmLoss') return false;
  const data = u.data;
  if (!isConfirmLossData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isSubmitClaimData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const now = u.now;
  if (!isCommandTime(now)) return false;
  const actor = u.actor;
  if (!isActor(actor)) return false;
  const parcelId = u.parcelId;
  if (!isParcelId(parcelId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  for (const key in u) {
    switch (key) {
      case 'commandId':
      case 'now':
      case 'actor':
      case 'parcelId':
      case 'claimId':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isSubmitClaim = (u: unknown): u is CommandOf<'SubmitClaim'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'SubmitClaim') return false;
  const data = u.data;
  if (!isSubmitClaimData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isRequestInformationData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const now = u.now;
  if (!isCommandTime(now)) return false;
  const actor = u.actor;
  if (!isActor(actor)) return false;
  const parcelId = u.parcelId;
  if (!isParcelId(parcelId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const question = u.question;
  if (!isNonEmptyText(question)) return false;
  const askedOf = u.askedOf;
  if (askedOf !== 'seller' && askedOf !== 'forwarder' && askedOf !== 'carrier') return false;
  const answerDue = u.answerDue;
  if (!isInstant(answerDue)) return false;
  for (const key in u) {
    switch (key) {
      case 'commandId':
      case 'now':
      case 'actor':
      case 'parcelId':
      case 'claimId':
      case 'question':
      case 'askedOf':
      case 'answerDue':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isRequestInformation = (u: unknown): u is CommandOf<'RequestInformation'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'RequestInformation') return false;
  const data = u.data;
  if (!isRequestInformationData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isAnswerInformationRequestData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const now = u.now;
  if (!isCommandTime(now)) return false;
  const actor = u.actor;
  if (!isActor(actor)) return false;
  const parcelId = u.parcelId;
  if (!isParcelId(parcelId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const answer = u.answer;
  if (!isNonEmptyText(answer)) return false;
  const contentHash = u.contentHash;
  if (!isContentHash(contentHash)) return false;
  for (const key in u) {
    switch (key) {
      case 'commandId':
      case 'now':
      case 'actor':
      case 'parcelId':
      case 'claimId':
      case 'answer':
      case 'contentHash':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isAnswerInformationRequest = (u: unknown): u is CommandOf<'AnswerInformationRequest'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'AnswerInformationRequest') return false;
  const data = u.data;
  if (!isAnswerInformationRequestData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isAcceptClaimDataCarrierSettlement = (u: unknown): boolean =>
  isMoney(u) || isParcelBookedDataCustomsValue2(u);

const isAcceptClaimDataSalvageValue = (u: unknown): boolean =>
  isMoney(u) || isParcelBookedDataCustomsValue2(u);

const isAcceptClaimDataPartialReason = (u: unknown): boolean =>
  isNonEmptyText(u) || isParcelBookedDataCustomsValue2(u);

const isPayee = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const role = u.role;
  if (role !== 'seller' && role !== 'forwarder' && role !== 'buyer') return false;
  const partyId = u.partyId;
  if (!isPartyId(partyId)) return false;
  for (const key in u) {
    switch (key) {
      case 'role':
      case 'partyId':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isPaymentMethod = (u: unknown): boolean =>
  typeof u === 'string' && Object.hasOwn(PaymentMethod.keys, u);

const isAcceptClaimData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const now = u.now;
  if (!isCommandTime(now)) return false;
  const actor = u.actor;
  if (!isActor(actor)) return false;
  const parcelId = u.parcelId;
  if (!isParcelId(parcelId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const provenValue = u.provenValue;
  if (!isMoney(provenValue)) return false;
  const approvedAmount = u.approvedAmount;
  if (!isMoney(approvedAmount)) return false;
  const carrierSettlement = u.carrierSettlement;
  if (!isAcceptClaimDataCarrierSettlement(carrierSettlement)) return false;
  const salvageValue = u.salvageValue;
  if (!isAcceptClaimDataSalvageValue(salvageValue)) return false;
  const rates = u.rates;
  if (!Array.isArray(rates) || !rates.every(isExchangeRate)) return false;
  const partialReason = u.partialReason;
  if (!isAcceptClaimDataPartialReason(partialReason)) return false;
  const payee = u.payee;
  if (!isPayee(payee)) return false;
  const method = u.method;
  if (!isPaymentMethod(method)) return false;
  for (const key in u) {
    switch (key) {
      case 'commandId':
      case 'now':
      case 'actor':
      case 'parcelId':
      case 'claimId':
      case 'provenValue':
      case 'approvedAmount':
      case 'carrierSettlement':
      case 'salvageValue':
      case 'rates':
      case 'partialReason':
      case 'payee':
      case 'method':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isAcceptClaim = (u: unknown): u is CommandOf<'AcceptClaim'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'AcceptClaim') return false;
  const data = u.data;
  if (!isAcceptClaimData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isRejectClaimData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const now = u.now;
  if (!isCommandTime(now)) return false;
  const actor = u.actor;
  if (!isActor(actor)) return false;
  const parcelId = u.parcelId;
  if (!isParcelId(parcelId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const reason = u.reason;
  if (!isClaimRejectionReason(reason)) return false;
  const explanation = u.explanation;
  if (!isNonEmptyText(explanation)) return false;
  for (const key in u) {
    switch (key) {
      case 'commandId':
      case 'now':
      case 'actor':
      case 'parcelId':
      case 'claimId':
      case 'reason':
      case 'explanation':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isRejectClaim = (u: unknown): u is CommandOf<'RejectClaim'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'RejectClaim') return false;
  const data = u.data;
  if (!isRejectClaimData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isAppealRejectionData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const now = u.now;
  if (!isCommandTime(now)) return false;
  const actor = u.actor;
  if (!isActor(actor)) return false;
  const parcelId = u.parcelId;
  if (!isParcelId(parcelId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const grounds = u.grounds;
  if (!isNonEmptyText(grounds)) return false;
  const documents = u.documents;
  if (!Array.isArray(documents) || !documents.every(isAppealDocument)) return false;
  for (const key in u) {
    switch (key) {
      case 'commandId':
      case 'now':
      case 'actor':
      case 'parcelId':
      case 'claimId':
      case 'grounds':
      case 'documents':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isAppealRejection = (u: unknown): u is CommandOf<'AppealRejection'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'AppealRejection') return false;
  const data = u.data;
  if (!isAppealRejectionData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isPayClaimData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const now = u.now;
  if (!isCommandTime(now)) return false;
  const actor = u.actor;
  if (!isActor(actor)) return false;
  const parcelId = u.parcelId;
  if (!isParcelId(parcelId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const amount = u.amount;
  if (!isMoney(amount)) return false;
  const paymentReference = u.paymentReference;
  if (!isNonEmptyText(paymentReference)) return false;
  const payee = u.payee;
  if (!isPayee(payee)) return false;
  const method = u.method;
  if (!isPaymentMethod(method)) return false;
  for (const key in u) {
    switch (key) {
      case 'commandId':
      case 'now':
      case 'actor':
      case 'parcelId':
      case 'claimId':
      case 'amount':
      case 'paymentReference':
      case 'payee':
      case 'method':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isPayClaim = (u: unknown): u is CommandOf<'PayClaim'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'PayClaim') return false;
  const data = u.data;
  if (!isPayClaimData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isWithdrawClaimDataReason = (u: unknown): boolean =>
  u === 'parcel-found' || u === 'seller-request' || u === 'settled-with-buyer';

const isWithdrawClaimData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const now = u.now;
  if (!isCommandTime(now)) return false;
  const actor = u.actor;
  if (!isActor(actor)) return false;
  const parcelId = u.parcelId;
  if (!isParcelId(parcelId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const reason = u.reason;
  if (!isWithdrawClaimDataReason(reason)) return false;
  for (const key in u) {
    switch (key) {
      case 'commandId':
      case 'now':
      case 'actor':
      case 'parcelId':
      case 'claimId':
      case 'reason':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isWithdrawClaim = (u: unknown): u is CommandOf<'WithdrawClaim'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'WithdrawClaim') return false;
  const data = u.data;
  if (!isWithdrawClaimData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isCheckDeadlinesData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const now = u.now;
  if (!isCommandTime(now)) return false;
  const actor = u.actor;
  if (!isActor(actor)) return false;
  const parcelId = u.parcelId;
  if (!isParcelId(parcelId)) return false;
  for (const key in u) {
    switch (key) {
      case 'commandId':
      case 'now':
      case 'actor':
      case 'parcelId':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isCheckDeadlines = (u: unknown): u is CommandOf<'CheckDeadlines'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'CheckDeadlines') return false;
  const data = u.data;
  if (!isCheckDeadlinesData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isGrantDelegationData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const now = u.now;
  if (!isCommandTime(now)) return false;
  const actor = u.actor;
  if (!isActor(actor)) return false;
  const parcelId = u.parcelId;
  if (!isParcelId(parcelId)) return false;
  const delegateId = u.delegateId;
  if (!isPartyId(delegateId)) return false;
  for (const key in u) {
    switch (key) {
      case 'commandId':
      case 'now':
      case 'actor':
      case 'parcelId':
      case 'delegateId':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isGrantDelegation = (u: unknown): u is CommandOf<'GrantDelegation'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'GrantDelegation') return false;
  const data = u.data;
  if (!isGrantDelegationData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isRevokeDelegationData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const now = u.now;
  if (!isCommandTime(now)) return false;
  const actor = u.actor;
  if (!isActor(actor)) return false;
  const parcelId = u.parcelId;
  if (!isParcelId(parcelId)) return false;
  const delegateId = u.delegateId;
  if (!isPartyId(delegateId)) return false;
  for (const key in u) {
    switch (key) {
      case 'commandId':
      case 'now':
      case 'actor':
      case 'parcelId':
      case 'delegateId':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isRevokeDelegation = (u: unknown): u is CommandOf<'RevokeDelegation'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'RevokeDelegation') return false;
  const data = u.data;
  if (!isRevokeDelegationData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isNotifyCarrierData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const now = u.now;
  if (!isCommandTime(now)) return false;
  const actor = u.actor;
  if (!isActor(actor)) return false;
  const parcelId = u.parcelId;
  if (!isParcelId(parcelId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const reference = u.reference;
  if (!isNonEmptyText(reference)) return false;
  for (const key in u) {
    switch (key) {
      case 'commandId':
      case 'now':
      case 'actor':
      case 'parcelId':
      case 'claimId':
      case 'reference':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isNotifyCarrier = (u: unknown): u is CommandOf<'NotifyCarrier'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'NotifyCarrier') return false;
  const data = u.data;
  if (!isNotifyCarrierData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isAssessCarrierLiabilityDataRegime = (u: unknown): boolean =>
  u === 'montreal' || u === 'cmr' || u === 'upu' || u === 'declared-value';

const isAssessCarrierLiabilityDataSdrRate = (u: unknown): boolean =>
  isCarrierLiabilityAssessedDataBasis1SdrRate(u) || isParcelBookedDataCustomsValue2(u);

const isAssessCarrierLiabilityData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const now = u.now;
  if (!isCommandTime(now)) return false;
  const actor = u.actor;
  if (!isActor(actor)) return false;
  const parcelId = u.parcelId;
  if (!isParcelId(parcelId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const regime = u.regime;
  if (!isAssessCarrierLiabilityDataRegime(regime)) return false;
  const sdrRate = u.sdrRate;
  if (!isAssessCarrierLiabilityDataSdrRate(sdrRate)) return false;
  const rates = u.rates;
  if (!Array.isArray(rates) || !rates.every(isExchangeRate)) return false;
  for (const key in u) {
    switch (key) {
      case 'commandId':
      case 'now':
      case 'actor':
      case 'parcelId':
      case 'claimId':
      case 'regime':
      case 'sdrRate':
      case 'rates':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isAssessCarrierLiability = (u: unknown): u is CommandOf<'AssessCarrierLiability'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'AssessCarrierLiability') return false;
  const data = u.data;
  if (!isAssessCarrierLiabilityData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isFileRecoveryData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const now = u.now;
  if (!isCommandTime(now)) return false;
  const actor = u.actor;
  if (!isActor(actor)) return false;
  const parcelId = u.parcelId;
  if (!isParcelId(parcelId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const amount = u.amount;
  if (!isMoney(amount)) return false;
  const reference = u.reference;
  if (!isNonEmptyText(reference)) return false;
  for (const key in u) {
    switch (key) {
      case 'commandId':
      case 'now':
      case 'actor':
      case 'parcelId':
      case 'claimId':
      case 'amount':
      case 'reference':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isFileRecovery = (u: unknown): u is CommandOf<'FileRecovery'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'FileRecovery') return false;
  const data = u.data;
  if (!isFileRecoveryData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isRecordRecoveryData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const now = u.now;
  if (!isCommandTime(now)) return false;
  const actor = u.actor;
  if (!isActor(actor)) return false;
  const parcelId = u.parcelId;
  if (!isParcelId(parcelId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const amount = u.amount;
  if (!isMoney(amount)) return false;
  const reference = u.reference;
  if (!isNonEmptyText(reference)) return false;
  for (const key in u) {
    switch (key) {
      case 'commandId':
      case 'now':
      case 'actor':
      case 'parcelId':
      case 'claimId':
      case 'amount':
      case 'reference':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isRecordRecovery = (u: unknown): u is CommandOf<'RecordRecovery'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'RecordRecovery') return false;
  const data = u.data;
  if (!isRecordRecoveryData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isCloseRecoveryData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const now = u.now;
  if (!isCommandTime(now)) return false;
  const actor = u.actor;
  if (!isActor(actor)) return false;
  const parcelId = u.parcelId;
  if (!isParcelId(parcelId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const reason = u.reason;
  if (!isNonEmptyText(reason)) return false;
  for (const key in u) {
    switch (key) {
      case 'commandId':
      case 'now':
      case 'actor':
      case 'parcelId':
      case 'claimId':
      case 'reason':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isCloseRecovery = (u: unknown): u is CommandOf<'CloseRecovery'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'CloseRecovery') return false;
  const data = u.data;
  if (!isCloseRecoveryData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isElectSalvageData = (u: unknown): boolean => {
  if (!isRecord(u)) return false;
  const commandId = u.commandId;
  if (!isCommandId(commandId)) return false;
  const now = u.now;
  if (!isCommandTime(now)) return false;
  const actor = u.actor;
  if (!isActor(actor)) return false;
  const parcelId = u.parcelId;
  if (!isParcelId(parcelId)) return false;
  const claimId = u.claimId;
  if (!isClaimId(claimId)) return false;
  const election = u.election;
  if (election !== 'repay' && election !== 'surrender') return false;
  for (const key in u) {
    switch (key) {
      case 'commandId':
      case 'now':
      case 'actor':
      case 'parcelId':
      case 'claimId':
      case 'election':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

const isElectSalvage = (u: unknown): u is CommandOf<'ElectSalvage'> => {
  if (!isRecord(u)) return false;
  const type = u.type;
  if (type !== 'ElectSalvage') return false;
  const data = u.data;
  if (!isElectSalvageData(data)) return false;
  for (const key in u) {
    switch (key) {
      case 'type':
      case 'data':
        break;
      default:
        if (Object.hasOwn(u, key)) return false;
    }
  }
  return true;
};

/** The check of each ClaimEvent's codec, by its `type`: what `is` answers, written out. */
export const claimEventChecks: Readonly<Record<ClaimEventType, (u: unknown) => u is ClaimEvent>> = {
  ParcelBooked: isParcelBooked,
  InsurancePurchased: isInsurancePurchased,
  ParcelPickedUp: isParcelPickedUp,
  ParcelReceivedAtHub: isParcelReceivedAtHub,
  ParcelShipped: isParcelShipped,
  ParcelHandedToCarrier: isParcelHandedToCarrier,
  TrackingUpdated: isTrackingUpdated,
  ParcelDelivered: isParcelDelivered,
  InquiryOpened: isInquiryOpened,
  DocumentAttached: isDocumentAttached,
  DocumentRejected: isDocumentRejected,
  DocumentDeadlineExtended: isDocumentDeadlineExtended,
  LossConfirmed: isLossConfirmed,
  ClaimSubmitted: isClaimSubmitted,
  InformationRequested: isInformationRequested,
  InformationProvided: isInformationProvided,
  ClaimAccepted: isClaimAccepted,
  ClaimRejected: isClaimRejected,
  ClaimReopened: isClaimReopened,
  ClaimPaid: isClaimPaid,
  PayoutOverdue: isPayoutOverdue,
  DecisionOverdue: isDecisionOverdue,
  ClaimLapsed: isClaimLapsed,
  ClaimWithdrawn: isClaimWithdrawn,
  CarrierNotified: isCarrierNotified,
  CarrierNoticeMissed: isCarrierNoticeMissed,
  CarrierLiabilityAssessed: isCarrierLiabilityAssessed,
  RecoveryFiled: isRecoveryFiled,
  RecoveryReceived: isRecoveryReceived,
  RecoveryClosed: isRecoveryClosed,
  ParcelFoundAfterPayout: isParcelFoundAfterPayout,
  ClaimRepaid: isClaimRepaid,
  GoodsSurrendered: isGoodsSurrendered,
  SalvageElectionOverdue: isSalvageElectionOverdue,
  DelegationGranted: isDelegationGranted,
  DelegationRevoked: isDelegationRevoked,
};

/** The check of each ClaimCommand's codec, by its `type`: what `is` answers, written out. */
export const claimCommandChecks: Readonly<Record<ClaimCommandType, (u: unknown) => u is ClaimCommand>> = {
  BookParcel: isBookParcel,
  PurchaseInsurance: isPurchaseInsurance,
  RecordPickup: isRecordPickup,
  RecordHubArrival: isRecordHubArrival,
  ShipParcel: isShipParcel,
  HandOverToCarrier: isHandOverToCarrier,
  RecordTrackingUpdate: isRecordTrackingUpdate,
  RecordDelivery: isRecordDelivery,
  OpenInquiry: isOpenInquiry,
  AttachDocument: isAttachDocument,
  RejectDocument: isRejectDocument,
  ExtendDocumentDeadline: isExtendDocumentDeadline,
  ConfirmLoss: isConfirmLoss,
  SubmitClaim: isSubmitClaim,
  RequestInformation: isRequestInformation,
  AnswerInformationRequest: isAnswerInformationRequest,
  AcceptClaim: isAcceptClaim,
  RejectClaim: isRejectClaim,
  AppealRejection: isAppealRejection,
  PayClaim: isPayClaim,
  WithdrawClaim: isWithdrawClaim,
  CheckDeadlines: isCheckDeadlines,
  GrantDelegation: isGrantDelegation,
  RevokeDelegation: isRevokeDelegation,
  NotifyCarrier: isNotifyCarrier,
  AssessCarrierLiability: isAssessCarrierLiability,
  FileRecovery: isFileRecovery,
  RecordRecovery: isRecordRecovery,
  CloseRecovery: isCloseRecovery,
  ElectSalvage: isElectSalvage,
};
