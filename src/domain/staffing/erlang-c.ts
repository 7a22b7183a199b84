/**
 * Erlang C: how many agents an interval needs so that enough contacts are answered in time.
 *
 * With traffic A Erlangs offered to n agents (contacts arriving at random, served in turn), the
 * probability that a contact has to wait is Erlang C. It is computed from Erlang B by the
 * recurrence B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1)), then C = n·B / (n − A·(1 − B)). Every
 * step stays in [0, 1], so there are no factorials or powers to overflow, even at 1000 Erlangs.
 */
import {
  assertValidStaffingInput, type StaffingInput, type StaffingInputWithShrinkage,
} from './staffing-input';
import { erlangs, seconds, type Erlangs, type Seconds } from './units';

export { validateStaffingInput, type StaffingInput, type StaffingInputWithShrinkage, type StaffingIssue } from './staffing-input';

/** Rounding slack for comparisons of computed ratios with targets (13/0.65 must stay 20, not 20.000000000000004). */
const EPSILON = 1e-9;

/**
 * Offered traffic in Erlangs: contacts × handle time / interval length.
 *
 * @example
 * trafficErlangs(100, 30, 180); // 10: 100 calls of 3 minutes in 30 minutes
 */
export function trafficErlangs(volume: number, intervalMinutes: number, handleTimeSeconds: number): Erlangs {
  return erlangs((volume * handleTimeSeconds) / (intervalMinutes * 60));
}

/**
 * Erlang B (blocking probability) by the stable recurrence.
 *
 * @example
 * erlangB(erlangs(2), 3); // 4/19 = 0.2105...
 */
export function erlangB(traffic: Erlangs, agents: number): number {
  let blocking = 1;
  for (let k = 1; k <= agents; k += 1) blocking = (traffic * blocking) / (k + traffic * blocking);
  return blocking;
}

/** Erlang C from Erlang B for the same traffic and agents; 1 when agents cannot keep up (n <= A). */
function erlangCFromB(traffic: number, agents: number, blocking: number): number {
  if (agents <= traffic) return 1;
  return (agents * blocking) / (agents - traffic * (1 - blocking));
}

/**
 * Probability that a contact waits, for `agents` agents and `traffic` Erlangs. 1 when n <= A (the
 * queue grows without bound); 0 for no traffic.
 *
 * @example
 * erlangC(erlangs(10), 11); // 0.6821...
 */
export function erlangC(traffic: Erlangs, agents: number): number {
  if (traffic <= 0) return 0;
  return erlangCFromB(traffic, agents, erlangB(traffic, agents));
}

function serviceLevelFromC(traffic: number, agents: number, waitProbability: number, targetAnswer: number, handleTime: number): number {
  if (traffic <= 0) return 1;
  if (agents <= traffic) return 0;
  return 1 - waitProbability * Math.exp((-(agents - traffic) * targetAnswer) / handleTime);
}

/**
 * Share of contacts answered within `targetAnswer`: 1 − C·exp(−(n − A)·T / AHT).
 *
 * @example
 * serviceLevel(erlangs(10), 13, seconds(20), seconds(180)); // 0.7956..., just short of 80/20
 */
export function serviceLevel(traffic: Erlangs, agents: number, targetAnswer: Seconds, handleTime: Seconds): number {
  return serviceLevelFromC(traffic, agents, erlangC(traffic, agents), targetAnswer, handleTime);
}

/**
 * Average speed of answer, C·AHT / (n − A), in seconds; Infinity when n <= A.
 *
 * @example
 * averageSpeedOfAnswer(erlangs(10), 14, seconds(180)); // 7.84 s
 */
export function averageSpeedOfAnswer(traffic: Erlangs, agents: number, handleTime: Seconds): Seconds {
  if (traffic <= 0) return seconds(0);
  if (agents <= traffic) return seconds(Infinity);
  return seconds((erlangC(traffic, agents) * handleTime) / (agents - traffic));
}

/**
 * Share of agents' time spent on contacts, A / n; 0 with no agents.
 *
 * @example
 * occupancy(erlangs(10), 14); // 0.714
 */
export function occupancy(traffic: Erlangs, agents: number): number {
  return agents > 0 ? traffic / agents : 0;
}

