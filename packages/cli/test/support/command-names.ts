/** Every command of `parcel-claims`, in the order its help lists them. */
export const commandNames = [
  'demo',
  'audit',
  'verify',
  'checkpoint',
  'checkpoints',
  'prove',
  'verify-pack',
  'rebuild',
  'bordereau',
  'report',
  'keygen',
] as const;
