import type { Store } from '../db/store';
import type { RosterAssignmentEntity } from '../db/entities';
import { Actor, canSeeClient } from '../domain/actor';
import { DomainError } from '../domain/errors';
import { localWallTime, periodDates, periodInput, type DatePeriod } from '../domain/period';
import type { AssignedTeamView, TeamMemberView, TeamQueueCoverageView } from '../domain/roster-view';
import { expandCoverageTargets, plannedCoverage } from '../domain/team-coverage';
import { idText, parseInput } from '../domain/validation';
import { segmentsInForce } from './published-assignments';
import type { ClientEntity, QueueEntity } from '../db/entities';

/** Planned head counts are fractions; four decimals are plenty and keep answers stable. */
const round = (n: number): number => Math.round(n * 10000) / 10000;

/** What a client manager sees of the published roster for one of their clients. */
export class TeamService {
  constructor(private readonly store: Store) {}

  /**
   * The analysts on the client's queues in the published rosters in force, with only the skills
   * the client's queues need, and coverage against target per queue and interval in the client's
   * zone. Client managers see only their own clients: any other id is FORBIDDEN whether it exists
   * or not, so nothing leaks; analysts may not read teams.
   */
  async assignedTeam(actor: Actor, clientIdInput: string, period: unknown): Promise<AssignedTeamView> {
    if (actor.role === 'analyst') throw DomainError.forbidden('Analysts may not read client teams');
    const clientId = parseInput(idText, clientIdInput, 'clientId');
    if (!canSeeClient(actor, clientId)) throw DomainError.forbidden(`You may not read client ${clientId}'s team`);
    const p = parseInput(periodInput, period, 'period');
    const { repos } = this.store;
    const client = await repos.rosterDirectory.findClient(clientId);
    if (!client) throw DomainError.notFound('Client', clientId);
    const queues = await repos.rosterDirectory.findQueuesOfClient(clientId);
    const rows = await repos.publishedRosters.findAssignments({ segments: await segmentsInForce(repos, p), clientId });
    return {
      clientId: String(client.id), clientName: client.name, timeZone: client.timeZone, ...p,
      members: await this.members(queues, rows),
      coverage: await this.coverage(client, queues, rows, p),
    };
  }

  private async members(queues: readonly QueueEntity[], rows: readonly RosterAssignmentEntity[]): Promise<TeamMemberView[]> {
    const { rosterDirectory } = this.store.repos;
    const analystIds = [...new Set(rows.map((r) => r.analystId))];
    const requiredSkillIds = [...new Set((await rosterDirectory.findQueueSkills(queues.map((q) => q.id))).map((s) => s.skillId))];
    const [faces, skills] = await Promise.all([rosterDirectory.findAnalystFaces(analystIds), rosterDirectory.findAnalystSkills(analystIds, requiredSkillIds)]);
    return faces.map((face) => {
      const own = rows.filter((r) => r.analystId === face.id);
      const paidMinutes = own.reduce((sum, r) => sum + r.paidMinutes, 0);
      return {
        analystId: String(face.id), name: face.name, shifts: own.length, paidMinutes, hours: round(paidMinutes / 60),
        skills: skills.filter((s) => s.analystId === face.id).map((s) => ({ skillId: String(s.skillId), code: s.code, name: s.name, proficiency: s.proficiency })),
      };
    }).sort((a, b) => a.name.localeCompare(b.name) || Number(a.analystId) - Number(b.analystId));
  }

  private async coverage(client: ClientEntity, queues: readonly QueueEntity[], rows: readonly RosterAssignmentEntity[], p: DatePeriod): Promise<TeamQueueCoverageView[]> {
    const targets = await this.store.repos.rosterDirectory.findCoverageTargets(queues.map((q) => q.id));
    const intervals = expandCoverageTargets(targets, client.timeZone, periodDates(p));
    const worked = rows.map((r) => ({ queueId: r.queueId, start: r.startAt.toISOString(), end: r.endAt.toISOString() }));
    return queues.map((q) => {
      const onQueue = worked.filter((w) => w.queueId === q.id);
      return {
        queueId: String(q.id), name: q.name, channel: q.channel,
        intervals: intervals.filter((i) => i.queueId === q.id).map((i) => {
          const planned = round(plannedCoverage(i, onQueue));
          return {
            start: i.start, end: i.end, localStart: localWallTime(i.start, client.timeZone), localEnd: localWallTime(i.end, client.timeZone),
            target: i.target, planned, shortfall: round(Math.max(0, i.target - planned)),
          };
        }),
      };
    });
  }
}
