// The diagnosis and delimitation API (kept with the feature so that src/api/resources.js stays untouched).
import { apiGet, apiSend, apiUrl } from '../../api/client.js'

export const listSpatialUnits = (municipality) => apiGet('/api/v1/spatial-units', { municipality })
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
