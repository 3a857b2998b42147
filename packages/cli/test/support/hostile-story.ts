import { type CommandJson, foundingStory } from '@parcel-claims/core/founding-story';
import { type EventStore, inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { createClaimsService } from '@parcel-claims/service';

/**
 * Free text a seller, a carrier or an insurer can send in valid commands today, each of which a
 * terminal or a browser would act on if it were printed as it is.
 */
export const hostile = {
  /** Clears the screen and moves the cursor home. */
  contents: 'Mirrorless camera body\u001b[2J\u001b[H',
  /** A right-to-left override: `MAWB 784-1234 5675` on screen. */
  cargoReference: 'MAWB \u202e5765 4321-487',
  /** A line separator and an isolate (the air box of the parcel's one piece). */
  airBoxNumber: 'AIRBOX-5531\u2028\u2066',
  /** Carriage return, then green text over the start of the line. */
  location: 'Shenzhen\r\u001b[32mEvery rule of the catalogue holds.\u001b[39m',
  /** An OSC 8 hyperlink around the real text, and a backslash typed as text. */
  description: '\u001b]8;;https://evil.example/\u001b\\Departed\u001b]8;;\u001b\\ typed \\u001b',
  /** Lines of its own, as the audit prints them. */
  reason: 'x\nHash chain intact.\n',
  /** The file name trick: `dossier/exe.pdf` on screen. */
  reference: 'dossier/\u202efdp.exe',
  /** NUL, and text hidden by SGR 8 (conceal). */
  paymentReference: 'PI\u0000\u001b[8m-hidden',
} as const;

/** The founding story with the texts above in its free-text fields (the last proof of value gets `reference`). */
export const hostileStory: readonly CommandJson[] = foundingStory.map((command, index) => {
  const replace = (fields: Readonly<Record<string, unknown>>): CommandJson => ({
    type: command.type,
    data: { ...command.data, ...fields },
  });
  switch (command.type) {
    case 'BookParcel':
      return replace({ contents: hostile.contents });
    case 'ShipParcel':
      return replace({ cargoReference: hostile.cargoReference });
    case 'HandOverToCarrier':
      return replace({
        boxes: [{ pieceId: 'P1', airBoxNumber: hostile.airBoxNumber, customsBoxNumber: 'CUSTOMS-0917' }],
      });
    case 'RecordTrackingUpdate':
      return replace({ location: hostile.location, description: hostile.description });
    case 'RejectDocument':
      return replace({ reason: hostile.reason });
    case 'PayClaim':
      return replace({ paymentReference: hostile.paymentReference });
    default:
      // The proof of value attached after the rejection: its reference is the one the dossier keeps.
      return index === 12 ? replace({ reference: hostile.reference }) : command;
  }
});

/** Controls, format characters (bidi among them), line and paragraph separators, lone surrogates: none may reach an output raw. */
export const rawCharacter = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;

/** Writes the hostile story to a store through the service; every command must be accepted. */
export const writeHostileStory = async (store: EventStore = inMemoryEventStore()): Promise<EventStore> => {
  let now = '';
  const service = createClaimsService({ store, clock: () => now });
  for (const command of hostileStory) {
    now = String(command.data.now);
    const result = await service.execute(command);
    if (result.kind !== 'accepted') throw new Error(`hostile story refused: ${JSON.stringify(result)}`);
  }
  return store;
};
