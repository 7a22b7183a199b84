/**
 * Which contract terms hold on which days of a period: Erlang C needs the service level and answer
 * target of the contract valid on each date, and a contract may end or change mid-period.
 */
import { DateTime } from 'luxon';

export interface ContractTerms {
  startDate: string;
  /** Inclusive. */
  endDate: string;
  serviceLevel: number;
  targetAnswerSeconds: number;
}

/** Consecutive dates under one contract's terms. */
export interface ContractRun {
  startDate: string;
  endDate: string;
  serviceLevel: number;
  targetAnswerSeconds: number;
}

export interface PeriodDay {
  date: string;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
}

/**
 * Every date of a period with its weekday, both ends included.
 *
 * @example periodDays('2026-03-07', '2026-03-08'); // [{ date: '2026-03-07', weekday: 6 }, { date: '2026-03-08', weekday: 7 }]
 */
export function periodDays(startDate: string, endDate: string): PeriodDay[] {
  const days: PeriodDay[] = [];
  const end = DateTime.fromISO(endDate, { zone: 'utc' });
  for (let day = DateTime.fromISO(startDate, { zone: 'utc' }); day <= end; day = day.plus({ days: 1 })) {
    days.push({ date: day.toISODate() ?? '', weekday: day.weekday });
  }
  return days;
}

/**
 * The period cut into runs of dates under one contract, and the dates no contract covers. When
 * contracts overlap (the database allows one active contract per client at a time) the first wins.
 *
 * @example
 * contractRuns(periodDays('2026-03-01', '2026-03-03'), [{ startDate: '2026-03-02', endDate: '2026-12-31', serviceLevel: 0.8, targetAnswerSeconds: 30 }]);
 * // { runs: [{ startDate: '2026-03-02', endDate: '2026-03-03', serviceLevel: 0.8, targetAnswerSeconds: 30 }], uncovered: ['2026-03-01'] }
 */
export function contractRuns(days: readonly PeriodDay[], contracts: readonly ContractTerms[]): { runs: ContractRun[]; uncovered: string[] } {
  const runs: ContractRun[] = [];
  const uncovered: string[] = [];
  let current: { run: ContractRun; contract: ContractTerms } | null = null;
  for (const { date } of days) {
    const contract = contracts.find((terms) => terms.startDate <= date && date <= terms.endDate);
    if (!contract) {
      uncovered.push(date);
      current = null;
    } else if (current && current.contract === contract) {
      current.run.endDate = date;
    } else {
      current = { run: { startDate: date, endDate: date, serviceLevel: contract.serviceLevel, targetAnswerSeconds: contract.targetAnswerSeconds }, contract };
      runs.push(current.run);
    }
  }
  return { runs, uncovered };
}
