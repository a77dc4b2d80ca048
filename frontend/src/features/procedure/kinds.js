/** The kinds of procedure steps, in the order of the Revitalisation Act's procedure. */
export const KINDS = ['START_RESOLUTION', 'AREA_DESIGNATION', 'OPINIONS', 'ADOPTION', 'AMENDMENT', 'COMMITTEE_RULES', 'ASSESSMENT']

/** Steps by date (undated last), then by id, without changing the list given. */
export function byDate(steps) {
  return [...steps].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id - b.id)
}
