import { describe, expect, it } from 'vitest'
import { crisisFromForm, crisisToForm, fromControl, toControl } from './triState.js'
import { parseBoundary } from './geojson.js'

describe('tri-state crisis spheres', () => {
  it('maps the API values to the three controls and back', () => {
    expect(toControl(true)).toBe('yes')
    expect(toControl(false)).toBe('no')
    expect(toControl(null)).toBe('unrecorded')
    expect(toControl(undefined)).toBe('unrecorded')
    expect(fromControl('yes')).toBe(true)
    expect(fromControl('no')).toBe(false)
    expect(fromControl('unrecorded')).toBeNull()
  })

  it('never turns "not recorded" into "no": a missing crisis object is all unrecorded and is sent as nulls', () => {
    expect(crisisToForm(null)).toEqual({ social: 'unrecorded', economic: 'unrecorded', environmental: 'unrecorded',
      spatialFunctional: 'unrecorded', technical: 'unrecorded' })
    const form = crisisToForm({ social: true, economic: false, environmental: null })
    expect(form).toEqual({ social: 'yes', economic: 'no', environmental: 'unrecorded', spatialFunctional: 'unrecorded', technical: 'unrecorded' })
    expect(crisisFromForm(form)).toEqual({ social: true, economic: false, environmental: null, spatialFunctional: null, technical: null })
  })
})

const square = [[[19.0, 49.8], [19.01, 49.8], [19.01, 49.81], [19.0, 49.81], [19.0, 49.8]]]

describe('GeoJSON boundary files', () => {
  it('takes a Polygon geometry, a Feature and a FeatureCollection with one feature', () => {
    const polygon = { type: 'Polygon', coordinates: square }
    expect(parseBoundary(JSON.stringify(polygon))).toEqual({ ok: true, geometry: polygon })
    expect(parseBoundary(JSON.stringify({ type: 'Feature', properties: {}, geometry: polygon })).geometry).toEqual(polygon)
    const multi = { type: 'MultiPolygon', coordinates: [square] }
    const collection = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'x' }, geometry: multi }] }
    expect(parseBoundary(JSON.stringify(collection))).toEqual({ ok: true, geometry: multi })
  })

  it('names what is wrong with a bad file', () => {
    expect(parseBoundary('not json').error).toBe('areaForm.geojson.notJson')
    expect(parseBoundary('[1, 2]').error).toBe('areaForm.geojson.notGeoJson')
    expect(parseBoundary(JSON.stringify({ type: 'Point', coordinates: [19, 49] }))).toEqual(
      { ok: false, error: 'areaForm.geojson.type', params: { type: 'Point' } })
    const feature = { type: 'Feature', geometry: { type: 'Polygon', coordinates: square } }
    expect(parseBoundary(JSON.stringify({ type: 'FeatureCollection', features: [feature, feature] }))).toEqual(
      { ok: false, error: 'areaForm.geojson.oneFeature', params: { count: 2 } })
    expect(parseBoundary(JSON.stringify({ type: 'Feature', geometry: null })).error).toBe('areaForm.geojson.noGeometry')
    const open = [[[19.0, 49.8], [19.01, 49.8], [19.01, 49.81], [19.0, 49.81]]]
    expect(parseBoundary(JSON.stringify({ type: 'Polygon', coordinates: open })).error).toBe('areaForm.geojson.notClosed')
    expect(parseBoundary(JSON.stringify({ type: 'Polygon', coordinates: [[[19, 49.8], [19.1, 49.8], [19, 49.8]]] })).error)
      .toBe('areaForm.geojson.ringTooShort')
    const swapped = [[[49.8, 190], [49.8, 19.01], [49.81, 19.01], [49.8, 190]]]
    expect(parseBoundary(JSON.stringify({ type: 'Polygon', coordinates: swapped })).error).toBe('areaForm.geojson.range')
    expect(parseBoundary(JSON.stringify({ type: 'Polygon', coordinates: [[['a', 'b']]] })).error).toBe('areaForm.geojson.coordinates')
    const crs = { type: 'Polygon', crs: { type: 'name' }, coordinates: square }
    expect(parseBoundary(JSON.stringify(crs)).error).toBe('areaForm.geojson.crs')
  })
})

describe('the area form and the API request', () => {
  it('sends empty residents and hectares as null (not known), never 0, and unrecorded spheres as null', async () => {
    const { formToRequest, newSubarea } = await import('./areaForm.js')
    const subarea = { ...newSubarea(), code: 'S1', name: 'Centrum', areaHa: '42,5' }
    subarea.crisis.social = 'yes'
    subarea.crisis.economic = 'no'
    const body = formToRequest({ kind: 'DEGRADED', name: 'Obszar', description: '', designationResolution: '',
      designationDate: '', designationPublication: '', subareas: [subarea] }, 7)
    expect(body.programmeId).toBe(7)
    expect(body.subareas[0]).toMatchObject({ code: 'S1', areaHa: 42.5, residents: null, geometry: null, landType: null,
      crisis: { social: true, economic: false, environmental: null, spatialFunctional: null, technical: null } })
  })

  it('keeps a number that does not parse as typed, so the API names the field', async () => {
    const { formToRequest, newSubarea } = await import('./areaForm.js')
    const body = formToRequest({ kind: 'DEGRADED', name: 'x', subareas: [{ ...newSubarea(), residents: '12.5' }] }, 1)
    expect(body.subareas[0].residents).toBe('12.5')
  })

  it('reads an area back into the form with its tri-state spheres and geometry', async () => {
    const { areaToForm } = await import('./areaForm.js')
    const geometry = { type: 'Polygon', coordinates: square }
    const form = areaToForm({ kind: 'REVITALISATION', name: 'A', subareas: [{ code: 'S1', name: 'B', residents: null,
      areaHa: 3.5, geometry, crisis: { social: false, economic: null } }] })
    expect(form.subareas[0]).toMatchObject({ residents: '', areaHa: '3.5', geometry,
      crisis: { social: 'no', economic: 'unrecorded', technical: 'unrecorded' } })
  })
})
