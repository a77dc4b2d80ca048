// The procedure steps API (kept with the feature so that src/api/resources.js stays untouched).
import { apiGet, apiGetVersioned, apiSend } from '../../api/client.js'

export const listProcedureSteps = (programme) => apiGet('/api/v1/procedure-steps', { programme, size: 200, sort: 'date' })
export const getProcedureStepForEdit = (id) => apiGetVersioned(`/api/v1/procedure-steps/${id}`)
export const createProcedureStep = (body) => apiSend('POST', '/api/v1/procedure-steps', body)
export const replaceProcedureStep = (id, body, etag) => apiSend('PUT', `/api/v1/procedure-steps/${id}`, body, { etag })
