import { nextTick, ref } from 'vue'
import { fieldId } from '../../components/forms/formModel.js'
import { t } from '../../i18n.js'

/**
 * A small form's call to the API: busy while it runs; a 400 puts the problem's field errors next to the fields (and
 * focus on the first of them), anything else becomes one message. run(fn) answers fn's result, or null on failure.
 * `form` prefixes the API's field paths (`user.role`), so two forms on one page keep their inputs' ids apart.
 */
export function useSubmit(form) {
  const busy = ref(false)
  const errors = ref([])
  const failure = ref('')

  async function run(call) {
    busy.value = true
    errors.value = []
    failure.value = ''
    try {
      return await call()
    } catch (e) {
      failure.value = messageFor(e)
      if (e.status === 400 && e.fieldErrors?.length) {
        errors.value = e.fieldErrors.map((error) => ({ ...error, field: `${form}.${error.field}` }))
        nextTick(() => document.getElementById(fieldId(errors.value[0].field))?.focus())
      }
      return null
    } finally {
      busy.value = false
    }
  }
  return { busy, errors, failure, run }
}

/** What went wrong, in the interface language where the status says enough. */
export function messageFor(e) {
  if (e.status === 400 && e.fieldErrors?.length) return t('people.fixErrors', { count: e.fieldErrors.length })
  if (e.status === 403) return t('form.forbidden')
  if (e.status === 401) return t('form.signedOut')
  if (e.status === 409) return t('people.conflict', { detail: e.message })
  if (e.status === 412) return t('people.stale')
  return t('state.error', { message: e.message })
}
