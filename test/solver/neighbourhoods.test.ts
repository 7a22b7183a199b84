import { buildRosterModel } from '../../solver/model/build-model';
import { columnRows } from '../../solver/model/restrict';
import { completeStart } from '../../solver/methods/monolithic';
import { neighbourhoods, prng, shortfallNeighbourhood } from '../../solver/methods/neighbourhoods';
import type { Queue } from '../../solver';
import { analyst, epicQueue, targetsFor, tinyProblem, tinyShifts } from './fixtures';

const cernerQueue: Queue = { id: 'cerner', clientId: 'south', requiredSkills: [{ skillId: 'cerner', minProficiency: 3 }] };

/** Six analysts over a week: two know Epic only, four know Cerner only; one Epic night is short. */
function problem() {
  const shifts = tinyShifts(7);
  const epic = (id: string) => analyst(id);
  const cerner = (id: string) => analyst(id, { skills: [{ skillId: 'cerner', proficiency: 3, interest: 0, certificationExpires: null }] });
  return tinyProblem({
    analysts: [epic('e1'), epic('e2'), cerner('c1'), cerner('c2'), cerner('c3'), cerner('c4')],
    shifts, queues: [epicQueue, cernerQueue],
    intervalTargets: targetsFor(shifts.filter((s) => s.id === 'night@2026-03-05'), 1, 'epic'),
  }, 7);
}

describe('LNS neighbourhoods', () => {
  it('a shortfall neighbourhood frees analysts who may work the short target, around its date', () => {
    const ix = buildRosterModel(problem());
    const empty = completeStart(ix, new Float64Array(ix.model.columnCount));
    expect(empty.values).not.toBeNull();
    const hood = shortfallNeighbourhood(ix, columnRows(ix.model), empty.values as Float64Array, prng(1), 300);
    expect(hood).not.toBeNull();
    const names = [...(hood?.analysts ?? [])].map((a) => ix.problem.analysts[a].id).sort();
    expect(names).toEqual(['e1', 'e2']);
    // The night of 5 March is date index 3; a day either side.
    expect([hood?.firstDate, hood?.lastDate]).toEqual([2, 4]);
  });

  it('none when nothing is short', () => {
    const ix = buildRosterModel(problem());
    const x = new Float64Array(ix.model.columnCount);
    const night = ix.candidates.find((c) => c.analyst.id === 'e1' && c.shift.id === 'night@2026-03-05' && c.queue.id === 'epic');
    x[night?.col as number] = 1;
    const covered = completeStart(ix, x);
    expect(shortfallNeighbourhood(ix, columnRows(ix.model), covered.values as Float64Array, prng(1), 300)).toBeNull();
  });

  it('blind blocks hold about the asked number of columns, and at least two analysts', () => {
    const ix = buildRosterModel(tinyProblem({ analysts: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => analyst(id)) }, 14));
    const generator = neighbourhoods(ix, 7, 20);
    for (let k = 0; k < 6; k++) {
      const hood = generator.next().value as { analysts: Set<number>; firstDate: number; lastDate: number };
      const free = ix.candidates.filter((c) => hood.analysts.has(c.analystIdx) && c.dateIdx >= hood.firstDate && c.dateIdx <= hood.lastDate).length;
      expect(hood.analysts.size).toBeGreaterThanOrEqual(2);
      expect(free).toBeLessThanOrEqual(20);
    }
  });
});
