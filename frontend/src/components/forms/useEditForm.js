import { computed, onBeforeUnmount, onMounted, ref } from 'vue'
import { onBeforeRouteLeave, useRoute } from 'vue-router'
import { t } from '../../i18n.js'
import { changedFields, clone } from './formModel.js'

const DRAFT_PREFIX = 'odnowa.draft:'

/**
 * The life of an editing form: load the object with its ETag, track unsaved changes, save, show the API's field
 * errors, and resolve a 412 (someone saved in between) by reloading or by re-applying the user's changes.
 *
 * - fetch(): { data, etag } of the object (for a new object: defaults and a null etag)
 * - toForm(data): the form's values
 * - send({ form, changes, etag }): writes; answers { data, etag }. `changes` holds only the fields the user changed.
 */
export function useEditForm({ fetch, toForm, send }) {
  const route = useRoute()
  const draftKey = DRAFT_PREFIX + route.fullPath
  const state = ref('loading') // loading | ready | error
  const loadError = ref('')
  const form = ref(null)
  const base = ref(null) // the form's values of the version loaded
  const etag = ref(null)
  const errors = ref([]) // [{ field, message }] from the API
  const failure = ref('') // an error not tied to a field
  const conflict = ref(false)
  const serverChanges = ref([]) // on 412: [{ field, theirs, mine, touched }] — what the version saved in between changed
  const restored = ref(false)
  const saving = ref(false)

  const dirty = computed(() => form.value !== null && changedFields(base.value, form.value).length > 0)

  function changes() {
    return Object.fromEntries(changedFields(base.value, form.value).map((key) => [key, form.value[key]]))
  }

  async function fetchForm() {
    const fresh = await fetch()
    return { values: toForm(fresh.data), etag: fresh.etag, data: fresh.data }
  }

  async function load() {
    state.value = 'loading'
    try {
      const fresh = await fetchForm()
      const draft = takeDraft()
      // After signing in again, the edits made before the session ended come back (with the version they were made on)
      base.value = draft?.base ?? fresh.values
      form.value = draft?.form ?? clone(fresh.values)
      etag.value = draft ? draft.etag : fresh.etag
      restored.value = Boolean(draft)
      state.value = 'ready'
      return fresh.data
    } catch (e) {
      loadError.value = e.message
      state.value = 'error'
      return null
    }
  }

  async function save() {
    errors.value = []
    failure.value = ''
    saving.value = true
    try {
      const result = await send({ form: form.value, changes: changes(), etag: etag.value })
      base.value = clone(form.value)
      etag.value = result.etag
      return result.data
    } catch (e) {
      if (e.status === 412) {
        conflict.value = true
        await showServerChanges()
      }
      else if (e.status === 400 && e.fieldErrors.length) errors.value = e.fieldErrors
      else if (e.status === 403) failure.value = t('form.forbidden')
      else if (e.status === 401) failure.value = t('form.signedOut')
      else failure.value = e.message
      return null
    } finally {
      saving.value = false
    }
  }

  /** 412: the fields the version saved in between changed, field by field, with the user's value next to the server's. */
  async function showServerChanges() {
    try {
      const fresh = await fetchForm()
      const mine = changes()
      serverChanges.value = changedFields(base.value, fresh.values)
        .map((field) => ({ field, theirs: fresh.values[field], mine: mine[field], touched: field in mine }))
    } catch {
      serverChanges.value = [] // the choices below still work; they fetch again
    }
  }

  /** 412: throw the user's changes away and show the version saved in between. */
  async function reloadCurrent() {
    const fresh = await fetchForm()
    base.value = fresh.values
    form.value = clone(fresh.values)
    etag.value = fresh.etag
    conflict.value = false
    serverChanges.value = []
    errors.value = []
  }

  /** 412: take the version saved in between and put the user's changed fields on top of it, for review before saving. */
  async function reapply() {
    const mine = clone(changes())
    const fresh = await fetchForm()
    base.value = fresh.values
    form.value = { ...clone(fresh.values), ...mine }
    etag.value = fresh.etag
    conflict.value = false
    serverChanges.value = []
    errors.value = []
  }

  function takeDraft() {
    const text = globalThis.sessionStorage?.getItem(draftKey)
    if (!text) return null
    globalThis.sessionStorage.removeItem(draftKey)
    try {
      return JSON.parse(text)
    } catch {
      return null
    }
  }

  // Unsaved changes are not lost by leaving: the router asks first, and so does the browser (reload, close).
  onBeforeRouteLeave((to) => {
    if (!dirty.value) return true
    if (to.path === '/sign-in' && to.query.expired) {
      // the session ended: keep the edits for when the user comes back signed in
      globalThis.sessionStorage?.setItem(draftKey, JSON.stringify({ form: form.value, base: base.value, etag: etag.value }))
      return true
    }
    return window.confirm(t('form.confirmLeave'))
  })
  function beforeUnload(event) {
    if (!dirty.value) return
    event.preventDefault()
    event.returnValue = '' // older browsers show their own text only when this is set
  }
  onMounted(() => window.addEventListener('beforeunload', beforeUnload))
  onBeforeUnmount(() => window.removeEventListener('beforeunload', beforeUnload))

  return { state, loadError, form, etag, errors, failure, conflict, serverChanges, restored, saving, dirty, load, save, reloadCurrent, reapply }
}
