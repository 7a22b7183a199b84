/** Where a solve is, as handed to `SolveOptions.onProgress`. */
export interface SolveProgress {
  /** plan, start, lns, mip (the final full MIP) or done. */
  readonly phase: string;
  readonly elapsedSeconds: number;
  /** The incumbent roster's objective, or null while there is none. */
  readonly objective: number | null;
  /** A proved lower bound on every roster's objective, or null. */
  readonly bound: number | null;
  /** (objective - bound) / max(1, |objective|), or null while either is unknown. */
  readonly gap: number | null;
}

export type SolvePhase = 'plan' | 'start' | 'lns' | 'mip' | 'done';

/** What a solution method calls when it enters a phase or finds a better roster. */
export type ProgressReport = (phase: SolvePhase, objective: number | null, bound: number | null) => void;

/**
 * Relative gap between a roster and a lower bound; never negative.
 * @example relativeGap(110, 100) // 0.0909...
 */
export function relativeGap(objective: number | null, bound: number | null): number | null {
  if (objective === null || bound === null) return null;
  return Math.max(0, objective - bound) / Math.max(1, Math.abs(objective));
}

/**
 * A report that forwards to `onProgress` with the time since `startedMs`. The listener is the
 * caller's code: if it throws, the solve carries on as if it had returned.
 * @example const report = progressReporter((p) => console.log(p.phase), Date.now()); report('plan', null, null);
 */
export function progressReporter(onProgress: ((progress: SolveProgress) => void) | undefined, startedMs: number): ProgressReport {
  if (!onProgress) return () => undefined;
  return (phase, objective, bound) => {
    try {
      onProgress({ phase, elapsedSeconds: (Date.now() - startedMs) / 1000, objective, bound, gap: relativeGap(objective, bound) });
    } catch {
      // Ignored on purpose: a broken progress listener must not cost the caller the roster.
    }
  };
}
