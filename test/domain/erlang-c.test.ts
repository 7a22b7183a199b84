import {
  averageSpeedOfAnswer, erlangB, erlangC, occupancy, requiredAgents, serviceLevel, staffInterval, trafficErlangs,
  validateStaffingInput, type StaffingInput,
} from '../../src/domain/staffing/erlang-c';
import { erlangs, seconds } from '../../src/domain/staffing/units';

/**
 * Erlang C straight from the textbook formula, with powers and factorials, for small n only:
 * C = (Aⁿ/n! · n/(n−A)) / (Σ_{k<n} Aᵏ/k! + Aⁿ/n! · n/(n−A)).
 */
function referenceErlangC(traffic: number, agents: number): number {
  let factorial = 1;
  let sum = 0;
  for (let k = 0; k < agents; k += 1) {
    if (k > 0) factorial *= k;
    sum += traffic ** k / factorial;
  }
  const top = (traffic ** agents / (factorial * agents)) * (agents / (agents - traffic));
  return top / (sum + top);
}

const classic: StaffingInput = {
  volume: 100, intervalMinutes: 30, handleTimeSeconds: 180, serviceLevel: 0.8, targetAnswerSeconds: 20, maxOccupancy: 1,
};

describe('erlangB and erlangC', () => {
  it('agree with the factorial formula for small traffic', () => {
    for (const traffic of [0.5, 1, 2.5, 7, 10, 20.5]) {
      for (let agents = Math.floor(traffic) + 1; agents <= Math.floor(traffic) + 10; agents += 1) {
        expect(erlangC(erlangs(traffic), agents)).toBeCloseTo(referenceErlangC(traffic, agents), 12);
      }
    }
  });

  it('gives Erlang B of 2 Erlangs on 3 lines as 4/19, worked by hand', () => {
    // B = (A³/3!) / (1 + A + A²/2 + A³/3!) = (8/6) / (1 + 2 + 2 + 8/6) = 4/19
    expect(erlangB(erlangs(2), 3)).toBeCloseTo(4 / 19, 15);
  });

  it('is 1 when agents cannot keep up and 0 with no traffic', () => {
    expect(erlangC(erlangs(10), 10)).toBe(1);
    expect(erlangC(erlangs(10), 7)).toBe(1);
    expect(erlangC(erlangs(0), 3)).toBe(0);
  });
});

describe('the classic worked example: 100 calls in 30 minutes, 180 s handle time, 80/20', () => {
  const traffic = trafficErlangs(100, 30, 180);

  it('offers 10 Erlangs', () => {
    expect(traffic).toBe(10);
  });

  it('matches the published figures for 11 agents: 68.2% wait, 39.0% service level', () => {
    // callcentrehelper.com's Erlang C worked example; both also follow from the reference formula.
    expect(erlangC(traffic, 11)).toBeCloseTo(0.682, 3);
    expect(serviceLevel(traffic, 11, seconds(20), seconds(180))).toBeCloseTo(0.39, 2);
    expect(erlangC(traffic, 11)).toBeCloseTo(referenceErlangC(10, 11), 12);
  });

  it('needs 14 agents: 13 fall just short of 80%', () => {
    expect(serviceLevel(traffic, 13, seconds(20), seconds(180))).toBeLessThan(0.8);
    expect(serviceLevel(traffic, 14, seconds(20), seconds(180))).toBeGreaterThanOrEqual(0.8);
    expect(requiredAgents(classic)).toBe(14);
  });

  it('reports the speed of answer and occupancy of 14 agents', () => {
    const expectedWait = referenceErlangC(10, 14);
    expect(averageSpeedOfAnswer(traffic, 14, seconds(180))).toBeCloseTo((expectedWait * 180) / 4, 10);
    expect(occupancy(traffic, 14)).toBeCloseTo(10 / 14, 15);
  });

  it('grosses 14 agents up to 20 heads at 30% shrinkage', () => {
    const staffed = staffInterval({ ...classic, shrinkage: 0.3 });
    expect(staffed).toMatchObject({ agents: 14, requiredHeadcount: 20, trafficErlangs: 10 });
    expect(staffed.serviceLevel).toBeCloseTo(1 - referenceErlangC(10, 14) * Math.exp(-4 * 20 / 180), 12);
  });
});

