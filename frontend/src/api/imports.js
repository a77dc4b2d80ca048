// The bulk import of a programme's projects or observations (all or nothing), with upload progress.
import { apiUpload } from './client.js'

/** file: a File or Blob; format: 'csv' | 'json'; kind (CSV only): 'projects' | 'observations'. */
export function importFile(programmeId, { file, format, kind }, onProgress) {
  return apiUpload(`/api/v1/programmes/${programmeId}/import`, {
    params: format === 'csv' ? { kind } : {},
    body: file,
    contentType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json',
    onProgress
  })
}
