import { apiGet } from './client.js'

export const listProgrammes = (params) => apiGet('/api/v1/programmes', params)
