// The consultations API (kept with the feature so that src/api/resources.js stays untouched).
import { apiGet, apiGetVersioned, apiSend } from '../../api/client.js'

export const listConsultations = (programme) => apiGet('/api/v1/consultations', { programme, size: 200, sort: 'startDate' })
export const getConsultationForEdit = (id) => apiGetVersioned(`/api/v1/consultations/${id}`)
export const createConsultation = (body) => apiSend('POST', '/api/v1/consultations', body)
export const replaceConsultation = (id, body, etag) => apiSend('PUT', `/api/v1/consultations/${id}`, body, { etag })
