// The delimitation view's arithmetic, kept pure so that a unit test can recompute it: the running shares of a
// selection against the art. 10 ust. 2 limits (the same sums the API makes), and the map's colours.

export const SPHERES = ['social', 'economic', 'environmental', 'spatialFunctional', 'technical']
/** The API's Sphere enum value of each key of DelimitationSpheres. */
export const SPHERE_ENUM = { social: 'SOCIAL', economic: 'ECONOMIC', environmental: 'ENVIRONMENTAL', spatialFunctional: 'SPATIAL_FUNCTIONAL', technical: 'TECHNICAL' }

/** The units a user may choose: those meeting art. 9 ust. 1 (the revitalisation area lies within the degraded area). */
export const selectable = (delimitation) => new Set(delimitation?.degraded?.units ?? [])

/**
 * The shares of the chosen units: hectares and residents summed (a missing figure adds nothing), as percentages of
 * the base, each against its limit. A share is null when the base is not known (then the limit cannot be checked).
 */
export function shares(units, selected, base, limits) {
  const chosen = units.filter((u) => selected.includes(u.code))
  const areaHa = chosen.reduce((sum, u) => sum + (u.areaHa ?? 0), 0)
  const residents = chosen.reduce((sum, u) => sum + (u.residents ?? 0), 0)
  const areaSharePct = base?.areaHa ? (areaHa / base.areaHa) * 100 : null
  const residentsSharePct = base?.residents ? (residents * 100) / base.residents : null
  const overArea = areaSharePct !== null && areaSharePct > limits.maxAreaSharePct
  const overResidents = residentsSharePct !== null && residentsSharePct > limits.maxResidentsSharePct
  return {
    count: chosen.length, areaHa, residents, areaSharePct, residentsSharePct,
    maxAreaSharePct: limits.maxAreaSharePct, maxResidentsSharePct: limits.maxResidentsSharePct,
    overArea, overResidents,
    within: areaSharePct !== null && residentsSharePct !== null && !overArea && !overResidents
  }
}

/** The limits a delimitation answer carries (configurable on the server; 20 % and 30 % by the Act). */
export function limitsOf(delimitation) {
  const d = delimitation?.degraded
  return { maxAreaSharePct: d?.maxAreaSharePct ?? 20, maxResidentsSharePct: d?.maxResidentsSharePct ?? 30 }
}

/** Adds or removes a unit; a unit outside the degraded area is never added. Answers a new array in the units' order. */
export function toggle(selected, code, allowed, order) {
  const next = new Set(selected)
  if (next.has(code)) next.delete(code)
  else if (allowed.has(code)) next.add(code)
  return order.filter((c) => next.has(c))
}

/** After a recomputation: keeps only the chosen units that still meet art. 9 ust. 1. */
export const prune = (selected, allowed) => selected.filter((code) => allowed.has(code))

/** Five classes of the index (higher: worse), as equal intervals between the lowest and the highest index. */
export const INDEX_COLOURS = ['#fef0d9', '#fdcc8a', '#fc8d59', '#e34a33', '#b30000']
export const SPHERE_COLOURS = { true: '#b3261e', false: '#d9e8f5', null: '#bdbdbd' }
export const NO_VALUE = '#ffffff'

export function indexClasses(units) {
  const values = units.map((u) => u.index).filter((v) => v !== null && v !== undefined)
  if (!values.length) return []
  const min = Math.min(...values)
  const max = Math.max(...values)
  const step = (max - min) / INDEX_COLOURS.length
  return INDEX_COLOURS.map((colour, i) => ({ colour, from: min + step * i, to: i === INDEX_COLOURS.length - 1 ? max : min + step * (i + 1) }))
}

export function indexColour(index, classes) {
  if (index === null || index === undefined || !classes.length) return NO_VALUE
  const found = classes.find((c) => index <= c.to)
  return (found ?? classes[classes.length - 1]).colour
}

/** The colour of a unit on the map: by its index class, or by whether a sphere is in crisis (true, false, null). */
export function unitColour(unit, by, classes) {
  if (by === 'index') return indexColour(unit.index, classes)
  const value = unit.spheres?.[by]
  return SPHERE_COLOURS[value === true ? 'true' : value === false ? 'false' : 'null']
}

/** The spheres of a unit in crisis, as keys of DelimitationSpheres. */
export const spheresInCrisis = (unit) => SPHERES.filter((s) => unit.spheres?.[s] === true)
