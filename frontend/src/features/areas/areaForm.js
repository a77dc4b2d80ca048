// The area form's values and the API's request body, both ways. Inputs hold strings; a sphere holds one of three
// radio values; a boundary is the GeoJSON geometry itself (or null: not known).
import { normaliseMoney, toFormValue } from '../../components/forms/formModel.js'
import { crisisFromForm, crisisToForm } from './triState.js'

export const AREA_KINDS = ['REVITALISATION', 'DEGRADED']
export const LAND_TYPES = ['INHABITED', 'POST_INDUSTRIAL', 'POST_MILITARY', 'POST_RAILWAY', 'OTHER']
const AREA_TEXT = ['name', 'description', 'designationResolution', 'designationDate', 'designationPublication']
const SUBAREA_TEXT = ['code', 'name', 'areaHa', 'residents', 'residentsDate', 'source', 'crisisEvidence', 'landType', 'landJustification']

export function newSubarea() {
  return { ...Object.fromEntries(SUBAREA_TEXT.map((key) => [key, ''])), geometry: null, crisis: crisisToForm(null) }
}

export function areaToForm(area) {
  return {
    kind: area.kind ?? 'REVITALISATION',
    ...Object.fromEntries(AREA_TEXT.map((key) => [key, toFormValue(area[key])])),
    subareas: (area.subareas ?? []).map((s) => ({
      ...Object.fromEntries(SUBAREA_TEXT.map((key) => [key, toFormValue(s[key])])),
      geometry: s.geometry ?? null,
      crisis: crisisToForm(s.crisis)
    }))
  }
}

const text = (v) => (String(v ?? '').trim() === '' ? null : String(v).trim())
// a number that does not parse is sent as typed, so the API names the field; empty is null (not known), never 0
function number(v, integer) {
  const typed = text(v)
  if (typed === null) return null
  const normalised = normaliseMoney(typed)
  const parsed = Number(normalised)
  if (normalised === '' || !Number.isFinite(parsed) || (integer && !Number.isInteger(parsed))) return typed
  return parsed
}

export function formToRequest(form, programmeId) {
  return {
    programmeId,
    kind: form.kind,
    ...Object.fromEntries(AREA_TEXT.map((key) => [key, text(form[key])])),
    subareas: form.subareas.map((s) => ({
      code: text(s.code),
      name: text(s.name),
      geometry: s.geometry ?? null,
      areaHa: number(s.areaHa, false),
      residents: number(s.residents, true),
      residentsDate: text(s.residentsDate),
      source: text(s.source),
      crisis: crisisFromForm(s.crisis),
      crisisEvidence: text(s.crisisEvidence),
      landType: text(s.landType),
      landJustification: text(s.landJustification)
    }))
  }
}

/** Totals as the API computes them: a subarea without a value adds nothing; null when none has one. */
export function totals(form) {
  const sum = (key, integer) => {
    const values = form.subareas.map((s) => number(s[key], integer)).filter((v) => typeof v === 'number')
    return values.length ? values.reduce((a, b) => a + b, 0) : null
  }
  return { areaHa: sum('areaHa', false), residents: sum('residents', true) }
}
