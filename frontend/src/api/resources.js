// One function per API call the SPA makes; every call goes through the client wrapper.
import { apiGet } from './client.js'

export const getMunicipality = (teryt) => apiGet(`/api/v1/municipalities/${encodeURIComponent(teryt)}`)
export const getMunicipalitySdg11 = (teryt) => apiGet(`/api/v1/municipalities/${encodeURIComponent(teryt)}/sdg11`)
export const listProgrammes = (params) => apiGet('/api/v1/programmes', params)
export const getProgramme = (id) => apiGet(`/api/v1/programmes/${id}`)
export const listProjects = (params) => apiGet('/api/v1/projects', params)
export const getProject = (id) => apiGet(`/api/v1/projects/${id}`)
export const listIndicators = (params) => apiGet('/api/v1/indicators', params)
export const getIndicator = (id) => apiGet(`/api/v1/indicators/${id}`)
export const listObservations = (indicatorId, params) => apiGet(`/api/v1/indicators/${indicatorId}/observations`, params)
export const listRecommendations = (params) => apiGet('/api/v1/recommendations', params)
export const listAreas = (params) => apiGet('/api/v1/areas', params)
