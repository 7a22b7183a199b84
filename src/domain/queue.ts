export type QueueChannel = 'phone' | 'chat' | 'portal';

/** A client's queue; its skills and coverage targets are loaded apart, in batch. */
export interface QueueView {
  id: string;
  clientId: number;
  name: string;
  channel: QueueChannel;
  active: boolean;
}

export interface RequiredSkillView {
  skillId: string;
  skillCode: string;
  minimumProficiency: number;
}

/**
 * Analysts required on a queue from localStart to localEnd in the client's zone, on every
 * `weekday` (1 = Monday) or on one `date`: exactly one of the two is set.
 */
export interface CoverageTargetView {
  id: string;
  queueId: string;
  weekday: number | null;
  date: string | null;
  localStart: string;
  localEnd: string;
  headcount: number;
}
