// A municipality's users and API keys (its admins and the superadmin manage them).
import { apiGet, apiGetVersioned, apiSend } from './client.js'

export const listUsers = (municipality) => apiGet('/api/v1/users', { municipality, size: 200, sort: 'username' })
export const createUser = (body) => apiSend('POST', '/api/v1/users', body)
export const getUserForEdit = (id) => apiGetVersioned(`/api/v1/users/${id}`)
/** PUT: the whole user without its password (kept as it is), with If-Match. */
export const replaceUser = (id, body, etag) => apiSend('PUT', `/api/v1/users/${id}`, body, { etag })

export const listApiKeys = (municipality) => apiGet('/api/v1/api-keys', { municipality, size: 200, sort: '-createdAt' })
/** Answers the key itself in data.key: the only time it is ever shown. */
export const createApiKey = (body) => apiSend('POST', '/api/v1/api-keys', body)
export const getApiKeyForEdit = (id) => apiGetVersioned(`/api/v1/api-keys/${id}`)
export const revokeApiKey = (id, etag) => apiSend('DELETE', `/api/v1/api-keys/${id}`, undefined, { etag })
