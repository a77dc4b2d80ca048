// One small fetch wrapper: JSON in and out; a failed call throws an ApiError carrying the problem+json body.
const baseUrl = import.meta.env.VITE_API_BASE ?? ''

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`)
    this.status = status
    this.problem = problem
  }
}

/** The address of an API path with its query; empty parameters are left out. */
export function apiUrl(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''))
  return `${baseUrl}${path}${query.size ? `?${query}` : ''}`
}

async function request(path, params, accept) {
  const response = await fetch(apiUrl(path, params), { headers: { Accept: accept } })
  if (!response.ok) {
    throw new ApiError(response.status, await response.json().catch(() => null))
  }
  return response
}

/** GET as JSON (or another JSON type, e.g. application/geo+json). */
export async function apiGet(path, params = {}, accept = 'application/json') {
  const response = await request(path, params, accept)
  return response.status === 204 ? null : response.json().catch(() => null)
}

/** GET a file (a PDF, a CSV) as a Blob. */
export async function apiGetBlob(path, params = {}, accept = '*/*') {
  const response = await request(path, params, accept)
  return response.blob()
}
