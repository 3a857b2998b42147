import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  defaultPolicy,
  type Policy,
  type PolicyInvalid,
  PolicyParameters,
  PolicyRef,
  policyBook,
  policyParameterCatalogue,
  validatePolicy,
} from '../../src/index.js';
import { carrierDefaultsJson } from '../../src/policy/data/carrier-defaults.js';

/** The default policy as JSON, to break one value of at a time. */
const defaults = {
  id: 'parcel-standard',
  version: 1,
  parameters: {
    inquiryWaitingPeriod: { value: 14, unit: 'calendar-days' },
    noMovementPeriod: { value: 7, unit: 'calendar-days' },
    internationalInquiryWaitingPeriod: { value: 14, unit: 'calendar-days' },
    internationalNoMovementPeriod: { value: 7, unit: 'calendar-days' },
    filingDeadline: { value: 120, unit: 'calendar-days' },
    damageNoticeWindow: { value: 14, unit: 'calendar-days' },
    theftWaitingPeriod: { value: 5, unit: 'calendar-days' },
    theftNoticeWindow: { value: 30, unit: 'calendar-days' },
    policeReportThreshold: { value: { minorUnits: 70_000, currency: 'CNY' }, unit: 'money' },
    sellerDocumentGrace: { value: 30, unit: 'calendar-days' },
    carrierDocumentGrace: { value: 60, unit: 'calendar-days' },
    carrierDocumentGraceLimit: { value: 120, unit: 'calendar-days' },
    resubmissionGrace: { value: 14, unit: 'calendar-days' },
    decisionAfterCompleteDossier: { value: 10, unit: 'working-days' },
    payoutAfterAcceptance: { value: 3, unit: 'working-days' },
    deductible: { value: { kind: 'none' }, unit: 'deductible' },
    exchangeRateTolerance: { value: 3, unit: 'calendar-days' },
    carrierNotice: { value: carrierDefaultsJson.notice, unit: 'carrier-contracts' },
    carrierLiability: { value: carrierDefaultsJson.regimes, unit: 'liability-regimes' },
    salvageElectionWindow: { value: 30, unit: 'calendar-days' },
    appealWindow: { value: 30, unit: 'calendar-days' },
    appealsAllowed: { value: 1, unit: 'appeals' },
    payeesAllowed: { value: ['seller', 'forwarder'], unit: 'payees' },
  },
};

const dayCount = 'DayCount (a whole number of days from 1 to 3650)';

const withParameters = (parameters: object) => ({
  ...defaults,
  parameters: { ...defaults.parameters, ...parameters },
});

interface Problem {
  readonly path: string;
  readonly expected: string;
  readonly found: string;
}

const policyInvalid = (problems: readonly Problem[]): PolicyInvalid => ({
  code: 'PolicyInvalid',
  problems,
  omitted: 0,
  message: `invalid policy: ${problems.map((p) => `${p.path}: expected ${p.expected}, found ${p.found}`).join('; ')}`,
});

/** A decode problem at `$.parameters.<parameter>.<field>`. */
const reported = (found: string, parameter: string, field: 'value' | 'unit', expected: string): Problem => ({
  path: `$.parameters.${parameter}.${field}`,
  expected,
  found,
});

const ref = (id: string, version: number): PolicyRef => {
  const decoded = PolicyRef.decode({ id, version });
  if (E.isLeft(decoded)) throw new Error(`bad policy ref fixture ${id}@${version}`);
  return decoded.right;
};

const valid = (input: unknown): Policy => {
  const checked = validatePolicy(input);
  if (E.isLeft(checked)) throw new Error(checked.left.message);
  return checked.right;
};

