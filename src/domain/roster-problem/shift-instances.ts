import { DateTime } from 'luxon';
import type { DeskShiftTemplate } from '../../../seeds/desk-data';
import type { ShiftInstance } from '../../../solver';

/**
 * Instances of a template on each date, in the site's zone. The template's length is wall-clock
 * time (23:00 + 8 h 30 ends at 07:30 local), so across a DST change the real length is 30 or 90
 * minutes different and paid minutes follow the real length.
 * @example shiftInstances(nightTemplate, 'Europe/London', ['2026-03-28'])[0].end // '2026-03-29T06:30:00.000Z'
 */
export function shiftInstances(template: DeskShiftTemplate, zone: string, dates: readonly string[]): ShiftInstance[] {
  const [h, m] = template.localStart.split(':').map(Number);
  return dates.map((date) => {
    const wallStart = DateTime.fromISO(date, { zone: 'utc' }).set({ hour: h, minute: m });
    const wallEnd = wallStart.plus({ minutes: template.lengthMinutes });
    const start = DateTime.fromObject(wallStart.toObject(), { zone });
    const end = DateTime.fromObject(wallEnd.toObject(), { zone });
    const realMinutes = Math.round(end.diff(start, 'minutes').minutes);
    return {
      id: `${template.key}@${date}`,
      date,
      templateId: template.key,
      start: start.toUTC().toISO()!,
      end: end.toUTC().toISO()!,
      paidMinutes: Math.max(0, template.paidMinutes + realMinutes - template.lengthMinutes),
      night: template.night,
    };
  });
}
