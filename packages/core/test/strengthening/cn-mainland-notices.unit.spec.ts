import { describe, expect, it } from 'vitest';
import { cnMainlandSchedules } from '../../src/calendar/index.js';

const issuedBy = 'General Office of the State Council of the PRC (国务院办公厅)';
const named = (name: string, localName: string) => ({ name, localName });

// The days are checked in ../calendar/cn-mainland.unit.spec.ts; this pins what the data says of them.
describe('cn-mainland schedules', () => {
  it('cite each State Council notice and name each break as it does', () => {
    expect(
      cnMainlandSchedules.map(({ year, revision, notice, holidays }) => ({
        year,
        revision,
        notice,
        holidays: holidays.map(({ name, localName }) => ({ name, localName })),
      })),
    ).toEqual([
      {
        year: 2025,
        revision: 1,
        notice: { title: '国务院办公厅关于2025年部分节假日安排的通知', issuedBy, issuedOn: '2024-11-12' },
        holidays: [
          named("New Year's Day", '元旦'),
          named('Spring Festival', '春节'),
          named('Qingming Festival', '清明节'),
          named('Labour Day', '劳动节'),
          named('Dragon Boat Festival', '端午节'),
          named('National Day and Mid-Autumn Festival', '国庆节、中秋节'),
        ],
      },
      {
        year: 2026,
        revision: 1,
        notice: { title: '国务院办公厅关于2026年部分节假日安排的通知', issuedBy, issuedOn: '2025-11-04' },
        holidays: [
          named("New Year's Day", '元旦'),
          named('Spring Festival', '春节'),
          named('Qingming Festival', '清明节'),
          named('Labour Day', '劳动节'),
          named('Dragon Boat Festival', '端午节'),
          named('Mid-Autumn Festival', '中秋节'),
          named('National Day', '国庆节'),
        ],
      },
    ]);
  });
});
