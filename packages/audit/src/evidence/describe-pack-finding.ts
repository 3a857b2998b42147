import { describeCheckpointFailure } from '../checkpoints/describe-log-finding.js';
import { escapeForDisplay } from '../display-text.js';
import type { PackEventRef, PackFinding } from './verify-pack.js';

const eventName = (event: PackEventRef): string =>
  `${escapeForDisplay(event.streamId)} revision ${event.revision}`;

const shown = (value: string | null): string => (value === null ? 'null' : escapeForDisplay(value));

/** A sentence naming what a {@link PackFinding} found: the event, the JSON path, what was expected. */
export const describePackFinding = (finding: PackFinding): string => {
  switch (finding.kind) {
    case 'checkpoint-not-accepted':
      return `${finding.path}: the checkpoint is not accepted: ${describeCheckpointFailure(finding.failure)}`;
    case 'content-hash-differs':
      return `${finding.path} (${eventName(finding.event)}): the event's fields hash to ${finding.recomputed}, not to its metadata.hash ${shown(finding.stored)}, which the checkpoint signed: a hashed field was changed`;
    case 'stored-hash-differs':
      return `${finding.path} (${eventName(finding.event)}): ${shown(finding.stored)} is not the event's hash; its fields hash to ${finding.recomputed}, which the checkpoint signed`;
    case 'unhashable':
      return `${finding.path} (${eventName(finding.event)}): the event cannot be hashed: ${escapeForDisplay(finding.reason)}`;
    case 'unknown-hash-version':
      return `${finding.path} (${eventName(finding.event)}): hash format ${finding.found} is not one this verifier knows (${finding.known.join(', ')})`;
    case 'wrong-stream':
      return `${finding.path} (${eventName(finding.event)}): not of the pack's stream ${escapeForDisplay(finding.expected)}`;
    case 'revision-out-of-sequence':
      return `${finding.path} (${eventName(finding.event)}): revision ${finding.expected} expected here`;
    case 'broken-link':
      return `${finding.path} (${eventName(finding.event)}): previousHash is ${shown(finding.found)}, the previous event's hash is ${shown(finding.expected)}`;
    case 'position-out-of-order':
    case 'leaf-out-of-order':
      return `${finding.path} (${eventName(finding.event)}): ${finding.found} does not come after the previous event's ${finding.previous}`;
    case 'not-included':
      return `${finding.path} (${eventName(finding.event)}): leaf ${finding.leafIndex} with this proof is not in the checkpoint's tree of ${finding.treeSize} (${finding.reason}): the leaf index or a proof hash is wrong`;
    case 'document-differs':
      return `${finding.path} (${eventName(finding.event)}): ${shown(finding.found)}, but the event records ${shown(finding.expected)}`;
    case 'document-without-event':
      return `${finding.path}: no DocumentAttached event of the pack at revision ${finding.revision}`;
    case 'document-missing':
      return `${finding.path}: the document of ${eventName(finding.event)} is not listed`;
    case 'no-events':
      return `${finding.path}: the pack holds no event`;
  }
};
