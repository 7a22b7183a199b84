/**
 * Drops null and undefined fields: in an update, absent means "leave as is".
 *
 * @example withoutNulls({ name: 'East', timeZone: null }) // { name: 'East' }
 */
export function withoutNulls<T extends object>(patch: T): { [K in keyof T]?: NonNullable<T[K]> } {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== null && v !== undefined)) as never;
}
