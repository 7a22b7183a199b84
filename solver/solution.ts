/** Output of the roster solver and of the evaluator. */

/** Parts of an assignment's alignment; `score` is their weighted sum (see options.ts). */
export interface AlignmentParts {
  readonly proficiency: number;
  readonly interest: number;
  readonly shiftPreference: number;
  readonly continuity: number;
  readonly score: number;
}

/** One analyst on one shift instance on one queue. */
export interface Assignment {
  readonly analystId: string;
  readonly shiftId: string;
  readonly queueId: string;
}

export interface ScoredAssignment extends Assignment {
  readonly date: string;
  readonly templateId: string;
  /** The shift instance's exact instants (ISO, as given in the problem). */
  readonly start: string;
  readonly end: string;
  readonly development: boolean;
  readonly alignment: AlignmentParts;
}

/** A broken hard rule, named so a scheduler can act on it. */
export interface Violation {
  readonly rule: string;
  readonly analystId?: string;
  readonly queueId?: string;
  readonly shiftId?: string;
  readonly date?: string;
  /** By how much (minutes, days, shifts, weekends), when the rule has an amount. */
  readonly amount?: number;
  readonly message: string;
}

export interface TargetCoverage {
  readonly targetId: string;
  readonly required: number;
  readonly covered: number;
  readonly shortfall: number;
  readonly surplus: number;
}

/**
 * Every soft term, in objective units (all >= 0), and the objective it sums to (minimised).
 * `alignment` is weight * sum(ceiling - score); `continuity` prices assignments off the usual client.
 */
export interface ObjectiveTerms {
  readonly underCoverage: number;
  readonly overCoverage: number;
  readonly requests: number;
  readonly alignment: number;
  readonly continuity: number;
  readonly fairness: number;
  readonly minMinutes: number;
  readonly minConsecutiveDays: number;
  readonly minConsecutiveDaysOff: number;
}

export interface RosterFigures {
  readonly coverage: readonly TargetCoverage[];
  readonly shortfallTotal: number;
  readonly surplusTotal: number;
  readonly alignmentTotal: number;
  readonly alignmentMean: number;
  /** Largest max-minus-min count over fairness groups, nights and weekends apart. */
  readonly fairnessSpread: { readonly nights: number; readonly weekends: number };
  readonly requestsHonoured: number;
  readonly requestsTotal: number;
  readonly developmentShifts: number;
}

export interface Evaluation {
  readonly violations: readonly Violation[];
  readonly terms: ObjectiveTerms;
  readonly objective: number;
  readonly figures: RosterFigures;
  readonly assignments: readonly ScoredAssignment[];
}

/**
 * optimal: proved within the gap tolerance; feasible: a roster that keeps every hard rule, the
 * time limit struck before optimality was proved (see bound and gap); timedout: the limit struck
 * before any roster was found; infeasible: the hard rules conflict (see diagnostics); invalid: the
 * input is malformed (see diagnostics); error: a backend failed (see diagnostics).
 */
export type SolveStatus = 'optimal' | 'feasible' | 'infeasible' | 'timedout' | 'invalid' | 'error';

export interface RosterSolution {
  readonly status: SolveStatus;
  readonly method: string;
  readonly backend: string;
  readonly assignments: readonly ScoredAssignment[];
  /** Objective as the evaluator computes it, or null without a roster. */
  readonly objective: number | null;
  /** A valid lower bound on the objective, or null when none was proved. */
  readonly bound: number | null;
  /** (objective - bound) / max(1, |objective|), or null. */
  readonly gap: number | null;
  readonly figures: RosterFigures | null;
  readonly terms: ObjectiveTerms | null;
  /** Broken hard rules of the returned roster (empty unless input was infeasible). */
  readonly violations: readonly Violation[];
  /** Why there is no roster: validation issues or infeasibility explanations. */
  readonly diagnostics: readonly Violation[];
  readonly variables: number;
  readonly constraints: number;
  readonly seconds: number;
}
