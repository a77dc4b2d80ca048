// Polish and English: a reactive locale remembered in localStorage, messages by key, and Intl formatters.
import { computed, ref } from 'vue'
import { messages as shared } from './messages.js'

const STORAGE_KEY = 'odnowa.locale'
const supported = ['pl', 'en']

function initialLocale() {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY)
  return supported.includes(saved) ? saved : 'pl'
}

// Each feature may keep its own strings in src/features/<feature>/messages.js ({ pl: {...}, en: {...} }); they are
// merged with the shared ones, and a key defined twice is a mistake the i18n test reports.
const featureMessages = Object.values(import.meta.glob('./features/*/messages.js', { eager: true, import: 'messages' }))
export const messages = Object.fromEntries(supported.map((lang) =>
  [lang, Object.assign({}, shared[lang], ...featureMessages.map((m) => m[lang] ?? {}))]))
export const duplicateKeys = featureMessages.flatMap((m, i) => Object.keys(m.pl ?? {})
  .filter((key) => key in shared.pl || featureMessages.some((other, j) => j < i && key in (other.pl ?? {}))))

export const locale = ref(initialLocale())

export function setLocale(value) {
  if (!supported.includes(value)) return
  locale.value = value
  globalThis.localStorage?.setItem(STORAGE_KEY, value)
  if (globalThis.document) document.documentElement.lang = value
}

/** Message for key, with {name} placeholders filled from params; the key itself when missing. */
export function t(key, params = {}) {
  const text = messages[locale.value]?.[key] ?? messages.pl[key] ?? key
  return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''))
}

const intlLocale = computed(() => (locale.value === 'pl' ? 'pl-PL' : 'en-GB'))

/** Money arrives as an exact decimal string; Intl formats it without passing through a float's arithmetic. */
export function formatMoney(amount, currency = 'PLN') {
  if (amount === null || amount === undefined || amount === '') return '—'
  return new Intl.NumberFormat(intlLocale.value, { style: 'currency', currency }).format(amount)
}

/** Money in a few characters for chart axes ("7 mln zł", "PLN 7m"); tables keep the exact amount. */
export function formatMoneyShort(amount, currency = 'PLN') {
  return new Intl.NumberFormat(intlLocale.value, { style: 'currency', currency, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 })
    .format(amount)
}

export function formatNumber(value, maximumFractionDigits = 2) {
  if (value === null || value === undefined || value === '') return '—'
  return new Intl.NumberFormat(intlLocale.value, { maximumFractionDigits }).format(value)
}

/** A ratio as a percentage (0.75 → "75%"). */
export function formatPercent(ratio) {
  if (ratio === null || ratio === undefined || ratio === '') return '—'
  return new Intl.NumberFormat(intlLocale.value, { style: 'percent', maximumFractionDigits: 1 }).format(ratio)
}

export function formatDate(iso) {
  if (!iso) return '—'
  return new Intl.DateTimeFormat(intlLocale.value, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`))
}

/** The name of an enum value (status, kind, ...) in the current language. */
export function label(group, value) {
  return value ? t(`${group}.${value}`) : '—'
}
