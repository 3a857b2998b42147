import { describe, it } from 'vitest';
import { CLAIM, cid, cmd, cny, event, PARCEL } from '../support/builders.js';
import { dossier, shipment, t } from '../support/founding-story.js';
import { given, run } from '../support/spec.js';

const booked = run(shipment.slice(0, 1));
const insured = run(shipment.slice(0, 2));
const atHub = run(shipment.slice(0, 4));
const shipped = run(shipment.slice(0, 5));
const withCarrier = run(shipment.slice(0, 6));

describe('BookParcel', () => {
  it('books a parcel', () => {
    given([])
      .when(cmd.bookParcel(1, t.booked))
      .thenEmits([
        event({
          type: 'ParcelBooked',
          data: {
            at: t.booked,
            commandId: cid(1),
            parcelId: PARCEL,
            sellerId: 'seller-a',
            forwarderId: 'takesendship',
            origin: 'CN',
            destination: 'DE',
            contents: 'Bluetooth headphones, 2 pcs',
            goodsValue: cny(320000),
            valueBasis: 'invoice',
            customsValue: cny(320000),
            carriageValue: null,
            shippingCost: cny(12000),
            pieces: [
              {
                pieceId: 'P1',
                description: 'Bluetooth headphones, 2 pcs',
                goodsValue: cny(320000),
                weightGrams: 850,
              },
            ],
          },
        }),
      ]);
  });

  it('refuses a second booking', () => {
    given(booked)
      .when(cmd.bookParcel(2, t.insured))
      .thenRejected({
        code: 'ParcelAlreadyBooked',
        rule: 'L1',
        bookedAt: t.booked,
        message: `L1 shipment lifecycle: the parcel was already booked at ${t.booked}`,
      });
  });

  it('refuses a zero goods value', () => {
    given([])
      .when(cmd.bookParcel(1, t.booked, { goodsValue: cny(0) }))
      .thenRejected({
        code: 'AmountNotPositive',
        rule: 'C1',
        field: 'goodsValue',
        amount: cny(0),
        message: 'C1 coverage terms: goodsValue must be positive; got CNY 0.00',
      });
  });

  const piece = (pieceId: string, minorUnits: number, currency = 'CNY') => ({
    pieceId,
    description: `Piece ${pieceId}`,
    goodsValue: { minorUnits, currency },
    weightGrams: 100,
  });

  it('keeps the values apart: a shipping cost, customs value and carriage value in other currencies', () => {
    given([])
      .when(
        cmd.bookParcel(1, t.booked, {
          shippingCost: { minorUnits: 1500, currency: 'USD' },
          customsValue: { minorUnits: 41000, currency: 'EUR' },
          carriageValue: { minorUnits: 2200, currency: 'USD' },
        }),
      )
      .thenEmits([
        event({
          type: 'ParcelBooked',
          data: {
            at: t.booked,
            commandId: cid(1),
            parcelId: PARCEL,
            sellerId: 'seller-a',
            forwarderId: 'takesendship',
            origin: 'CN',
            destination: 'DE',
            contents: 'Bluetooth headphones, 2 pcs',
            goodsValue: cny(320000),
            valueBasis: 'invoice',
            customsValue: { minorUnits: 41000, currency: 'EUR' },
            carriageValue: { minorUnits: 2200, currency: 'USD' },
            shippingCost: { minorUnits: 1500, currency: 'USD' },
            pieces: [
              {
                pieceId: 'P1',
                description: 'Bluetooth headphones, 2 pcs',
                goodsValue: cny(320000),
                weightGrams: 850,
              },
            ],
          },
        }),
      ]);
  });

  it('refuses a parcel without pieces', () => {
    given([])
      .when(cmd.bookParcel(1, t.booked, { pieces: [] }))
      .thenRejected({
        code: 'NoPieces',
        rule: 'C1',
        field: 'pieces',
        message: 'C1 coverage terms: a parcel holds at least one piece',
      });
  });

  it('refuses pieces whose goods values do not sum to the goods value', () => {
    given([])
      .when(cmd.bookParcel(1, t.booked, { pieces: [piece('P1', 200000), piece('P2', 119999)] }))
      .thenRejected({
        code: 'PieceValuesMismatch',
        rule: 'C1',
        field: 'pieces',
        goodsValue: cny(320000),
        piecesTotalMinorUnits: 319999,
        message:
          "C1 coverage terms: the pieces' goods values sum to CNY 3,199.99; the goods value is CNY 3,200.00",
      });
  });

  it('refuses a piece valued in another currency than the goods value', () => {
    given([])
      .when(cmd.bookParcel(1, t.booked, { pieces: [piece('P1', 200000), piece('P2', 120000, 'USD')] }))
      .thenRejected({
        code: 'CurrencyMismatch',
        rule: 'C1',
        field: 'pieces[1].goodsValue',
        expected: 'CNY',
        found: 'USD',
        message: 'C1 coverage terms: pieces[1].goodsValue is in USD; the parcel is valued in CNY',
      });
  });

  it('refuses a piece id used twice', () => {
    given([])
      .when(cmd.bookParcel(1, t.booked, { pieces: [piece('P1', 200000), piece('P1', 120000)] }))
      .thenRejected({
        code: 'DuplicatePiece',
        rule: 'C1',
        field: 'pieces[1].pieceId',
        pieceId: 'P1',
        message: 'C1 coverage terms: piece P1 is named more than once (pieces[1].pieceId)',
      });
  });

  it('refuses a carrier as the booking party', () => {
    given([])
      .when(cmd.bookParcel(1, t.booked, { as: 'carrier' }))
      .thenRejected({
        code: 'CommandNotPermitted',
        rule: 'P1',
        command: 'BookParcel',
        role: 'carrier',
        allowed: ['seller', 'forwarder'],
        message: 'P1 permitted actor: a carrier may not BookParcel; allowed: seller, forwarder',
      });
  });
});

