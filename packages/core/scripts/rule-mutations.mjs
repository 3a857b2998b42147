#!/usr/bin/env node
// Breaks each rule of the catalogue in turn and runs the tests of the package that keeps it (the
// core's rules in the core, T1 in the service, which has the clock): every broken rule must make
// tests fail. The core's tests include its properties over generated histories, which live with
// the generator in packages/testing/test/core. Prints a table (rule, mutation, failing tests) for
// docs/rules.md; exits 1 if a mutation survives. Run from the repository root: `pnpm check:rules`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const mutations = [
  [
    'R1',
    'decider/parcel-draft.ts',
    'draft.lastEventAt = at;',
    'draft.lastEventAt = draft.lastEventAt ?? at;',
    'the fold loses event times',
  ],
  [
    'R1',
    'events/claim-rejected.ts',
    "claim.status = 'rejected';",
    "claim.status = 'submitted';",
    'the fold loses a rejection',
  ],
  [
    'R2',
    'rules/r02-time-moves-forward.ts',
    'state.lastEventAt !== null && isBefore(now, state.lastEventAt)',
    'false',
    'earlier commands accepted',
  ],
  [
    'R3',
    'rules/r03-insured-before-dispatch.ts',
    'if (shippedAt !== null)',
    'if (false)',
    'insurance after dispatch accepted',
  ],
  [
    'R3',
    'rules/r03-insured-before-dispatch.ts',
    'if (state.coverage === null)',
    'if (false)',
    'uninsured parcels claimable',
  ],
  ['R4', 'rules/r04-inquiry-window.ts', 'if (!waited && !still)', 'if (false)', 'no waiting period'],
  [
    'R4',
    'rules/r04-inquiry-window.ts',
    'if (!atMostDaysApart(shippedAt, now, p.filingDeadline.value))',
    'if (false)',
    'no filing deadline',
  ],
  [
    'R4',
    'rules/r04-inquiry-window.ts',
    'if (shipment.deliveredAt !== null)',
    'if (false)',
    'loss inquiry on a delivered parcel',
  ],
  [
    'R4',
    'rules/r04-inquiry-window.ts',
    'if (!atMostDaysApart(shipment.deliveredAt, now, p.damageNoticeWindow.value))',
    'if (false)',
    'no damage notice window',
  ],
  [
    'R4',
    'rules/r04-inquiry-window.ts',
    'const route = routeOf(booking);',
    "const route: Route = 'domestic';",
    'international parcels wait the domestic periods',
  ],
  [
    'R4',
    'rules/r04-inquiry-window.ts',
    'if (booking.pieces.every((piece) => delivered.has(piece.pieceId)))',
    'if (false)',
    'partial loss after a delivery of every piece',
  ],
  [
    'R4',
    'rules/r04-inquiry-window.ts',
    'if (!atLeastDaysApart(shipment.deliveredAt, now, p.theftWaitingPeriod.value))',
    'if (false)',
    'no theft waiting period',
  ],
  [
    'R4',
    'rules/r04-inquiry-window.ts',
    'if (!atMostDaysApart(shipment.deliveredAt, now, p.theftNoticeWindow.value))',
    'if (false)',
    'no theft notice window',
  ],
  [
    'R5',
    'rules/r05-one-open-claim.ts',
    'if (t.commandId === commandId) return true;',
    '',
    'repeats decided again',
  ],
  ['R5', 'rules/r05-one-open-claim.ts', 'if (open !== null)', 'if (false)', 'two open claims'],
  [
    'R5',
    'rules/r05-one-open-claim.ts',
    'if (decided !== undefined)',
    'if (false)',
    'claims after a settled claim',
  ],
  [
    'R6',
    'rules/r06-dossier-complete.ts',
    'if (missing.length === 0 && rejected.length === 0) return undefined;',
    'return undefined;',
    'incomplete dossiers submitted',
  ],
  [
    'R6',
    'rules/r06-dossier-complete.ts',
    "d.status === 'rejected'",
    'false',
    'rejected documents count as present',
  ],
  [
    'R7',
    'rules/r07-approved-amount-cap.ts',
    'order.right > 0',
    'order.right > 1',
    'one minor unit above the cap accepted',
  ],
  [
    'R7',
    'rules/r07-approved-amount-cap.ts',
    'const shipping = coverage.coversShippingCost',
    'const shipping = true',
    'uncovered shipping in the proven loss',
  ],
  [
    'R7',
    'rules/r07-approved-amount-cap.ts',
    'const limit = minMoney(bound, provenLoss.right);',
    'const limit = addMoney(minMoney(bound, provenValue.right.amount).right ?? bound, shipping.right.amount);',
    'shipping added on top of the sum insured',
  ],
  [
    'R7',
    'rules/r07-approved-amount-cap.ts',
    'const bound = insuredShare.right === null ? coverage.insuredValue : insuredShare.right.share;',
    'const bound = coverage.insuredValue;',
    'a claim on some pieces capped by the whole sum insured',
  ],
  [
    'R7',
    'rules/r07-approved-amount-cap.ts',
    'if (!isPositive(approvedAmount))',
    'if (false)',
    'zero approvals',
  ],
  ['R8', 'rules/r08-paid-once.ts', 'claim.payment === null', 'true', 'paid twice'],
  [
    'R8',
    'rules/r08-paid-once.ts',
    'if (!equalsMoney(amount, claim.acceptance.approvedAmount))',
    'if (false)',
    'any amount paid',
  ],
  [
    'R9',
    'rules/r09-payout-due-date.ts',
    'addWorkingDays(calendar, acceptedAt, p.payoutAfterAcceptance.value)',
    'addCalendarDays(calendar, acceptedAt, p.payoutAfterAcceptance.value)',
    'calendar days for the payout',
  ],
  ['R9', 'rules/r09-payout-due-date.ts', '!claim.payoutOverdue &&', '', 'overdue flagged repeatedly'],
  [
    'R10',
    'rules/r10-lapse-for-missing-documents.ts',
    "d.status !== 'attached' && isOverdue(d.due, now)",
    "d.status !== 'attached'",
    'lapse before the grace ends',
  ],
  ['R11', 'rules/r11-terminal-states-absorb.ts', 'isClosed(claim)', 'false', 'closed claims changed'],
  [
    'R12',
    'calendar/working-days.ts',
    'if (calendar.adjustedWorkingDays.has(date)) return true;',
    '',
    'make-up working days ignored',
  ],
  [
    'R12',
    'calendar/working-days.ts',
    'isWorkingDay(calendar, date) ? date : nextWorkingDay(calendar, date)',
    'date',
    'non-working start counted',
  ],
  ['P1', 'rules/p1-permitted-actor.ts', 'roles.includes(role)', 'true', 'anyone may do anything'],
  [
    'P2',
    'rules/p2-parcel-party.ts',
    'expected === id || isDelegate(state, role, id)',
    'true',
    'any party acts on any parcel',
  ],
  [
    'P2',
    'rules/p2-parcel-party.ts',
    'expected === id || isDelegate(state, role, id)',
    'expected === id',
    'delegates refused',
  ],
  [
    'P2',
    'rules/p2-parcel-party.ts',
    'd.principal.role === role && d.principal.id === principal && d.delegateId === id',
    'd.delegateId === id',
    'a delegate acts in any role',
  ],
  ['P2', 'events/delegation-revoked.ts', 'd.delegateId !== data.delegateId,', 'true,', 'revocations ignored'],
  ['P2', 'rules/p2-parcel-party.ts', 'named === actor.id', 'true', 'bookings made for other parties'],
  ['P2', 'rules/p2-parcel-party.ts', 'carrierId === expected', 'true', 'losses confirmed for any carrier'],
  [
    'S1',
    'rules/s1-one-parcel-per-stream.ts',
    'state.parcelId !== null && state.parcelId !== parcelId',
    'false',
    'commands for other parcels',
  ],
  [
    'L1',
    'rules/l1-shipment-lifecycle.ts',
    'return allowed.includes(shipment.stage)',
    'return true',
    'shipment facts in any order',
  ],
  [
    'C1',
    'rules/c1-coverage-terms.ts',
    'if (E.isRight(order) && order.right > 0)',
    'if (false)',
    'over-insurance',
  ],
  [
    'C1',
    'rules/c1-coverage-terms.ts',
    'if (total !== goodsValue.minorUnits) {',
    'if (false) {',
    "pieces' values apart from the goods value",
  ],
  [
    'C1',
    'rules/c1-coverage-terms.ts',
    'if (missing.length === 0 && unexpected.length === 0) return undefined;',
    'return undefined;',
    'pieces handed over without their boxes',
  ],
  ['C2', 'rules/c2-pieces.ts', 'if (holder !== undefined)', 'if (false)', 'a piece claimed twice'],
  [
    'C2',
    'rules/c2-pieces.ts',
    'if (!notReceivedTypes.has(claimType)) return undefined;',
    'return undefined;',
    'a delivered piece claimed lost',
  ],
  [
    'C2',
    'rules/c2-pieces.ts',
    "if (claim.status === 'lapsed') continue;",
    '',
    'a lapsed claim keeps its pieces',
  ],
  [
    'K1',
    'rules/k1-claim-lifecycle.ts',
    'claim.status === requiredStatus',
    'true',
    'any claim step in any status',
  ],
  [
    'D1',
    'rules/d1-document-provision.ts',
    'if (isOverdue(slot.due, now))',
    'if (false)',
    'late documents accepted',
  ],
  [
    'D1',
    'rules/d1-document-provision.ts',
    'if (provider === null || !allowed.includes(provider))',
    'if (provider === null)',
    'any party provides any document',
  ],
  [
    'D1',
    'rules/d1-document-provision.ts',
    'if (!atMostDaysApart(filing.shippedAt, now, filing.filingDeadlineDays)) {',
    'if (false) {',
    'documents after the filing deadline accepted',
  ],
  [
    'D1',
    'rules/d1-document-provision.ts',
    'return claimed.minorUnits > threshold.minorUnits;',
    'return false;',
    'no police report above the threshold',
  ],
  [
    'D1',
    'rules/d1-document-provision.ts',
    "    { documentType: 'packing-list', owedBy: 'seller' },\n",
    '',
    'a partial loss without its packing list',
  ],
  [
    'D2',
    'rules/d2-document-deadlines.ts',
    "if (slot.owedBy === 'seller')",
    'if (false)',
    'seller deadlines extended',
  ],
  [
    'D2',
    'rules/d2-document-deadlines.ts',
    'if (isAfter(requested.dueAt, limit.dueAt))',
    'if (false)',
    'unlimited extensions',
  ],
  [
    'T1',
    't1-command-not-ahead-of-clock.ts',
    'instantMillis(now) - clock.millis <= toleranceMs',
    'true',
    'commands dated ahead of the clock accepted',
    'service',
  ],
  [
    'T1',
    't1-command-not-ahead-of-clock.ts',
    'instantMillis(now) - clock.millis <= toleranceMs',
    'instantMillis(now) - clock.millis < toleranceMs',
    'the tolerance itself refused',
    'service',
  ],
];

