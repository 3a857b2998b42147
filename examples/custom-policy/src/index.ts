export {
  expressHistories,
  keepsTheCatalogue,
  paysWithinFiveWorkingDays,
  waitsTwentyOneDays,
} from './check-policy.js';
export { expressPolicy } from './express-policy.js';
