// One small fetch wrapper: JSON in and out; a failed call throws an ApiError carrying the problem+json body.
// Every request carries the signed-in user's token; a 401 to a request that carried one means the session ended.
const baseUrl = import.meta.env.VITE_API_BASE ?? ''

export class ApiError extends Error {
  constructor(status, problem, retryAfter = null) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`)
    this.status = status
    this.problem = problem
    /** Seconds to wait before trying again (429), when the server said. */
    this.retryAfter = retryAfter
  }

  /** The problem's field errors: [{ field, message }]. */
  get fieldErrors() {
    return this.problem?.errors ?? []
  }
}

// The session module plugs in here (the client does not import it, so the two stay independent).
const auth = { token: () => null, onUnauthorized: () => {} }

/** token(): the current bearer token or null; onUnauthorized(): called when a request with a token answers 401. */
export function configureAuth({ token, onUnauthorized }) {
  if (token) auth.token = token
  if (onUnauthorized) auth.onUnauthorized = onUnauthorized
}

/** The address of an API path with its query; empty parameters are left out. */
export function apiUrl(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''))
  return `${baseUrl}${path}${query.size ? `?${query}` : ''}`
}

async function request(path, { params = {}, accept = 'application/json', method = 'GET', body, contentType, headers = {}, cache } = {}) {
  const token = auth.token()
  const allHeaders = { Accept: accept, ...headers }
  if (token) allHeaders.Authorization = `Bearer ${token}`
  if (body !== undefined) allHeaders['Content-Type'] = contentType ?? 'application/json'
  const response = await fetch(apiUrl(path, params), {
    method, headers: allHeaders, body: body === undefined ? undefined : JSON.stringify(body), ...(cache ? { cache } : {})
  })
  if (!response.ok) {
    const retryAfter = Number(response.headers?.get?.('Retry-After')) || null
    const error = new ApiError(response.status, await response.json().catch(() => null), retryAfter)
    if (response.status === 401 && token) auth.onUnauthorized(error)
    throw error
  }
  return response
}

const readJson = (response) => (response.status === 204 ? null : response.json().catch(() => null))

/** GET as JSON (or another JSON type, e.g. application/geo+json). */
export async function apiGet(path, params = {}, accept = 'application/json') {
  return readJson(await request(path, { params, accept }))
}

/** GET a file (a PDF, a CSV) as a Blob. */
export async function apiGetBlob(path, params = {}, accept = '*/*') {
  const response = await request(path, { params, accept })
  return response.blob()
}

/** The ETag of a response, or the quoted version of the body (the API's ETag is the version: "7"). */
function etagOf(response, data) {
  return response.headers?.get?.('ETag') ?? (data?.version !== undefined ? `"${data.version}"` : null)
}

/** GET one object for editing, bypassing the HTTP cache: { data, etag }. */
export async function apiGetVersioned(path) {
  const response = await request(path, { cache: 'no-store' })
  const data = await readJson(response)
  return { data, etag: etagOf(response, data) }
}

/**
 * A write: POST (create), PUT or PATCH (JSON Merge Patch) with If-Match when an etag is given.
 * Answers { data, etag } with the object as the server now holds it.
 */
export async function apiSend(method, path, body, { etag } = {}) {
  const response = await request(path, {
    method, body,
    contentType: method === 'PATCH' ? 'application/merge-patch+json' : 'application/json',
    headers: etag ? { 'If-Match': etag } : {}
  })
  const data = await readJson(response)
  return { data, etag: etagOf(response, data) }
}

/**
 * POST a file as it is (CSV, JSON) with upload progress: XMLHttpRequest, since fetch reports none.
 * onProgress(fraction 0..1) is called as the body goes out; answers the JSON body, or throws an ApiError.
 */
export function apiUpload(path, { params = {}, body, contentType, onProgress = () => {} }) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    const token = auth.token()
    xhr.open('POST', apiUrl(path, params))
    xhr.setRequestHeader('Accept', 'application/json')
    xhr.setRequestHeader('Content-Type', contentType)
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`)
    xhr.upload.onprogress = (event) => { if (event.lengthComputable) onProgress(event.loaded / event.total) }
    xhr.onload = () => {
      let data = null
      try { data = xhr.responseText ? JSON.parse(xhr.responseText) : null } catch { data = null }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1)
        resolve(data)
        return
      }
      const error = new ApiError(xhr.status, data, Number(xhr.getResponseHeader('Retry-After')) || null)
      if (xhr.status === 401 && token) auth.onUnauthorized(error)
      reject(error)
    }
    xhr.onerror = () => reject(new ApiError(0, null))
    xhr.send(body)
  })
}