// Precedence mutations, generated from the command modules: for every command and every rule in
// its `rules` list, the command without that rule. The rule each entry belongs to is read from the
// built registry (each command's `rules`, in list order). Tests must notice
// every rule a command stops checking; a new command or rule is covered without a line here.
const commandsDir = 'packages/core/src/commands';
const { claimCommandRegistry } = await import('../dist/index.js');
const precedenceFiles = ['packages/core/test/decider'];
for (const name of readdirSync(commandsDir).sort()) {
  const text = readFileSync(join(commandsDir, name), 'utf8');
  const type = /defineCommand\(\s*'(\w+)'/.exec(text)?.[1];
  const list = /rules: \[([^\]]*)\]/.exec(text);
  if (type === undefined || list === null) continue;
  const entries = list[1]
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) continue;
  const steps = claimCommandRegistry[type].rules;
  if (steps.length !== entries.length)
    throw new Error(
      `${type}: the built core lists ${steps.length} rules, ${name} ${entries.length}; run tsc -b`,
    );
  entries.forEach((entry, index) => {
    const rest = entries.filter((_, other) => other !== index);
    mutations.push([
      steps[index].rule,
      `commands/${name}`,
      list[0],
      `rules: [${rest.join(', ')}]`,
      `${type} skips ${entry}`,
      'core',
      precedenceFiles,
    ]);
  });
}