describe('PurchaseInsurance', () => {
  it('records the coverage with the policy version, the deductible and the payer calendar', () => {
    given(booked)
      .when(cmd.purchaseInsurance(2, t.insured))
      .thenEmits([
        event({
          type: 'InsurancePurchased',
          data: {
            at: t.insured,
            commandId: cid(2),
            insurerId: 'pacific-insurance',
            policy: { id: 'parcel-standard', version: 1 },
            insuredValue: cny(300000),
            valueBasis: 'invoice',
            coversShippingCost: false,
            premium: cny(3000),
            deductible: { kind: 'none' },
            payerCalendar: { id: 'cn-mainland', version: 'cn-mainland/2026.1', zone: 'Asia/Shanghai' },
            conversions: [],
          },
        }),
      ]);
  });

  it('accepts a weekends-only payer calendar for any IANA zone', () => {
    const decision = given(booked).when(
      cmd.purchaseInsurance(2, t.insured, { payerCalendar: 'weekends:Europe/Berlin' }),
    );
    decision.thenEmits([
      event({
        type: 'InsurancePurchased',
        data: {
          at: t.insured,
          commandId: cid(2),
          insurerId: 'pacific-insurance',
          policy: { id: 'parcel-standard', version: 1 },
          insuredValue: cny(300000),
          valueBasis: 'invoice',
          coversShippingCost: false,
          premium: cny(3000),
          deductible: { kind: 'none' },
          payerCalendar: { id: 'weekends:Europe/Berlin', version: 'weekends/1', zone: 'Europe/Berlin' },
          conversions: [],
        },
      }),
    ]);
  });

  it('refuses insurance for a parcel that is not booked', () => {
    given([]).when(cmd.purchaseInsurance(2, t.insured)).thenRejected({
      code: 'ParcelNotBooked',
      rule: 'L1',
      command: 'PurchaseInsurance',
      message: 'L1 shipment lifecycle: PurchaseInsurance needs a booked parcel; this stream has none',
    });
  });

  it('refuses insurance bought after dispatch', () => {
    const uninsuredShipped = run([
      cmd.bookParcel(1, t.booked),
      cmd.recordPickup(3, t.pickedUp),
      cmd.recordHubArrival(4, t.atHub),
      cmd.shipParcel(5, t.shipped),
    ]);
    given(uninsuredShipped)
      .when(cmd.purchaseInsurance(6, t.handedOver))
      .thenRejected({
        code: 'InsuranceAfterDispatch',
        rule: 'R3',
        shippedAt: t.shipped,
        now: t.handedOver,
        message: `R3 insured before dispatch: insurance requested at ${t.handedOver}, after the parcel was dispatched at ${t.shipped}`,
      });
  });

  it('refuses a second coverage', () => {
    given(insured)
      .when(cmd.purchaseInsurance(3, t.pickedUp))
      .thenRejected({
        code: 'AlreadyInsured',
        rule: 'R3',
        purchasedAt: t.insured,
        message: `R3 insured before dispatch: the parcel is already insured since ${t.insured}`,
      });
  });

  it('refuses an insured value above the goods value', () => {
    given(booked)
      .when(cmd.purchaseInsurance(2, t.insured, { insuredValue: cny(320001) }))
      .thenRejected({
        code: 'InsuredValueAboveGoodsValue',
        rule: 'C1',
        field: 'insuredValue',
        insuredValue: cny(320001),
        bound: cny(320000),
        conversions: [],
        message: 'C1 coverage terms: insured value CNY 3,200.01 is above the goods value CNY 3,200.00',
      });
  });

  const eurRate = (date: string) =>
    ({ from: 'CNY', to: 'EUR', rate: '0.128', date, source: 'ECB reference rate' }) as const;
  const eur = (minorUnits: number) => ({ minorUnits, currency: 'EUR' }) as const;

  it('fixes the coverage currency at purchase, bounding the insured value by the goods value converted at a stated rate', () => {
    given(booked)
      .when(
        cmd.purchaseInsurance(2, t.insured, {
          insuredValue: eur(40000),
          premium: { minorUnits: 500, currency: 'USD' },
          rates: [eurRate('2026-01-02')],
        }),
      )
      .thenEmits([
        event({
          type: 'InsurancePurchased',
          data: {
            at: t.insured,
            commandId: cid(2),
            insurerId: 'pacific-insurance',
            policy: { id: 'parcel-standard', version: 1 },
            insuredValue: eur(40000),
            valueBasis: 'invoice',
            coversShippingCost: false,
            premium: { minorUnits: 500, currency: 'USD' },
            deductible: { kind: 'none' },
            payerCalendar: { id: 'cn-mainland', version: 'cn-mainland/2026.1', zone: 'Asia/Shanghai' },
            conversions: [
              { from: cny(320000), to: eur(40960), rate: eurRate('2026-01-02'), rounding: 'half-even' },
            ],
          },
        }),
      ]);
  });

  it('refuses a coverage in another currency without a rate, with one dated too far off, or above the converted goods value', () => {
    given(booked)
      .when(cmd.purchaseInsurance(2, t.insured, { insuredValue: eur(40000) }))
      .thenRejected({
        code: 'ExchangeRateMissing',
        rule: 'C1',
        field: 'goodsValue',
        from: 'CNY',
        to: 'EUR',
        message: 'C1 coverage terms: goodsValue is in CNY; a rate from CNY to EUR is needed',
      });
    given(booked)
      .when(cmd.purchaseInsurance(2, t.insured, { insuredValue: eur(40000), rates: [eurRate('2026-01-01')] }))
      .thenRejected({
        code: 'ExchangeRateDateNotAcceptable',
        rule: 'C1',
        field: 'goodsValue',
        rateDate: '2026-01-01',
        earliest: '2026-01-02',
        latest: '2026-01-08',
        message:
          'C1 coverage terms: the CNY/EUR rate of 2026-01-01 is not acceptable for goodsValue; a rate dated 2026-01-02 to 2026-01-08 is',
      });
    given(booked)
      .when(cmd.purchaseInsurance(2, t.insured, { insuredValue: eur(40961), rates: [eurRate('2026-01-05')] }))
      .thenRejected({
        code: 'InsuredValueAboveGoodsValue',
        rule: 'C1',
        field: 'insuredValue',
        insuredValue: eur(40961),
        bound: eur(40960),
        conversions: [
          { from: cny(320000), to: eur(40960), rate: eurRate('2026-01-05'), rounding: 'half-even' },
        ],
        message: 'C1 coverage terms: insured value EUR 409.61 is above the goods value EUR 409.60',
      });
  });

  it('bounds an insured value that covers shipping by the goods value plus the shipping cost, never more', () => {
    given(booked)
      .when(cmd.purchaseInsurance(2, t.insured, { insuredValue: cny(332001), coversShippingCost: true }))
      .thenRejected({
        code: 'InsuredValueAboveGoodsValue',
        rule: 'C1',
        field: 'insuredValue',
        insuredValue: cny(332001),
        bound: cny(332000),
        conversions: [],
        message:
          'C1 coverage terms: insured value CNY 3,320.01 is above the goods value CNY 3,200.00 plus the covered shipping cost CNY 120.00',
      });
  });

  it('refuses a zero insured value and a zero premium', () => {
    given(booked)
      .when(cmd.purchaseInsurance(2, t.insured, { insuredValue: cny(0) }))
      .thenRejected({
        code: 'AmountNotPositive',
        rule: 'C1',
        field: 'insuredValue',
        amount: cny(0),
        message: 'C1 coverage terms: insuredValue must be positive; got CNY 0.00',
      });
    given(booked)
      .when(cmd.purchaseInsurance(2, t.insured, { premium: cny(0) }))
      .thenRejected({
        code: 'AmountNotPositive',
        rule: 'C1',
        field: 'premium',
        amount: cny(0),
        message: 'C1 coverage terms: premium must be positive; got CNY 0.00',
      });
  });

  it('refuses a policy version the policy book does not hold', () => {
    given(booked)
      .when(cmd.purchaseInsurance(2, t.insured, { policy: { id: 'parcel-standard', version: 9 } }))
      .thenRejected({
        code: 'UnknownPolicy',
        rule: 'C1',
        policy: { id: 'parcel-standard', version: 9 },
        message: 'C1 coverage terms: policy parcel-standard@9 is not in the policy book',
      });
  });

  it('refuses an unknown calendar and an invalid time zone', () => {
    given(booked)
      .when(cmd.purchaseInsurance(2, t.insured, { payerCalendar: 'hk' }))
      .thenRejected({
        code: 'UnknownCalendar',
        rule: 'C1',
        calendarId: 'hk',
        reason: 'unknown calendar: hk',
        message: 'C1 coverage terms: payer calendar hk cannot be used: unknown calendar: hk',
      });
    given(booked)
      .when(cmd.purchaseInsurance(2, t.insured, { payerCalendar: 'weekends:Mars/Olympus' }))
      .thenRejected({
        code: 'UnknownCalendar',
        rule: 'C1',
        calendarId: 'weekends:Mars/Olympus',
        reason: 'not an IANA time zone: "Mars/Olympus"',
        message:
          'C1 coverage terms: payer calendar weekends:Mars/Olympus cannot be used: not an IANA time zone: "Mars/Olympus"',
      });
  });
});

