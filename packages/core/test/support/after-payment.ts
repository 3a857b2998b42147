import { cmd } from './builders.js';

/** After the founding story's payment: the steps the insurer and the insured take, at these times. */
export const after = {
  notified: '2026-02-25T02:00:00.000Z',
  assessed: '2026-02-25T03:00:00.000Z',
  filed: '2026-02-26T02:00:00.000Z',
  received: '2026-03-10T02:00:00.000Z',
  noticeMissedCheck: '2026-03-16T00:00:00.000Z',
  closed: '2026-04-01T02:00:00.000Z',
  found: '2026-04-02T02:00:00.000Z',
  elected: '2026-04-10T02:00:00.000Z',
  electionOverdueCheck: '2026-05-03T00:00:00.000Z',
};

/** Notice, a Montreal assessment (850 g at 26 SDR/kg, SDR at CNY 9.6543: CNY 213.36), a recovery filed. */
export const recoveryFiled = [
  cmd.notifyCarrier(17, after.notified),
  cmd.assessCarrierLiability(18, after.assessed),
  cmd.fileRecovery(19, after.filed),
];
