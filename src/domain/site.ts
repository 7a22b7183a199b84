import type { WorkingRules } from './working-rules';

/** A site as services hand it to the API. */
export interface SiteView {
  id: string;
  name: string;
  timeZone: string;
  shrinkage: number;
  rules: WorkingRules;
  active: boolean;
  version: number;
}
