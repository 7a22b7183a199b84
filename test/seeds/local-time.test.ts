import { localIntervalRealMinutes, periodDates } from '../../seeds/local-time';
import { createRandom } from '../../seeds/random';

describe('localIntervalRealMinutes', () => {
  it('counts an ordinary local hour as 60 minutes', () => {
    expect(localIntervalRealMinutes('America/New_York', '2026-03-02', '09:00', '10:00')).toBe(60);
  });

  it('gives the skipped spring-forward hour no time (New York, 2026-03-08)', () => {
    expect(localIntervalRealMinutes('America/New_York', '2026-03-08', '02:00', '03:00')).toBe(0);
    expect(localIntervalRealMinutes('America/New_York', '2026-03-08', '00:00', '24:00')).toBe(23 * 60);
  });

  it('counts the repeated fall-back hour twice (New York, 2026-11-01)', () => {
    expect(localIntervalRealMinutes('America/New_York', '2026-11-01', '01:00', '02:00')).toBe(120);
    expect(localIntervalRealMinutes('America/New_York', '2026-11-01', '00:00', '24:00')).toBe(25 * 60);
  });

  it('leaves a zone without DST alone (Phoenix, 2026-03-08)', () => {
    expect(localIntervalRealMinutes('America/Phoenix', '2026-03-08', '00:00', '24:00')).toBe(24 * 60);
  });
});

describe('periodDates', () => {
  it('lists every date, both ends included, across a month end', () => {
    expect(periodDates('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });
});

describe('createRandom', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const draw = (seed: number): number[] => {
      const random = createRandom(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('keeps integers within bounds and reaches both ends', () => {
    const random = createRandom(1);
    const rolls = Array.from({ length: 2000 }, () => random.int(1, 6));
    expect(Math.min(...rolls)).toBe(1);
    expect(Math.max(...rolls)).toBe(6);
  });

  it('shuffles without losing or changing items', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const shuffled = createRandom(3).shuffle(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
