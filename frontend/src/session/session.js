// The signed-in user: one small global store, kept in sessionStorage (it ends with the tab, unlike localStorage)
// with the token's expiry; the API client reads the token from here for every request.
import { computed, ref } from 'vue'
import { apiSend, configureAuth } from '../api/client.js'

const STORAGE_KEY = 'odnowa.session'
const ROLES = ['VIEWER', 'EDITOR', 'ADMIN', 'SUPERADMIN']

function stored() {
  try {
    const value = JSON.parse(globalThis.sessionStorage?.getItem(STORAGE_KEY) ?? 'null')
    return value && value.expiresAt > Date.now() ? value : null
  } catch {
    return null
  }
}

/** { token, expiresAt, username, role, municipality } or null. */
export const session = ref(stored())
export const signedIn = computed(() => session.value !== null)

let expiryTimer = null
let onExpired = () => {}

function remember(value) {
  session.value = value
  clearTimeout(expiryTimer)
  if (value) {
    globalThis.sessionStorage?.setItem(STORAGE_KEY, JSON.stringify(value))
    // setTimeout's delay is a 32-bit number of milliseconds: beyond that the token outlives any tab anyway
    expiryTimer = setTimeout(expire, Math.min(value.expiresAt - Date.now(), 2 ** 31 - 1))
  } else {
    globalThis.sessionStorage?.removeItem(STORAGE_KEY)
  }
}

function expire() {
  if (!session.value) return
  remember(null)
  onExpired()
}

/** Exchanges the credentials for a token; throws the ApiError (401 wrong credentials, 429 with retryAfter). */
export async function signIn(username, password) {
  const { data } = await apiSend('POST', '/api/v1/auth/token', { username, password })
  remember({
    token: data.accessToken, expiresAt: Date.now() + data.expiresIn * 1000,
    username: data.username, role: data.role, municipality: data.municipality ?? null
  })
  return session.value
}

export function signOut() {
  remember(null)
}

/** Called when the session ends on its own (token expired, or the API answered 401): the app sends the user to sign in. */
export function onSessionExpired(handler) {
  onExpired = handler
}

/** Whether the signed-in user may change data of municipality teryt: EDITOR or above there, or SUPERADMIN. */
export function canEdit(teryt) {
  const s = session.value
  if (!s) return false
  if (s.role === 'SUPERADMIN') return true
  return ROLES.indexOf(s.role) >= ROLES.indexOf('EDITOR') && s.municipality === teryt
}

configureAuth({
  token: () => (session.value && session.value.expiresAt > Date.now() ? session.value.token : null),
  onUnauthorized: expire
})
if (session.value) remember(session.value) // restart the expiry timer after a reload
