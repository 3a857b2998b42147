import { describeCommand } from './describe-command.js';
import type { ClaimsModel } from './parcel-model.js';

const shown = 40;

/**
 * What one parcel went through, command by command with the events each wrote, for a failure
 * message: the generated sequence names only intentions (`Proceed p2`), this names the commands.
 */
export const storyOf = (model: Readonly<ClaimsModel>, parcel: number): string => {
  const lines = model.sent
    .filter((s) => s.command.parcel === parcel)
    .map(
      (s) =>
        `  ${describeCommand(s.command)} -> ${s.written.length === 0 ? 'nothing written' : s.written.join(', ')}`,
    );
  const skipped = lines.length > shown ? [`  … ${lines.length - shown} earlier commands`] : [];
  const id = model.parcels[parcel]?.parcelId ?? `#${parcel}`;
  return [`What parcel ${id} went through:`, ...skipped, ...lines.slice(-shown)].join('\n');
};
