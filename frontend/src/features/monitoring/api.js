// The monitoring API (kept with the feature so that src/api/resources.js stays untouched).
import { apiGet, apiGetBlob, apiGetVersioned, apiSend } from '../../api/client.js'

export const getMonitoringReport = (programme, year) => apiGet(`/api/v1/programmes/${programme}/monitoring/${year}`)
export const getMonitoringRecordForEdit = (id) => apiGetVersioned(`/api/v1/monitoring-records/${id}`)
export const createMonitoringRecord = (body) => apiSend('POST', '/api/v1/monitoring-records', body)
export const replaceMonitoringRecord = (id, body, etag) => apiSend('PUT', `/api/v1/monitoring-records/${id}`, body, { etag })
/** The art. 22 dossier in one format (text/html, text/markdown, application/pdf) as a Blob. */
export const getDossier = (programme, year, lang, accept) =>
  apiGetBlob(`/api/v1/programmes/${programme}/assessment-dossier`, { year, lang }, accept)

/** The years a programme can be monitored in, newest first; the default is this year, else the period's last. */
export function periodYears(programme, now = new Date().getFullYear()) {
  const last = Math.min(programme.periodTo ?? now, Math.max(now, programme.periodFrom))
  const years = []
  for (let y = last; y >= programme.periodFrom; y--) years.push(y)
  return years
}
