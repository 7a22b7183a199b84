/**
 * Branded units for the staffing maths, so seconds, minutes and Erlangs cannot be mixed by accident.
 * A brand costs nothing at run time; `seconds(180)` is just 180 with a type that remembers the unit.
 */
export type Seconds = number & { readonly __unit: 'seconds' };
export type Minutes = number & { readonly __unit: 'minutes' };
/** Offered traffic: the average number of contacts in progress, volume x handle time / interval. */
export type Erlangs = number & { readonly __unit: 'erlangs' };

export const seconds = (value: number): Seconds => value as Seconds;
export const minutes = (value: number): Minutes => value as Minutes;
export const erlangs = (value: number): Erlangs => value as Erlangs;

/** Interval lengths a forecast may use. */
export type IntervalMinutes = 15 | 30 | 60;