describe('defaultPolicy', () => {
  it('is parcel-standard version 1 with the documented defaults', () => {
    expect(defaultPolicy).toEqual({
      id: 'parcel-standard',
      version: 1,
      parameters: {
        inquiryWaitingPeriod: { value: 14, unit: 'calendar-days' },
        noMovementPeriod: { value: 7, unit: 'calendar-days' },
        internationalInquiryWaitingPeriod: { value: 14, unit: 'calendar-days' },
        internationalNoMovementPeriod: { value: 7, unit: 'calendar-days' },
        filingDeadline: { value: 120, unit: 'calendar-days' },
        damageNoticeWindow: { value: 14, unit: 'calendar-days' },
        theftWaitingPeriod: { value: 5, unit: 'calendar-days' },
        theftNoticeWindow: { value: 30, unit: 'calendar-days' },
        policeReportThreshold: { value: { minorUnits: 70_000, currency: 'CNY' }, unit: 'money' },
        sellerDocumentGrace: { value: 30, unit: 'calendar-days' },
        carrierDocumentGrace: { value: 60, unit: 'calendar-days' },
        carrierDocumentGraceLimit: { value: 120, unit: 'calendar-days' },
        resubmissionGrace: { value: 14, unit: 'calendar-days' },
        decisionAfterCompleteDossier: { value: 10, unit: 'working-days' },
        payoutAfterAcceptance: { value: 3, unit: 'working-days' },
        deductible: { value: { kind: 'none' }, unit: 'deductible' },
        exchangeRateTolerance: { value: 3, unit: 'calendar-days' },
        carrierNotice: { value: carrierDefaultsJson.notice, unit: 'carrier-contracts' },
        carrierLiability: { value: carrierDefaultsJson.regimes, unit: 'liability-regimes' },
        salvageElectionWindow: { value: 30, unit: 'calendar-days' },
        appealWindow: { value: 30, unit: 'calendar-days' },
        appealsAllowed: { value: 1, unit: 'appeals' },
        payeesAllowed: { value: ['seller', 'forwarder'], unit: 'payees' },
      },
    });
  });

  it('has exactly the parameters of the PolicyParameters codec', () => {
    expect(Object.keys(defaultPolicy.parameters)).toEqual(Object.keys(PolicyParameters.props));
  });
});

describe('policyParameterCatalogue', () => {
  const names = policyParameterCatalogue.map((entry) => entry.name);

  it('lists every parameter exactly once', () => {
    expect(names.length).toBe(new Set(names).size);
    expect([...names].sort()).toEqual(Object.keys(defaultPolicy.parameters).sort());
    expect([...names].sort()).toEqual(Object.keys(PolicyParameters.props).sort());
  });

  it.each(policyParameterCatalogue)('$name: default and unit match defaultPolicy', (entry) => {
    expect({ value: entry.defaultValue, unit: entry.unit }).toEqual(defaultPolicy.parameters[entry.name]);
  });

  it('gives each parameter a meaning and a basis', () => {
    expect(policyParameterCatalogue.filter((e) => e.meaning.trim() === '' || e.basis.trim() === '')).toEqual(
      [],
    );
  });
});

