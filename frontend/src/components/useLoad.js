import { ref, watch } from 'vue'

/**
 * Loads data for a view and tracks its state: 'loading', 'ready', 'empty' or 'error'.
 * `source` is a getter of the loader's argument (a route param, a query): a change reloads.
 */
export function useLoad(loader, source = () => null, isEmpty = (data) => data === null) {
  const state = ref('loading')
  const data = ref(null)
  const error = ref('')

  async function load() {
    state.value = 'loading'
    try {
      data.value = await loader(source())
      state.value = isEmpty(data.value) ? 'empty' : 'ready'
    } catch (e) {
      error.value = e.message
      state.value = 'error'
    }
  }

  watch(source, load, { immediate: true, deep: true })
  return { state, data, error, reload: load }
}