describe('the shipment facts', () => {
  it('records pickup, hub arrival, dispatch and handover in order', () => {
    given(insured)
      .when(cmd.recordPickup(3, t.pickedUp))
      .thenEmits([event({ type: 'ParcelPickedUp', data: { at: t.pickedUp, commandId: cid(3) } })]);
    given(run(shipment.slice(0, 3)))
      .when(cmd.recordHubArrival(4, t.atHub))
      .thenEmits([
        event({ type: 'ParcelReceivedAtHub', data: { at: t.atHub, commandId: cid(4), hubId: 'szx-hub' } }),
      ]);
    given(atHub)
      .when(cmd.shipParcel(5, t.shipped))
      .thenEmits([
        event({
          type: 'ParcelShipped',
          data: { at: t.shipped, commandId: cid(5), hubId: 'szx-hub', cargoReference: 'MAWB 784-20260105' },
        }),
      ]);
    given(shipped)
      .when(cmd.handOverToCarrier(6, t.handedOver))
      .thenEmits([
        event({
          type: 'ParcelHandedToCarrier',
          data: {
            at: t.handedOver,
            commandId: cid(6),
            carrierId: 'sky-cargo',
            trackingNumber: 'SC123456789CN',
            boxes: [{ pieceId: 'P1', airBoxNumber: 'AB-0042', customsBoxNumber: 'CB-0042' }],
          },
        }),
      ]);
  });

  it('refuses a handover whose boxes do not name each booked piece once', () => {
    const boxes = (...pieceIds: string[]) =>
      pieceIds.map((pieceId) => ({
        pieceId,
        airBoxNumber: `AB-${pieceId}`,
        customsBoxNumber: `CB-${pieceId}`,
      }));
    given(shipped)
      .when(cmd.handOverToCarrier(6, t.handedOver, { boxes: boxes('P2') }))
      .thenRejected({
        code: 'BoxesDoNotMatchPieces',
        rule: 'C1',
        field: 'boxes',
        missing: ['P1'],
        unexpected: ['P2'],
        message: 'C1 coverage terms: boxes must name each booked piece once; missing: P1, not booked: P2',
      });
    given(shipped)
      .when(cmd.handOverToCarrier(6, t.handedOver, { boxes: boxes('P1', 'P1') }))
      .thenRejected({
        code: 'DuplicatePiece',
        rule: 'C1',
        field: 'boxes[1].pieceId',
        pieceId: 'P1',
        message: 'C1 coverage terms: piece P1 is named more than once (boxes[1].pieceId)',
      });
  });

  it('lets a seller drop the parcel at the hub without a pickup', () => {
    given(insured)
      .when(cmd.recordHubArrival(3, t.atHub))
      .thenEmits([
        event({ type: 'ParcelReceivedAtHub', data: { at: t.atHub, commandId: cid(3), hubId: 'szx-hub' } }),
      ]);
  });

  it('refuses a dispatch before the parcel reached the hub', () => {
    given(insured)
      .when(cmd.shipParcel(3, t.shipped))
      .thenRejected({
        code: 'ShipmentOutOfOrder',
        rule: 'L1',
        command: 'ShipParcel',
        stage: 'booked',
        allowedStages: ['at-hub'],
        message: 'L1 shipment lifecycle: ShipParcel is not possible at stage booked; allowed at: at-hub',
      });
  });

  it('refuses a second pickup and a handover before dispatch', () => {
    given(run(shipment.slice(0, 3)))
      .when(cmd.recordPickup(4, t.atHub))
      .thenRejected({
        code: 'ShipmentOutOfOrder',
        rule: 'L1',
        command: 'RecordPickup',
        stage: 'picked-up',
        allowedStages: ['booked'],
        message: 'L1 shipment lifecycle: RecordPickup is not possible at stage picked-up; allowed at: booked',
      });
    given(atHub)
      .when(cmd.handOverToCarrier(5, t.shipped))
      .thenRejected({
        code: 'ShipmentOutOfOrder',
        rule: 'L1',
        command: 'HandOverToCarrier',
        stage: 'at-hub',
        allowedStages: ['shipped'],
        message:
          'L1 shipment lifecycle: HandOverToCarrier is not possible at stage at-hub; allowed at: shipped',
      });
  });

  it('refuses a shipment fact from a party that does not handle the parcel', () => {
    given(atHub)
      .when(cmd.shipParcel(5, t.shipped, { as: 'seller' }))
      .thenRejected({
        code: 'CommandNotPermitted',
        rule: 'P1',
        command: 'ShipParcel',
        role: 'seller',
        allowed: ['forwarder'],
        message: 'P1 permitted actor: a seller may not ShipParcel; allowed: forwarder',
      });
  });
});

