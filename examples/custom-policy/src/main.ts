import fc from 'fast-check';
import { keepsTheCatalogue, paysWithinFiveWorkingDays, waitsTwentyOneDays } from './check-policy.js';

for (const [name, property] of [
  ['every catalogue rule holds', keepsTheCatalogue],
  ['payout due after 5 working days', paysWithinFiveWorkingDays],
  ['no loss inquiry before 21 days (or 7 silent days)', waitsTwentyOneDays],
] as const) {
  const result = fc.check(property, { numRuns: 300 });
  console.log(
    `${result.failed ? 'FAILED' : 'ok    '} ${name} (${result.numRuns} histories, seed ${result.seed})`,
  );
  if (result.failed) {
    console.log(fc.defaultReportMessage(result));
    process.exitCode = 1;
  }
}