// Modes:
// - no flag: each mutation runs every test of its package (slow: the core's tests take a minute
//   or more each time, some forty times);
// - `--record`: the same, and writes, per mutation, the test files that failed (at most three,
//   those with the most failures) to rule-mutations.catching.json;
// - `--ci`: each mutation runs only the first of its recorded files (the one that failed most),
//   which must still fail. A mutation with no
//   recorded files counts as surviving: run `pnpm check:rules --record` after changing rules or
//   their tests.
// `--missing` (with `--record`) breaks only the mutations nothing is recorded for yet, and
// `--within a,b` runs those test folders instead of the package's (the decider tests, say, to record
// new rules quickly). A test file that fails to load under a mutation catches it too.
// `--only R7` (or `--only R7,T1`) breaks those rules alone, in any mode; `--precedence` runs only
// the precedence mutations (each against the command tests in packages/core/test/decider).
const catchingPath = 'packages/core/scripts/rule-mutations.catching.json';
const flag = (name) => process.argv.includes(name);
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt === -1 ? undefined : new Set(process.argv[onlyAt + 1]?.split(','));
const precedenceOnly = flag('--precedence');
const withinAt = process.argv.indexOf('--within');
const within = withinAt === -1 ? undefined : process.argv[withinAt + 1]?.split(',');
const recorded = flag('--ci') ? JSON.parse(readFileSync(catchingPath, 'utf8')) : {};
const catching =
  flag('--record') && existsSync(catchingPath) ? JSON.parse(readFileSync(catchingPath, 'utf8')) : {};

