// The municipalities directory and a superadmin's new municipality.
import { apiGet, apiSend } from './client.js'

/** { q, voivodeship, page, size, sort }: q finds a name with diacritics optional, or the first digits of a TERYT code. */
export const searchMunicipalities = (params) => apiGet('/api/v1/municipalities', params)
export const createMunicipality = (body) => apiSend('POST', '/api/v1/municipalities', body)
