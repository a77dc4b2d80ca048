// The diagnosis and delimitation API (kept with the feature so that src/api/resources.js stays untouched).
import { apiGet, apiSend, apiUrl } from '../../api/client.js'

/** Every unit of the municipality as one array: the API lists them a page at a time (at most 200 a page). */
export async function listSpatialUnits(municipality) {
  const units = []
  for (let page = 0; ; page += 1) {
    const answer = await apiGet('/api/v1/spatial-units', { municipality, page, size: 200 })
    units.push(...(answer?.items ?? []))
    if (!answer || page + 1 >= answer.totalPages) return units
  }
}
export const listDiagnosticIndicators = (municipality) => apiGet('/api/v1/diagnostic-indicators', { municipality })
export const listMunicipalityProgrammes = (municipality) => apiGet('/api/v1/programmes', { municipality, size: 200 })
export const computeDelimitation = async (teryt, method) =>
  (await apiSend('POST', `/api/v1/municipalities/${teryt}/delimitations`, method)).data
export const saveDelimitation = (teryt, body) => apiSend('POST', `/api/v1/municipalities/${teryt}/delimitations/areas`, body)

/** An export as a Blob: 'geojson', 'csv' or 'pdf' (the map annex). The API computes it from the method (POST; public, writes nothing). */
const ACCEPT = { geojson: 'application/geo+json', csv: 'text/csv', pdf: 'application/pdf' }

export async function exportDelimitation(teryt, format, method, params = {}) {
  const response = await fetch(apiUrl(`/api/v1/municipalities/${teryt}/delimitations/${format}`, params), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: ACCEPT[format] },
    body: JSON.stringify(method)
  })
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  return response.blob()
}
