import { computed, ref, watch } from 'vue'
import { DEFAULT_MUNICIPALITY } from '../../router.js'
import { session } from '../../session/session.js'

// The city the user works on, for the header's links: the one in the address (/municipalities/:teryt, or
// ?municipality=), else the last one visited in this tab, else the signed-in user's, else the configured default.
const STORAGE_KEY = 'odnowa.city'
const visited = ref(globalThis.sessionStorage?.getItem(STORAGE_KEY) ?? '')

export function followCity(route) {
  watch(() => [route.params.teryt, route.query.municipality], ([teryt, query]) => {
    const code = [teryt, query].find((value) => typeof value === 'string' && /^[0-9]{7}$/.test(value))
    if (code && code !== visited.value) {
      visited.value = code
      globalThis.sessionStorage?.setItem(STORAGE_KEY, code)
    }
  }, { immediate: true })
}

export const currentCity = computed(() => visited.value || session.value?.municipality || DEFAULT_MUNICIPALITY || '')
