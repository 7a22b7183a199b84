/** A client as services hand it to the API. */
export interface ClientView {
  id: string;
  name: string;
  timeZone: string;
  active: boolean;
  version: number;
}

export type ContractStaffing = 'dedicated' | 'shared';

/** A contract; its dedicated analysts are loaded apart, in batch. */
export interface ContractView {
  id: string;
  clientId: number;
  /** ISO dates, both inclusive. */
  startDate: string;
  endDate: string;
  /** Fraction answered within targetAnswerSeconds, e.g. 0.8 for "80% in 30 s". */
  serviceLevel: number;
  targetAnswerSeconds: number;
  staffing: ContractStaffing;
  minimumProficiency: number;
  active: boolean;
  version: number;
}

/** An analyst as a contract shows it: id and name, never the analyst's private profile. */
export interface DedicatedAnalystView {
  id: string;
  name: string;
}