describe('RecordTrackingUpdate', () => {
  it('records a carrier scan', () => {
    given(withCarrier)
      .when(cmd.recordTrackingUpdate(7, t.scanRecorded, t.scanned))
      .thenEmits([
        event({
          type: 'TrackingUpdated',
          data: {
            at: t.scanRecorded,
            commandId: cid(7),
            scannedAt: t.scanned,
            location: 'Leipzig hub',
            description: 'Arrived at sorting facility',
          },
        }),
      ]);
  });

  it('refuses a scan later than its recording', () => {
    given(withCarrier)
      .when(cmd.recordTrackingUpdate(7, t.scanned, t.scanRecorded))
      .thenRejected({
        code: 'TrackingScanInFuture',
        rule: 'L1',
        scannedAt: t.scanRecorded,
        now: t.scanned,
        message: `L1 shipment lifecycle: the scan time ${t.scanRecorded} is after the recording time ${t.scanned}`,
      });
  });

  it('refuses a scan before dispatch', () => {
    given(atHub)
      .when(cmd.recordTrackingUpdate(5, t.shipped, t.atHub))
      .thenRejected({
        code: 'ShipmentOutOfOrder',
        rule: 'L1',
        command: 'RecordTrackingUpdate',
        stage: 'at-hub',
        allowedStages: ['shipped', 'with-carrier'],
        message:
          'L1 shipment lifecycle: RecordTrackingUpdate is not possible at stage at-hub; allowed at: shipped, with-carrier',
      });
  });
});