describe('requiredAgents', () => {
  const cases: StaffingInput[] = [
    classic,
    { ...classic, volume: 37, handleTimeSeconds: 420, serviceLevel: 0.9, targetAnswerSeconds: 30 },
    { ...classic, volume: 3, intervalMinutes: 60, handleTimeSeconds: 600, serviceLevel: 0.7, targetAnswerSeconds: 60 },
    { ...classic, volume: 812, intervalMinutes: 15, handleTimeSeconds: 240, serviceLevel: 0.95, targetAnswerSeconds: 15 },
  ];

  it.each(cases)('is the smallest n that reaches the target (volume $volume)', (input) => {
    const traffic = trafficErlangs(input.volume, input.intervalMinutes, input.handleTimeSeconds);
    const level = (agents: number): number => serviceLevel(traffic, agents, seconds(input.targetAnswerSeconds), seconds(input.handleTimeSeconds));
    const agents = requiredAgents(input);
    expect(agents).toBeGreaterThan(traffic);
    expect(level(agents)).toBeGreaterThanOrEqual(input.serviceLevel);
    expect(level(agents - 1)).toBeLessThan(input.serviceLevel);
  });

  it('lets the occupancy cap bind when it asks for more than the service level', () => {
    // 10 Erlangs at most 65% busy: 10 / 0.65 = 15.4, so 16 agents, though 14 already reach 80/20.
    expect(requiredAgents({ ...classic, maxOccupancy: 0.65 })).toBe(16);
    // 13 Erlangs at 65% is exactly 20 agents; floating point must not push it to 21.
    expect(requiredAgents({ ...classic, volume: 130, maxOccupancy: 0.65 })).toBe(20);
  });

  it('stays finite, sensible and fast at 500 Erlangs', () => {
    const started = process.hrtime.bigint();
    const staffed = staffInterval({ ...classic, volume: 5000, shrinkage: 0.3 });
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    expect(staffed.trafficErlangs).toBe(500);
    expect(staffed.agents).toBeGreaterThan(500);
    expect(staffed.agents).toBeLessThan(530);
    expect(staffed.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(Number.isFinite(staffed.averageSpeedOfAnswer)).toBe(true);
    expect(staffed.occupancy).toBeLessThan(1);
    expect(serviceLevel(erlangs(500), staffed.agents - 1, seconds(20), seconds(180))).toBeLessThan(0.8);
    expect(elapsedMs).toBeLessThan(50);
  });

  it('stays finite at 5000 Erlangs, where factorials would overflow', () => {
    const agents = requiredAgents({ ...classic, volume: 50_000 });
    expect(agents).toBeGreaterThan(5000);
    expect(agents).toBeLessThan(5100);
    expect(Number.isFinite(erlangC(erlangs(5000), agents))).toBe(true);
  });
});

describe('staffInterval with no volume', () => {
  it('needs nobody and meets the service level', () => {
    expect(staffInterval({ ...classic, volume: 0, shrinkage: 0.3 })).toEqual({
      agents: 0, requiredHeadcount: 0, serviceLevel: 1, averageSpeedOfAnswer: 0, occupancy: 0, trafficErlangs: 0,
    });
  });
});

describe('shrinkage gross-up', () => {
  it.each([
    [0, 14], [0.3, 20], [0.35, 22], [0.5, 28],
  ])('at %f turns 14 agents into %i heads', (shrinkage, heads) => {
    expect(staffInterval({ ...classic, shrinkage }).requiredHeadcount).toBe(heads);
  });

  it('does not round an exact quotient up (7 agents at 30% are exactly 10 heads)', () => {
    // 4 Erlangs at 80/20 with 180 s handle time need 7 agents; 7 / 0.7 is 10.000000000000002 in floating point.
    const staffed = staffInterval({ ...classic, volume: 40, shrinkage: 0.3 });
    expect(staffed.agents).toBe(7);
    expect(staffed.requiredHeadcount).toBe(10);
  });
});

describe('validateStaffingInput', () => {
  it('accepts a valid input', () => {
    expect(validateStaffingInput({ ...classic, shrinkage: 0.3 }, { withShrinkage: true })).toEqual([]);
  });

  it.each([
    ['volume', -5, '>= 0'],
    ['handleTimeSeconds', 0, '> 0'],
    ['serviceLevel', 1, 'in (0, 1), both ends excluded'],
    ['serviceLevel', 0, 'in (0, 1), both ends excluded'],
    ['targetAnswerSeconds', -20, '> 0'],
    ['shrinkage', 1, 'in [0, 1)'],
    ['shrinkage', -0.1, 'in [0, 1)'],
    ['maxOccupancy', 0, 'in (0, 1]'],
    ['maxOccupancy', 1.05, 'in (0, 1]'],
    ['intervalMinutes', 20, 'one of 15, 30, 60'],
  ])('names %s, quotes %p and gives the range', (field, value, range) => {
    const issues = validateStaffingInput({ ...classic, shrinkage: 0.3, [field]: value }, { withShrinkage: true });
    expect(issues).toEqual([{ field, value, message: `${field} must be ${range}; got ${value}` }]);
  });

  it('reports every bad field at once and refuses to compute', () => {
    const bad = { ...classic, volume: -1, handleTimeSeconds: -3 };
    expect(validateStaffingInput(bad).map((entry) => entry.field)).toEqual(['volume', 'handleTimeSeconds']);
    expect(() => requiredAgents(bad)).toThrow(/volume must be >= 0; got -1; handleTimeSeconds must be > 0; got -3/);
  });

  it('quotes a value that is not a number', () => {
    expect(validateStaffingInput({ ...classic, volume: 'ten' })).toEqual([
      { field: 'volume', value: 'ten', message: 'volume must be a number >= 0; got "ten"' },
    ]);
  });
});
