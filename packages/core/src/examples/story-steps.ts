// What the example stories share: commands as plain JSON and a way to write their steps.

/** A command as a caller sends it: plain JSON `{ type, data }`, decoded by the service at its edge. */
export interface CommandJson {
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** Who sends a story's commands, by role. */
export type StoryActors = Readonly<Record<string, { readonly role: string; readonly id: string }>>;

/** An amount in yuan, as JSON. */
export const cny = (minorUnits: number) => ({ minorUnits, currency: 'CNY' });

/** A story's parcel, claim and actors, and how its command ids and content hashes are told apart. */
export interface StoryCast<A extends StoryActors> {
  readonly parcelId: string;
  readonly claimId: string;
  readonly actors: A;
  /** Added to a step's number in its command id, so that two stories never share an id. */
  readonly commandIdOffset: number;
  /** The hex digit that pads the stories' content hashes. */
  readonly hashFill: string;
}

/**
 * The step and document builders of one story. Time and ids come with each step: the core never
 * reads a clock.
 */
export const storySteps = <A extends StoryActors>(cast: StoryCast<A>) => {
  const sha256 = (n: number) => `sha256:${n.toString(16).padStart(64, cast.hashFill)}`;
  const step = (
    n: number,
    now: string,
    role: keyof A,
    type: string,
    fields: Record<string, unknown> = {},
  ): CommandJson => ({
    type,
    data: {
      commandId: `7f1d0c3e-0000-4000-8000-${String(cast.commandIdOffset + n).padStart(12, '0')}`,
      now,
      actor: cast.actors[role],
      parcelId: cast.parcelId,
      ...fields,
    },
  });
  const document = (documentType: string, n: number) => ({
    claimId: cast.claimId,
    documentType,
    reference: `dossier/${cast.claimId}/${documentType}.pdf`,
    contentHash: sha256(n),
  });
  return { step, document, sha256 };
};
