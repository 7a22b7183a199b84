/** A shift template as services hand it to the API; localStart is "HH:mm" in the site's zone. */
export interface ShiftTemplateView {
  id: string;
  siteId: number;
  code: string;
  name: string;
  localStart: string;
  lengthMinutes: number;
  paidMinutes: number;
  night: boolean;
  active: boolean;
}
