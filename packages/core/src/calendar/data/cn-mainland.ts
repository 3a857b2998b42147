import { localDate as d } from '../../time/local-date.js';
import { type BusinessCalendar, calendarId } from '../business-calendar.js';
import { officialCalendar, type YearSchedule } from '../official-calendar.js';

const issuedBy = 'General Office of the State Council of the PRC (国务院办公厅)';

/**
 * The State Council's yearly holiday arrangements (放假调休安排) behind {@link cnMainlandCalendar}, oldest
 * first. A new year is one more entry; an amended year raises its revision. Days off include the weekend
 * days inside each break.
 */
export const cnMainlandSchedules: readonly YearSchedule[] = [
  {
    year: 2025,
    revision: 1,
    notice: { title: '国务院办公厅关于2025年部分节假日安排的通知', issuedBy, issuedOn: d('2024-11-12') },
    holidays: [
      {
        name: "New Year's Day",
        localName: '元旦',
        daysOff: { first: d('2025-01-01'), last: d('2025-01-01') },
        makeUpWorkingDays: [],
      },
      {
        name: 'Spring Festival',
        localName: '春节',
        daysOff: { first: d('2025-01-28'), last: d('2025-02-04') },
        makeUpWorkingDays: [d('2025-01-26'), d('2025-02-08')],
      },
      {
        name: 'Qingming Festival',
        localName: '清明节',
        daysOff: { first: d('2025-04-04'), last: d('2025-04-06') },
        makeUpWorkingDays: [],
      },
      {
        name: 'Labour Day',
        localName: '劳动节',
        daysOff: { first: d('2025-05-01'), last: d('2025-05-05') },
        makeUpWorkingDays: [d('2025-04-27')],
      },
      {
        name: 'Dragon Boat Festival',
        localName: '端午节',
        daysOff: { first: d('2025-05-31'), last: d('2025-06-02') },
        makeUpWorkingDays: [],
      },
      {
        name: 'National Day and Mid-Autumn Festival',
        localName: '国庆节、中秋节',
        daysOff: { first: d('2025-10-01'), last: d('2025-10-08') },
        makeUpWorkingDays: [d('2025-09-28'), d('2025-10-11')],
      },
    ],
  },
  {
    year: 2026,
    revision: 1,
    notice: { title: '国务院办公厅关于2026年部分节假日安排的通知', issuedBy, issuedOn: d('2025-11-04') },
    holidays: [
      {
        name: "New Year's Day",
        localName: '元旦',
        daysOff: { first: d('2026-01-01'), last: d('2026-01-03') },
        makeUpWorkingDays: [d('2026-01-04')],
      },
      {
        name: 'Spring Festival',
        localName: '春节',
        daysOff: { first: d('2026-02-15'), last: d('2026-02-23') },
        makeUpWorkingDays: [d('2026-02-14'), d('2026-02-28')],
      },
      {
        name: 'Qingming Festival',
        localName: '清明节',
        daysOff: { first: d('2026-04-04'), last: d('2026-04-06') },
        makeUpWorkingDays: [],
      },
      {
        name: 'Labour Day',
        localName: '劳动节',
        daysOff: { first: d('2026-05-01'), last: d('2026-05-05') },
        makeUpWorkingDays: [d('2026-05-09')],
      },
      {
        name: 'Dragon Boat Festival',
        localName: '端午节',
        daysOff: { first: d('2026-06-19'), last: d('2026-06-21') },
        makeUpWorkingDays: [],
      },
      {
        name: 'Mid-Autumn Festival',
        localName: '中秋节',
        daysOff: { first: d('2026-09-25'), last: d('2026-09-27') },
        makeUpWorkingDays: [],
      },
      {
        name: 'National Day',
        localName: '国庆节',
        daysOff: { first: d('2026-10-01'), last: d('2026-10-07') },
        makeUpWorkingDays: [d('2026-09-20'), d('2026-10-10')],
      },
    ],
  },
];

/** Mainland China working days in Asia/Shanghai: State Council public holidays and make-up working days. */
export const cnMainlandCalendar: BusinessCalendar = officialCalendar({
  id: calendarId('cn-mainland'),
  name: 'Mainland China (State Council public holidays)',
  zone: 'Asia/Shanghai',
  years: cnMainlandSchedules,
});
