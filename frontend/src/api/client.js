// One small fetch wrapper: JSON in and out; a failed call throws an ApiError carrying the problem+json body.
const baseUrl = import.meta.env.VITE_API_BASE ?? ''

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`)
    this.status = status
    this.problem = problem
  }
}

export async function apiGet(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''))
  const url = `${baseUrl}${path}${query.size ? `?${query}` : ''}`
  const response = await fetch(url, { headers: { Accept: 'application/json' } })
  const body = response.status === 204 ? null : await response.json().catch(() => null)
  if (!response.ok) {
    throw new ApiError(response.status, body)
  }
  return body
}
