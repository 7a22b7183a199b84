import type { RequestHandler } from 'express';
import type { Services } from '../services';

/**
 * GET /calendar/<token>.ics: the analyst's published shifts as iCalendar. The token is the only
 * credential (calendar apps send no bearer token), so an unknown token is a bare 404 that says
 * nothing about whether any analyst exists.
 */
export function calendarRoute(services: Services): RequestHandler {
  return async (req, res) => {
    const token = /^(.+)\.ics$/.exec(String(req.params.file))?.[1];
    const body = token ? await services.calendars.feed(token) : null;
    if (body === null) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    res.status(200).type('text/calendar; charset=utf-8').setHeader('cache-control', 'private, no-store');
    res.send(body);
  };
}