describe('RecordDelivery', () => {
  const delivered = '2026-01-12T08:00:00.000Z';

  it('records a delivery', () => {
    given(withCarrier)
      .when(cmd.recordDelivery(7, delivered))
      .thenEmits([
        event({ type: 'ParcelDelivered', data: { at: delivered, commandId: cid(7), pieceIds: ['P1'] } }),
      ]);
  });

  it('refuses a second delivery', () => {
    given(run([cmd.recordDelivery(7, delivered)], withCarrier))
      .when(cmd.recordDelivery(8, '2026-01-13T08:00:00.000Z'))
      .thenRejected({
        code: 'ParcelAlreadyDelivered',
        rule: 'L1',
        deliveredAt: delivered,
        message: `L1 shipment lifecycle: the parcel was already delivered at ${delivered}`,
      });
  });

  it('refuses a delivery of a parcel that never left the hub', () => {
    given(atHub)
      .when(cmd.recordDelivery(5, delivered))
      .thenRejected({
        code: 'ShipmentOutOfOrder',
        rule: 'L1',
        command: 'RecordDelivery',
        stage: 'at-hub',
        allowedStages: ['shipped', 'with-carrier'],
        message:
          'L1 shipment lifecycle: RecordDelivery is not possible at stage at-hub; allowed at: shipped, with-carrier',
      });
  });

  it('ends an open loss claim when the parcel turns up delivered', () => {
    const turnedUp = '2026-01-25T09:00:00.000Z';
    given(run(dossier.slice(0, 2), run(shipment)))
      .when(cmd.recordDelivery(20, turnedUp))
      .thenEmits([
        event({ type: 'ParcelDelivered', data: { at: turnedUp, commandId: cid(20), pieceIds: ['P1'] } }),
        event({
          type: 'ClaimWithdrawn',
          data: { at: turnedUp, commandId: cid(20), claimId: CLAIM, reason: 'parcel-delivered' },
        }),
      ]);
  });
});
