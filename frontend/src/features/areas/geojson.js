// A boundary file as the API takes it: a GeoJSON (RFC 7946) Polygon or MultiPolygon, given as a geometry, a Feature, or a
// FeatureCollection holding one Feature. Checked in the browser first, so a wrong file is named before anything is sent;
// the API checks again (GeometryValidator) and names the field if something still is wrong.

const MAX_FILE_BYTES = 5 * 1024 * 1024

/** { ok: true, geometry } or { ok: false, error: message key, params } for the text of a file. */
export function parseBoundary(text) {
  let json
  try {
    json = JSON.parse(text)
  } catch {
    return fail('areaForm.geojson.notJson')
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return fail('areaForm.geojson.notGeoJson')
  let geometry = json
  if (json.type === 'FeatureCollection') {
    const features = Array.isArray(json.features) ? json.features : []
    if (features.length !== 1) return fail('areaForm.geojson.oneFeature', { count: features.length })
    geometry = features[0]
  }
  if (geometry?.type === 'Feature') geometry = geometry.geometry
  if (!geometry || typeof geometry !== 'object') return fail('areaForm.geojson.noGeometry')
  if (json.crs || geometry.crs) return fail('areaForm.geojson.crs')
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
    return fail('areaForm.geojson.type', { type: String(geometry.type ?? '?').slice(0, 40) })
  }
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  if (!Array.isArray(polygons) || polygons.length === 0) return fail('areaForm.geojson.coordinates')
  for (const rings of polygons) {
    const problem = checkPolygon(rings)
    if (problem) return problem
  }
  return { ok: true, geometry: { type: geometry.type, coordinates: geometry.coordinates } }
}

function checkPolygon(rings) {
  if (!Array.isArray(rings) || rings.length === 0) return fail('areaForm.geojson.coordinates')
  for (const ring of rings) {
    if (!Array.isArray(ring) || !ring.every(isPosition)) return fail('areaForm.geojson.coordinates')
    if (ring.length < 4) return fail('areaForm.geojson.ringTooShort')
    const [first, last] = [ring[0], ring[ring.length - 1]]
    if (first[0] !== last[0] || first[1] !== last[1]) return fail('areaForm.geojson.notClosed')
    if (!ring.every(([lon, lat]) => Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) return fail('areaForm.geojson.range')
  }
  return null
}

const isPosition = (p) => Array.isArray(p) && (p.length === 2 || p.length === 3) && p.every((n) => typeof n === 'number' && Number.isFinite(n))

const fail = (error, params = {}) => ({ ok: false, error, params })

/** Reads a chosen File and checks it: the same answer as parseBoundary, or a size error for a very large file. */
export async function readBoundaryFile(file) {
  if (file.size > MAX_FILE_BYTES) return fail('areaForm.geojson.tooLarge', { megabytes: 5 })
  return parseBoundary(await file.text())
}
