import { watchEffect } from 'vue'
import { t } from '../i18n.js'

/** Names the page in the browser tab (WCAG 2.4.2): "<what the view shows> – Odnowa"; getter may return ''. */
export function usePageTitle(getter) {
  watchEffect(() => {
    const name = getter()
    document.title = name ? `${name} – ${t('app.title')}` : t('app.title')
  })
}
