import { locale } from '../../i18n.js'

/** An instant (2026-12-06T13:08:06Z) as date and time in the interface language; '' for none. */
export function formatInstant(iso) {
  if (!iso) return ''
  return new Intl.DateTimeFormat(locale.value === 'pl' ? 'pl-PL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' })
    .format(new Date(iso))
}

/** The roles a municipality's admin hands out (a superadmin belongs to no municipality). */
export const CITY_ROLES = ['VIEWER', 'EDITOR', 'ADMIN']
