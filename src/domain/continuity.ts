/** One worked assignment of a past roster, as far as continuity cares. */
export interface PastAssignment {
  readonly analystId: number;
  readonly clientId: number;
}

/**
 * The client each analyst worked most in a past roster: the team a client saw last period is the
 * team it should see again. Ties go to the lower client id, so the answer is deterministic.
 *
 * @example mostWorkedClient([{ analystId: 1, clientId: 4 }, { analystId: 1, clientId: 4 }, { analystId: 1, clientId: 2 }])
 * // Map { 1 => 4 }
 */
export function mostWorkedClient(assignments: readonly PastAssignment[]): Map<number, number> {
  const counts = new Map<number, Map<number, number>>();
  for (const { analystId, clientId } of assignments) {
    const perClient = counts.get(analystId) ?? new Map<number, number>();
    perClient.set(clientId, (perClient.get(clientId) ?? 0) + 1);
    counts.set(analystId, perClient);
  }
  const best = new Map<number, number>();
  for (const [analystId, perClient] of counts) {
    const [clientId] = [...perClient].sort(([a, na], [b, nb]) => nb - na || a - b)[0];
    best.set(analystId, clientId);
  }
  return best;
}
