// A process that takes the lock of a store directory, run by the multi-process tests with the
// built package: `node lock-taker.mjs <dir>` prints {"took":pid} and holds the lock until its
// standard input ends, then releases it and prints {"released":true}; or prints {"refused":{…}}
// and exits with 2.
import { takeStoreLock } from '../../dist/lock/store-lock.js';

const [directory = ''] = process.argv.slice(2);
let lock;
try {
  lock = await takeStoreLock(directory);
} catch (error) {
  process.stdout.write(`${JSON.stringify({ refused: { name: error.name, holderPid: error.holderPid } })}\n`);
  process.exit(2);
}
process.stdout.write(`${JSON.stringify({ took: process.pid })}\n`);
process.stdin.on('end', () => {
  lock.release();
  process.stdout.write(`${JSON.stringify({ released: true })}\n`);
});
process.stdin.resume();
