// A crisis sphere is tri-state: true (found), false (examined, not found) or null (not recorded). The form holds it as
// one of three radio values, so "not recorded" never turns into "no" on the way through the form.

export const SPHERES = ['social', 'economic', 'environmental', 'spatialFunctional', 'technical']
export const TRI_STATE = ['yes', 'no', 'unrecorded']

/** The API's value to the radio group's value: true → 'yes', false → 'no', null or missing → 'unrecorded'. */
export function toControl(value) {
  if (value === true) return 'yes'
  if (value === false) return 'no'
  return 'unrecorded'
}

/** The radio group's value to the API's: 'yes' → true, 'no' → false, anything else → null (not recorded). */
export function fromControl(control) {
  if (control === 'yes') return true
  if (control === 'no') return false
  return null
}

/** All five spheres of an API `crisis` object (possibly null) as radio values. */
export function crisisToForm(crisis) {
  return Object.fromEntries(SPHERES.map((sphere) => [sphere, toControl(crisis?.[sphere])]))
}

/** The form's five radio values as the API's `crisis` object; each unrecorded sphere is sent as null. */
export function crisisFromForm(form) {
  return Object.fromEntries(SPHERES.map((sphere) => [sphere, fromControl(form?.[sphere])]))
}
