/**
 * Plain JSON command data that takes one parcel from booking to an open loss inquiry, as an HTTP
 * client would send it to the service's typed methods. Command ids are UUIDs numbered from
 * `first + 1`, so stories with different `first` never share one.
 *
 * @example
 * const story = claimStoryInput('P-1', 0);
 * await service.bookParcel(story.bookParcel);
 */
export const claimStoryInput = (parcelId: string, first = 0) => {
  const envelope = (n: number, now: string, role: 'seller' | 'forwarder') => ({
    commandId: `00000000-0000-4000-9000-${String(first + n).padStart(12, '0')}`,
    now,
    actor: { role, id: `${role}-1` },
    parcelId,
  });
  const cny = (minorUnits: number) => ({ minorUnits, currency: 'CNY' as const });
  return {
    bookParcel: {
      ...envelope(1, '2026-01-05T02:00:00.000Z', 'seller'),
      sellerId: 'seller-1',
      forwarderId: 'forwarder-1',
      origin: 'CN',
      destination: 'FR',
      contents: 'Handmade ceramics',
      goodsValue: cny(500000),
      valueBasis: 'sales-price' as const,
      customsValue: cny(500000),
      carriageValue: null,
      shippingCost: cny(25000),
      pieces: [
        { pieceId: 'P1', description: 'Handmade ceramics', goodsValue: cny(500000), weightGrams: 3100 },
      ],
    },
    purchaseInsurance: {
      ...envelope(2, '2026-01-05T02:01:00.000Z', 'seller'),
      insurerId: 'insurer-1',
      policy: { id: 'parcel-standard', version: 1 },
      insuredValue: cny(500000),
      valueBasis: 'sales-price' as const,
      coversShippingCost: false,
      premium: cny(5000),
      payerCalendar: 'cn-mainland',
      rates: [],
    },
    recordHubArrival: { ...envelope(3, '2026-01-05T09:00:00.000Z', 'forwarder'), hubId: 'szx-hub' },
    shipParcel: {
      ...envelope(4, '2026-01-05T14:00:00.000Z', 'forwarder'),
      hubId: 'szx-hub',
      cargoReference: 'MAWB 1',
    },
    openInquiry: {
      ...envelope(5, '2026-01-20T02:00:00.000Z', 'seller'),
      claimId: 'claim-1',
      claimType: 'loss' as const,
      pieceIds: null,
    },
    /** The data of the forwarder's `AttachDocument` of the outbound record, under this reference. */
    attachOutboundRecord: (reference: string) => ({
      ...envelope(6, '2026-01-20T03:00:00.000Z', 'forwarder'),
      claimId: 'claim-1',
      documentType: 'outbound-record' as const,
      reference,
      contentHash: `sha256:${'6'.repeat(64)}`,
    }),
  };
};
