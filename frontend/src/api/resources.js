// One function per API call the SPA makes; every call goes through the client wrapper.
import { apiGet, apiGetBlob, apiGetVersioned, apiSend, apiUrl } from './client.js'

export const getMunicipality = (teryt) => apiGet(`/api/v1/municipalities/${encodeURIComponent(teryt)}`)
export const getMunicipalitySdg11 = (teryt) => apiGet(`/api/v1/municipalities/${encodeURIComponent(teryt)}/sdg11`)
export const listProgrammes = (params) => apiGet('/api/v1/programmes', params)
export const getProgramme = (id) => apiGet(`/api/v1/programmes/${id}`)
export const getProgrammeCompliance = (id) => apiGet(`/api/v1/programmes/${id}/compliance`)
export const listProjects = (params) => apiGet('/api/v1/projects', params)
export const getProject = (id) => apiGet(`/api/v1/projects/${id}`)
export const listIndicators = (params) => apiGet('/api/v1/indicators', params)
export const getIndicator = (id) => apiGet(`/api/v1/indicators/${id}`)
export const listObservations = (indicatorId, params) => apiGet(`/api/v1/indicators/${indicatorId}/observations`, params)
export const listRecommendations = (params) => apiGet('/api/v1/recommendations', params)
export const listEvaluations = (params) => apiGet('/api/v1/evaluations', params)
export const listAreas = (params) => apiGet('/api/v1/areas', params)
/** The subareas of the areas matching params, as one GeoJSON FeatureCollection. */
export const getSubareaFeatures = (params) => apiGet('/api/v1/areas', params, 'application/geo+json')

/** The filters the CSV export shares with the projects list (it ignores sorting and paging). */
const EXPORT_FILTERS = ['q', 'status', 'kind', 'municipality', 'programme', 'sdgTarget']
export function projectsCsvUrl(query) {
  return apiUrl('/api/v1/exports/projects.csv', Object.fromEntries(EXPORT_FILTERS.map((k) => [k, query[k]])))
}

/** The report path of a programme ({ programme: id }) or a municipality ({ municipality: teryt }). */
function reportPath({ programme, municipality }) {
  return programme !== undefined
    ? `/api/v1/programmes/${programme}/report`
    : `/api/v1/municipalities/${encodeURIComponent(municipality)}/report`
}
export const getReport = (subject, lang) => apiGet(reportPath(subject), { lang })
export const getReportPdf = (subject, lang) => apiGetBlob(reportPath(subject), { lang }, 'application/pdf')

// Objects for editing, with their ETag ({ data, etag }), and the writes (PATCH is a JSON Merge Patch with If-Match).
export const getProjectForEdit = (id) => apiGetVersioned(`/api/v1/projects/${id}`)
export const createProject = (body) => apiSend('POST', '/api/v1/projects', body)
export const patchProject = (id, changes, etag) => apiSend('PATCH', `/api/v1/projects/${id}`, changes, { etag })
export const getProgrammeForEdit = (id) => apiGetVersioned(`/api/v1/programmes/${id}`)
export const patchProgramme = (id, changes, etag) => apiSend('PATCH', `/api/v1/programmes/${id}`, changes, { etag })
export const getRecommendation = (id) => apiGet(`/api/v1/recommendations/${id}`)
export const getRecommendationForEdit = (id) => apiGetVersioned(`/api/v1/recommendations/${id}`)
export const patchRecommendation = (id, changes, etag) => apiSend('PATCH', `/api/v1/recommendations/${id}`, changes, { etag })
const observationPath = (indicatorId, observationId) => `/api/v1/indicators/${indicatorId}/observations${observationId ? `/${observationId}` : ''}`
export const getObservationForEdit = (indicatorId, observationId) => apiGetVersioned(observationPath(indicatorId, observationId))
export const createObservation = (indicatorId, body) => apiSend('POST', observationPath(indicatorId), body)
export const patchObservation = (indicatorId, observationId, changes, etag) =>
  apiSend('PATCH', observationPath(indicatorId, observationId), changes, { etag })
export const createProgramme = (body) => apiSend('POST', '/api/v1/programmes', body)
export const getIndicatorForEdit = (id) => apiGetVersioned(`/api/v1/indicators/${id}`)
export const createIndicator = (body) => apiSend('POST', '/api/v1/indicators', body)
export const patchIndicator = (id, changes, etag) => apiSend('PATCH', `/api/v1/indicators/${id}`, changes, { etag })
export const createRecommendation = (body) => apiSend('POST', '/api/v1/recommendations', body)
export const getEvaluationForEdit = (id) => apiGetVersioned(`/api/v1/evaluations/${id}`)
export const createEvaluation = (body) => apiSend('POST', '/api/v1/evaluations', body)
export const patchEvaluation = (id, changes, etag) => apiSend('PATCH', `/api/v1/evaluations/${id}`, changes, { etag })
/** The version of the UN framework whose wording the SDG 11 targets and indicators follow. */
export const getSdgFramework = () => apiGet('/api/v1/sdg/framework')
/** The SDG 11 targets with their global indicators, in framework order. */
export const listSdgTargets = () => apiGet('/api/v1/sdg/targets', { size: 20 })