/**
 * The fewest agents n > A whose service level reaches the target and whose occupancy stays within
 * the cap. 0 for no volume. Throws a RangeError on invalid input (validate at the edge first).
 *
 * @example
 * requiredAgents({ volume: 100, intervalMinutes: 30, handleTimeSeconds: 180, serviceLevel: 0.8,
 *   targetAnswerSeconds: 20, maxOccupancy: 1 }); // 14 (13 agents give 79.6%)
 */
export function requiredAgents(input: StaffingInput): number {
  assertValidStaffingInput(input, false);
  return searchAgents(input);
}

function searchAgents(input: StaffingInput): number {
  const traffic = trafficErlangs(input.volume, input.intervalMinutes, input.handleTimeSeconds);
  if (traffic <= 0) return 0;
  // Walk n upwards from the first value above A, carrying Erlang B along so each step costs O(1).
  let agents = Math.floor(traffic) + 1;
  let blocking = erlangB(traffic, agents);
  for (;;) {
    const waitProbability = erlangCFromB(traffic, agents, blocking);
    const level = serviceLevelFromC(traffic, agents, waitProbability, input.targetAnswerSeconds, input.handleTimeSeconds);
    if (level >= input.serviceLevel - EPSILON && traffic / agents <= input.maxOccupancy + EPSILON) return agents;
    agents += 1;
    blocking = (traffic * blocking) / (agents + traffic * blocking);
  }
}

export interface IntervalStaffing {
  /** Agents on contacts needed by Erlang C (and the occupancy cap). */
  agents: number;
  /** Agents grossed up for shrinkage: ceil(agents / (1 − shrinkage)). */
  requiredHeadcount: number;
  /** Service level those agents reach, 0..1. */
  serviceLevel: number;
  averageSpeedOfAnswer: Seconds;
  occupancy: number;
  trafficErlangs: Erlangs;
}

/**
 * Erlang figures for a given number of agents on contacts, e.g. to show what a hand-set head count achieves.
 *
 * @example
 * evaluateAgents({ volume: 100, intervalMinutes: 30, handleTimeSeconds: 180, serviceLevel: 0.8,
 *   targetAnswerSeconds: 20, maxOccupancy: 1 }, 13).serviceLevel; // 0.7956
 */
export function evaluateAgents(input: StaffingInput, agents: number): Omit<IntervalStaffing, 'requiredHeadcount'> {
  const traffic = trafficErlangs(input.volume, input.intervalMinutes, input.handleTimeSeconds);
  const handleTime = seconds(input.handleTimeSeconds);
  return {
    agents,
    serviceLevel: serviceLevel(traffic, agents, seconds(input.targetAnswerSeconds), handleTime),
    averageSpeedOfAnswer: averageSpeedOfAnswer(traffic, agents, handleTime),
    occupancy: occupancy(traffic, agents),
    trafficErlangs: traffic,
  };
}

/**
 * Head count to roster so that `agents` remain on contacts after shrinkage.
 *
 * @example
 * grossUpForShrinkage(14, 0.3); // 20
 * grossUpForShrinkage(7, 0.3); // 10, although 7 / 0.7 is 10.000000000000002 in floating point
 */
export function grossUpForShrinkage(agents: number, shrinkage: number): number {
  return agents === 0 ? 0 : Math.ceil(agents / (1 - shrinkage) - EPSILON);
}

/**
 * Everything a scheduler needs for one interval: agents, head count after shrinkage, and the
 * service level, speed of answer and occupancy those agents give.
 *
 * @example
 * staffInterval({ volume: 100, intervalMinutes: 30, handleTimeSeconds: 180, serviceLevel: 0.8,
 *   targetAnswerSeconds: 20, maxOccupancy: 0.85, shrinkage: 0.3 });
 * // { agents: 14, requiredHeadcount: 20, serviceLevel: 0.888, averageSpeedOfAnswer: 7.84, occupancy: 0.714, trafficErlangs: 10 }
 */
export function staffInterval(input: StaffingInputWithShrinkage): IntervalStaffing {
  assertValidStaffingInput(input, true);
  const agents = searchAgents(input);
  return { ...evaluateAgents(input, agents), requiredHeadcount: grossUpForShrinkage(agents, input.shrinkage) };
}
