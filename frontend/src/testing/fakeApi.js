import { vi } from 'vitest'

/** A fetch Response as the client reads it: status, JSON body, headers. */
export function answer(status, body, headers = {}) {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]))
  return {
    ok: status >= 200 && status < 300, status,
    headers: { get: (name) => lower[name.toLowerCase()] ?? null },
    json: async () => body
  }
}

/**
 * Stubs fetch with a handler (method, path, init, query) → answer, query being the URLSearchParams of the request;
 * returns the mock, whose calls are [{ method, path, headers, body }] through `requests()`.
 */
export function fakeApi(handler) {
  const mock = vi.fn(async (url, init = {}) =>
    handler(init.method ?? 'GET', url.split('?')[0], init, new URLSearchParams(url.split('?')[1] ?? '')))
  vi.stubGlobal('fetch', mock)
  mock.requests = () => mock.mock.calls.map(([url, init = {}]) => ({
    method: init.method ?? 'GET', path: url.split('?')[0], headers: init.headers ?? {},
    body: init.body ? JSON.parse(init.body) : undefined
  }))
  return mock
}