describe('validatePolicy', () => {
  it('accepts the default policy as JSON', () => {
    expect(validatePolicy(defaults)).toEqual(E.right(defaultPolicy));
    expect(validatePolicy(JSON.parse(JSON.stringify(defaultPolicy)))).toEqual(E.right(defaultPolicy));
  });

  it.each([
    ['zero', 0, '0'],
    ['negative', -3, '-3'],
    ['fractional', 1.5, '1.5'],
  ])('refuses a %s day count', (_kind, value, shown) => {
    expect(
      validatePolicy(withParameters({ inquiryWaitingPeriod: { value, unit: 'calendar-days' } })),
    ).toEqual(E.left(policyInvalid([reported(shown, 'inquiryWaitingPeriod', 'value', dayCount)])));
  });

  it('refuses a zero working-day count', () => {
    expect(
      validatePolicy(withParameters({ payoutAfterAcceptance: { value: 0, unit: 'working-days' } })),
    ).toEqual(E.left(policyInvalid([reported('0', 'payoutAfterAcceptance', 'value', dayCount)])));
  });

  it('refuses working days where calendar days are required', () => {
    expect(validatePolicy(withParameters({ filingDeadline: { value: 120, unit: 'working-days' } }))).toEqual(
      E.left(policyInvalid([reported('"working-days"', 'filingDeadline', 'unit', '"calendar-days"')])),
    );
  });

  it('refuses calendar days where working days are required', () => {
    expect(
      validatePolicy(withParameters({ decisionAfterCompleteDossier: { value: 10, unit: 'calendar-days' } })),
    ).toEqual(
      E.left(
        policyInvalid([
          reported('"calendar-days"', 'decisionAfterCompleteDossier', 'unit', '"working-days"'),
        ]),
      ),
    );
  });

  it('refuses a negative deductible amount', () => {
    const negative = { kind: 'amount', amount: { minorUnits: -500, currency: 'CNY' } };
    expect(validatePolicy(withParameters({ deductible: { value: negative, unit: 'deductible' } }))).toEqual(
      E.left(
        policyInvalid([
          { path: '$.parameters.deductible.value.amount.minorUnits', expected: 'MinorUnits', found: '-500' },
        ]),
      ),
    );
  });

  it('accepts a deductible amount, and a percentage of the limit with a minimum', () => {
    const amount = withParameters({
      deductible: {
        value: { kind: 'amount', amount: { minorUnits: 5000, currency: 'CNY' } },
        unit: 'deductible',
      },
    });
    expect(validatePolicy(amount)).toEqual(E.right(amount));
    const percentage = withParameters({
      deductible: {
        value: { kind: 'percentage', percent: '2.5', minimum: { minorUnits: 5000, currency: 'CNY' } },
        unit: 'deductible',
      },
    });
    expect(validatePolicy(percentage)).toEqual(E.right(percentage));
  });

  it('lists every decode problem of one policy', () => {
    const policy = withParameters({
      noMovementPeriod: { value: 0, unit: 'calendar-days' },
      deductible: {
        value: { kind: 'amount', amount: { minorUnits: 1.5, currency: 'CNY' } },
        unit: 'deductible',
      },
    });
    expect(validatePolicy(policy)).toEqual(
      E.left(
        policyInvalid([
          reported('0', 'noMovementPeriod', 'value', dayCount),
          { path: '$.parameters.deductible.value.amount.minorUnits', expected: 'MinorUnits', found: '1.5' },
        ]),
      ),
    );
  });

  const filingProblem = {
    path: '$.parameters.filingDeadline.value',
    expected: 'more days than inquiryWaitingPeriod or noMovementPeriod, or no loss inquiry could ever open',
    found: '7',
  };
  const internationalFilingProblem = {
    path: '$.parameters.filingDeadline.value',
    expected:
      'more days than internationalInquiryWaitingPeriod or internationalNoMovementPeriod, or no loss inquiry on an international parcel could ever open',
    found: '7',
  };
  const graceLimitProblem = (found: string) => ({
    path: '$.parameters.carrierDocumentGraceLimit.value',
    expected: 'at least carrierDocumentGrace (60)',
    found,
  });

  it('refuses a filing deadline no longer than either waiting period', () => {
    const policy = withParameters({
      inquiryWaitingPeriod: { value: 14, unit: 'calendar-days' },
      noMovementPeriod: { value: 7, unit: 'calendar-days' },
      filingDeadline: { value: 7, unit: 'calendar-days' },
    });
    expect(validatePolicy(policy)).toEqual(
      E.left(policyInvalid([filingProblem, internationalFilingProblem])),
    );
  });

  it('refuses a filing deadline no longer than either international waiting period', () => {
    const policy = withParameters({
      internationalInquiryWaitingPeriod: { value: 30, unit: 'calendar-days' },
      internationalNoMovementPeriod: { value: 20, unit: 'calendar-days' },
      filingDeadline: { value: 20, unit: 'calendar-days' },
    });
    expect(validatePolicy(policy)).toEqual(
      E.left(policyInvalid([{ ...internationalFilingProblem, found: '20' }])),
    );
  });

  it('accepts international waiting periods of 30 and 20 days with the default filing deadline', () => {
    const policy = withParameters({
      internationalInquiryWaitingPeriod: { value: 30, unit: 'calendar-days' },
      internationalNoMovementPeriod: { value: 20, unit: 'calendar-days' },
    });
    expect(validatePolicy(policy)).toEqual(E.right(policy));
  });

  it('refuses a theft notice window shorter than the theft waiting period', () => {
    const policy = withParameters({
      theftWaitingPeriod: { value: 10, unit: 'calendar-days' },
      theftNoticeWindow: { value: 9, unit: 'calendar-days' },
    });
    expect(validatePolicy(policy)).toEqual(
      E.left(
        policyInvalid([
          {
            path: '$.parameters.theftNoticeWindow.value',
            expected: 'at least theftWaitingPeriod (10), or no theft-after-delivery claim could ever open',
            found: '9',
          },
        ]),
      ),
    );
  });

  it('accepts a theft notice window equal to the theft waiting period', () => {
    const policy = withParameters({
      theftWaitingPeriod: { value: 10, unit: 'calendar-days' },
      theftNoticeWindow: { value: 10, unit: 'calendar-days' },
    });
    expect(validatePolicy(policy)).toEqual(E.right(policy));
  });

  it('refuses a police report threshold that is not money', () => {
    const policy = withParameters({ policeReportThreshold: { value: 70_000, unit: 'money' } });
    expect(validatePolicy(policy)).toEqual(
      E.left(policyInvalid([reported('70000', 'policeReportThreshold', 'value', 'Money')])),
    );
  });

  it('accepts a filing deadline longer than the shorter waiting period only', () => {
    const policy = withParameters({
      inquiryWaitingPeriod: { value: 14, unit: 'calendar-days' },
      noMovementPeriod: { value: 7, unit: 'calendar-days' },
      filingDeadline: { value: 8, unit: 'calendar-days' },
    });
    expect(validatePolicy(policy)).toEqual(E.right(policy));
  });

  it('refuses a carrier grace limit shorter than the carrier grace', () => {
    const policy = withParameters({ carrierDocumentGraceLimit: { value: 59, unit: 'calendar-days' } });
    expect(validatePolicy(policy)).toEqual(E.left(policyInvalid([graceLimitProblem('59')])));
  });

  it('accepts a carrier grace limit equal to the carrier grace', () => {
    const policy = withParameters({ carrierDocumentGraceLimit: { value: 60, unit: 'calendar-days' } });
    expect(validatePolicy(policy)).toEqual(E.right(policy));
  });

  it('lists both cross-field problems of one policy', () => {
    const policy = withParameters({
      filingDeadline: { value: 7, unit: 'calendar-days' },
      carrierDocumentGraceLimit: { value: 30, unit: 'calendar-days' },
    });
    expect(validatePolicy(policy)).toEqual(
      E.left(policyInvalid([filingProblem, internationalFilingProblem, graceLimitProblem('30')])),
    );
  });

  it('refuses a version of zero and a malformed id', () => {
    expect(validatePolicy({ ...defaults, id: 'Parcel Standard', version: 0 })).toEqual(
      E.left(
        policyInvalid([
          { path: '$.id', expected: 'PolicyId', found: '"Parcel Standard"' },
          { path: '$.version', expected: 'PositiveInteger', found: '0' },
        ]),
      ),
    );
  });
});

