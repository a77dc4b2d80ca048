import { apiGet, apiGetVersioned, apiSend } from '../../api/client.js'

export const getArea = (id) => apiGet(`/api/v1/areas/${id}`)
export const getAreaForEdit = (id) => apiGetVersioned(`/api/v1/areas/${id}`)
export const createArea = (body) => apiSend('POST', '/api/v1/areas', body)
// PUT: the form holds the whole area (subareas are matched by code), so it replaces it, with If-Match
export const replaceArea = (id, body, etag) => apiSend('PUT', `/api/v1/areas/${id}`, body, { etag })
export const listProgrammeAreas = (programme) => apiGet('/api/v1/areas', { programme, size: 200 })
