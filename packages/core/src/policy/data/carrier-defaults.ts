import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { CarrierContracts, RegimeFigures } from '../carrier-terms.js';

const noticeJson = {
  default: { loss: { days: 30, from: 'acceptance' }, damage: { days: 21, from: 'delivery' } },
  carriers: [],
};

const regimesJson = [
  {
    regime: 'montreal',
    effectiveFrom: '2009-12-30',
    sdrPerKg: '19',
    sdrPerParcel: null,
    source: 'Montreal Convention art. 22(3), limits revised by ICAO from 30 December 2009',
  },
  {
    regime: 'montreal',
    effectiveFrom: '2019-12-28',
    sdrPerKg: '22',
    sdrPerParcel: null,
    source: 'Montreal Convention art. 22(3), limits revised by ICAO from 28 December 2019',
  },
  {
    regime: 'montreal',
    effectiveFrom: '2024-12-28',
    sdrPerKg: '26',
    sdrPerParcel: null,
    source: 'Montreal Convention art. 22(3), limits revised by ICAO from 28 December 2024',
  },
  {
    regime: 'cmr',
    effectiveFrom: '1980-12-28',
    sdrPerKg: '8.33',
    sdrPerParcel: null,
    source: 'CMR art. 23(3) as amended by the 1978 Protocol',
  },
  {
    regime: 'upu',
    effectiveFrom: '2018-01-01',
    sdrPerKg: '4.5',
    sdrPerParcel: '40',
    source: 'UPU Parcel Post Regulations: about 40 SDR per parcel plus 4.50 SDR per kg',
  },
];

const decoded = t.type({ notice: CarrierContracts, regimes: t.array(RegimeFigures) }).decode({
  notice: noticeJson,
  regimes: regimesJson,
});
// Stryker disable next-line StringLiteral: the figures above are valid, so this message is never built
if (E.isLeft(decoded)) throw new Error('the built-in carrier terms are invalid');

/** The notice windows of a carrier without a contract of its own: 30 days from acceptance (DHL Express), 21 from delivery for damage (FedEx international). */
export const defaultCarrierNotice: CarrierContracts = decoded.right.notice;

/** The liability regimes and their figures, each from the date it took effect. */
export const liabilityRegimeTable: readonly RegimeFigures[] = decoded.right.regimes;

/** The same figures as plain JSON, as a policy file writes them. */
export const carrierDefaultsJson = { notice: noticeJson, regimes: regimesJson };