describe('policyBook', () => {
  const version2 = valid({
    ...withParameters({ payoutAfterAcceptance: { value: 5, unit: 'working-days' } }),
    version: 2,
  });
  const express = valid({ ...defaults, id: 'parcel-express' });

  it('resolves each policy by id and version', () => {
    const book = policyBook([defaultPolicy, version2, express]);
    expect(book.policies).toEqual([defaultPolicy, version2, express]);
    expect(book.resolve(ref('parcel-standard', 1))).toEqual(E.right(defaultPolicy));
    expect(book.resolve(ref('parcel-standard', 2))).toEqual(E.right(version2));
    expect(book.resolve(ref('parcel-express', 1))).toEqual(E.right(express));
  });

  it('answers an unknown version or id with UnknownPolicy', () => {
    const book = policyBook([defaultPolicy, express]);
    expect(book.resolve(ref('parcel-standard', 2))).toEqual(
      E.left({
        code: 'UnknownPolicy',
        policy: { id: 'parcel-standard', version: 2 },
        message: 'policy parcel-standard@2 is not in the policy book',
      }),
    );
    expect(book.resolve(ref('parcel-express', 2))).toEqual(
      E.left({
        code: 'UnknownPolicy',
        policy: { id: 'parcel-express', version: 2 },
        message: 'policy parcel-express@2 is not in the policy book',
      }),
    );
    expect(book.resolve(ref('parcel-premium', 1))).toEqual(
      E.left({
        code: 'UnknownPolicy',
        policy: { id: 'parcel-premium', version: 1 },
        message: 'policy parcel-premium@1 is not in the policy book',
      }),
    );
  });

  it('holds nothing when empty', () => {
    expect(policyBook([]).resolve(ref('parcel-standard', 1))).toEqual(
      E.left({
        code: 'UnknownPolicy',
        policy: { id: 'parcel-standard', version: 1 },
        message: 'policy parcel-standard@1 is not in the policy book',
      }),
    );
  });
});

describe('policyBook construction', () => {
  it('refuses the same policy version twice', () => {
    expect(() => policyBook([defaultPolicy, defaultPolicy])).toThrow(
      new RangeError('policy parcel-standard@1 is in the policy book twice'),
    );
  });
});
