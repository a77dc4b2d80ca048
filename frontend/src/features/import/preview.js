// What the import view shows before sending: the rows of a CSV (RFC 4180) or JSON file, and where a problem's
// field paths point (`rows[7].value`: line 7 under the header; `projects[3].title`: the fourth project).

/** Rows of a CSV text as arrays of cells: quoted cells may hold commas, line breaks and doubled quotes. */
export function parseCsv(text) {
  const rows = []
  let row = []
  let cell = ''
  let quoted = false
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text // a byte-order mark is not part of the header
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') { cell += '"'; i++ } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') { row.push(cell); cell = '' } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += c
  }
  if (cell !== '' || row.length) rows.push([...row, cell])
  return rows.filter((r) => r.length > 1 || r[0] !== '')
}

const JSON_COLUMNS = {
  projects: ['externalId', 'title', 'kind', 'status', 'totalCost'],
  observations: ['indicatorCode', 'subareaCode', 'year', 'value', 'source']
}

/**
 * A file's text as tables to preview: { format, tables: [{ kind, columns, rows, total }], error }.
 * kind of a CSV is what its header suggests (an indicatorCode column: observations).
 */
export function previewOf(text, format) {
  if (format === 'csv') {
    const [header = [], ...rows] = parseCsv(text)
    const kind = header.includes('indicatorCode') ? 'observations' : 'projects'
    return { format, tables: [{ kind, columns: header, rows, total: rows.length }], error: null }
  }
  let data
  try {
    data = JSON.parse(text)
  } catch (e) {
    return { format, tables: [], error: e.message }
  }
  const tables = Object.keys(JSON_COLUMNS).filter((kind) => Array.isArray(data?.[kind])).map((kind) => ({
    kind, columns: JSON_COLUMNS[kind],
    rows: data[kind].map((item) => JSON_COLUMNS[kind].map((column) => (item?.[column] === undefined || item?.[column] === null ? '' : String(item[column])))),
    total: data[kind].length
  }))
  return { format, tables, error: null }
}

/** Where an import problem's field points: { kind, row (1-based, as the file counts), column }; null for other paths. */
export function locate(path) {
  const match = /^(rows|projects|observations)\[(\d+)\](?:\.(.+))?$/.exec(path)
  if (!match) return null
  const [, list, index, column = ''] = match
  // CSV rows count from 1 (the line under the header); JSON lists from 0
  return { kind: list, row: list === 'rows' ? Number(index) : Number(index) + 1, column }
}
