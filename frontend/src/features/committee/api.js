// The committees API (kept with the feature so that src/api/resources.js stays untouched).
import { apiGet, apiGetVersioned, apiSend } from '../../api/client.js'

/** The programme's committee, or null when none is recorded (one per programme). */
export const getCommitteeOf = async (programme) => (await apiGet('/api/v1/committees', { programme, size: 1 })).items[0] ?? null
export const getCommitteeForEdit = (id) => apiGetVersioned(`/api/v1/committees/${id}`)
export const createCommittee = (body) => apiSend('POST', '/api/v1/committees', body)
export const replaceCommittee = (id, body, etag) => apiSend('PUT', `/api/v1/committees/${id}`, body, { etag })