/** Where the tests of a package's rules live: vitest projects, and the test folders within them. */
const testsOf = {
  core: { projects: ['core', 'testing'], folders: ['packages/core/test/', 'packages/testing/test/core/'] },
  service: { projects: ['service'], folders: ['packages/service/test/'] },
};
/** The vitest project of a test file: the package it sits in (`packages/<project>/test/…`). */
const projectOf = (file) => file.split('/')[1];

const outDir = mkdtempSync(join(tmpdir(), 'rule-mutations-'));
const report = join(outDir, 'report.json');
const rows = [];
let survived = 0;
for (const [rule, file, from, to, meaning, project = 'core', scope = []] of mutations) {
  if (only !== undefined && !only.has(rule)) continue;
  if (precedenceOnly && scope.length === 0) continue;
  const key = `${rule}: ${meaning}`;
  if (flag('--missing') && (catching[key] ?? []).length > 0) continue;
  const files = flag('--ci') ? (recorded[key] ?? []).slice(0, 1) : scope.length > 0 ? scope : (within ?? []);
  if (flag('--ci') && files.length === 0) {
    survived += 1;
    rows.push(`| ${rule} | ${meaning} | no recorded tests |`);
    console.error(`${key}: no recorded tests in ${catchingPath}; run pnpm check:rules --record`);
    continue;
  }
  const path = join('packages', project, 'src', file);
  const original = readFileSync(path, 'utf8');
  if (original.split(from).length !== 2) throw new Error(`${path}: expected exactly one "${from}"`);
  writeFileSync(path, original.replace(from, to));
  try {
    const projects = files.length > 0 ? [...new Set(files.map(projectOf))] : testsOf[project].projects;
    const filters = files.length > 0 ? files : testsOf[project].folders;
    spawnSync(
      'npx',
      [
        'vitest',
        'run',
        ...projects.flatMap((name) => ['--project', name]),
        '--reporter=json',
        `--outputFile=${report}`,
        ...filters,
      ],
      { stdio: 'ignore' },
    );
    const result = JSON.parse(readFileSync(report, 'utf8'));
    const failed = result.numFailedTests + result.numFailedTestSuites;
    if (failed === 0) survived += 1;
    if (flag('--record')) {
      catching[key] = result.testResults
        .map((test) => ({
          file: relative(process.cwd(), test.name),
          failures: test.assertionResults.filter((assertion) => assertion.status === 'failed').length,
        }))
        .filter((test) => test.failures > 0)
        .sort((a, b) => b.failures - a.failures || a.file.localeCompare(b.file))
        .slice(0, 3)
        .map((test) => test.file);
    }
    rows.push(`| ${rule} | ${meaning} | ${failed} |`);
    console.error(`${key}: ${failed} failing tests`);
  } finally {
    writeFileSync(path, original);
  }
}
rmSync(outDir, { recursive: true, force: true });
if (flag('--record')) writeFileSync(catchingPath, `${JSON.stringify(catching, null, 2)}\n`);
console.log(['| rule | mutation | failing tests |', '|---|---|---|', ...rows].join('\n'));
process.exit(survived === 0 ? 0 : 1);
