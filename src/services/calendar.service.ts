import { randomBytes } from 'node:crypto';
import ical from 'ical-generator';
import type { Store } from '../db/store';
import { Actor, isStaff } from '../domain/actor';
import type { Clock } from '../domain/clock';
import { DomainError } from '../domain/errors';
import { shiftDate } from '../domain/period';
import type { CalendarFeedView } from '../domain/roster-view';
import { idText, parseInput } from '../domain/validation';
import { segmentsInForce, toAssignmentView } from './published-assignments';

/** The feed shows shifts from this many days back to FEED_DAYS_AHEAD ahead of now. */
export const FEED_DAYS_BACK = 30;
export const FEED_DAYS_AHEAD = 90;

/** 24 random bytes in base64url: 32 characters of [A-Za-z0-9_-]. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;

export const calendarPath = (token: string): string => `/calendar/${token}.ics`;

/** An analyst's published shifts as an iCalendar feed behind a secret, rotatable token. */
export class CalendarService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /**
   * The feed for a token, or null when no analyst has it: the caller answers 404 either way, so
   * a guessed token learns nothing about which analysts exist.
   */
  async feed(token: string): Promise<string | null> {
    if (!TOKEN_PATTERN.test(token)) return null;
    const { repos } = this.store;
    const owner = await repos.rosterDirectory.findAnalystByCalendarToken(token);
    if (!owner) return null;
    const [face] = await repos.rosterDirectory.findAnalystFaces([owner.id]);
    const today = this.clock.now().toISODate()!;
    const period = { startDate: shiftDate(today, -FEED_DAYS_BACK), endDate: shiftDate(today, FEED_DAYS_AHEAD) };
    const segments = (await segmentsInForce(repos, period)).filter((s) => s.siteId === face.siteId);
    const rows = await repos.publishedRosters.findAssignments({ segments, analystId: face.id });
    const [queues, templates] = await Promise.all([
      repos.rosterDirectory.findQueues([...new Set(rows.map((r) => r.queueId))]),
      repos.rosterDirectory.findShiftTemplates([...new Set(rows.map((r) => r.shiftTemplateId))]),
    ]);
    const clients = await repos.rosterDirectory.findClients([...new Set(queues.map((q) => q.clientId))]);
    const queueOf = new Map(queues.map((q) => [q.id, q]));
    const clientOf = new Map(clients.map((c) => [c.id, c]));
    const templateOf = new Map(templates.map((t) => [t.id, t]));
    // Events stay in UTC (DTSTART:...Z); the zone is named as X-WR-TIMEZONE only, because a
    // calendar-level timezone makes ical-generator write floating local times without a VTIMEZONE.
    const calendar = ical({ name: `deskalign shifts — ${face.name}`, prodId: { company: 'deskalign', product: 'schedule', language: 'EN' } });
    calendar.x([{ key: 'X-WR-TIMEZONE', value: face.timeZone }]);
    for (const row of rows) {
      const view = toAssignmentView(row, face.timeZone);
      const queue = queueOf.get(row.queueId);
      calendar.createEvent({
        id: `assignment-${view.id}@deskalign`,
        start: row.startAt,
        end: row.endAt,
        stamp: this.clock.now().toJSDate(),
        summary: `${templateOf.get(row.shiftTemplateId)?.name} — ${clientOf.get(queue?.clientId ?? 0)?.name} / ${queue?.name}`,
        description: `${view.localStart} to ${view.localEnd} ${face.timeZone}, ${row.paidMinutes} paid minutes${row.night ? ', night shift' : ''}`,
      });
    }
    return calendar.toString();
  }

  /** The analyst's feed path, or null until a token has been made with rotateCalendarToken. */
  async url(actor: Actor, analystIdInput: string | null | undefined): Promise<CalendarFeedView | null> {
    const analystId = this.feedOwner(actor, analystIdInput);
    const found = await this.store.repos.rosterDirectory.findCalendarToken(analystId);
    if (!found) throw DomainError.notFound('Analyst', analystId);
    return found.token ? { analystId: String(analystId), path: calendarPath(found.token) } : null;
  }

  /** A fresh random token; the old URL stops working at once. */
  async rotate(actor: Actor, analystIdInput: string | null | undefined): Promise<CalendarFeedView> {
    const analystId = this.feedOwner(actor, analystIdInput);
    if (!(await this.store.repos.rosterDirectory.findCalendarToken(analystId))) throw DomainError.notFound('Analyst', analystId);
    const token = randomBytes(24).toString('base64url');
    await this.store.repos.rosterDirectory.setCalendarToken(analystId, token);
    return { analystId: String(analystId), path: calendarPath(token) };
  }

  /** An analyst's own feed (no id or their own id), or any analyst's for staff. */
  private feedOwner(actor: Actor, analystIdInput: string | null | undefined): number {
    if (actor.role === 'analyst') {
      const own = actor.analystId as number;
      if (analystIdInput != null && parseInput(idText, analystIdInput, 'analystId') !== own) throw DomainError.forbidden("An analyst may manage only their own calendar feed");
      return own;
    }
    if (!isStaff(actor)) throw DomainError.forbidden(`The ${actor.role} role has no calendar feed`);
    if (analystIdInput == null) throw DomainError.badInput('analystId', 'analystId: staff must name the analyst whose feed to manage');
    return parseInput(idText, analystIdInput, 'analystId');
  }
}
