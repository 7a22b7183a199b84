/** A queue's forecast as read back: its settings, the client's zone and its entries in the order given. */
export interface QueueForecastView {
  queueId: string;
  intervalMinutes: 30 | 60;
  handleTimeSeconds: number;
  maxOccupancy: number;
  shrinkage: number | null;
  timeZone: string;
  entries: ForecastEntryView[];
}

export interface ForecastEntryView {
  weekday: number | null;
  date: string | null;
  localStart: string;
  occurrence: 1 | 2;
  volume: number;
}

/** Erlang C figures for one interval; averageSpeedOfAnswer null when infinite (agents <= traffic). */
export interface StaffingView {
  trafficErlangs: number;
  agents: number;
  requiredHeadcount: number;
  serviceLevel: number;
  averageSpeedOfAnswer: number | null;
  occupancy: number;
}

export interface StaffingIntervalView extends StaffingView {
  start: string;
  end: string;
  localStart: string;
  localEnd: string;
  timeZone: string;
  localDate: string;
  occurrence: number;
  volume: number;
  source: 'forecast' | 'override';
}

export interface QueueStaffingView {
  queueId: string;
  timeZone: string;
  intervalMinutes: number;
  shrinkage: number;
  intervals: StaffingIntervalView[];
}
