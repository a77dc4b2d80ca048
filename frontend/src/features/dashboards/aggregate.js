// Sums and counts behind the dashboards, from the API's lists. Money stays exact: decimal strings are added as
// whole grosze (BigInt), and turned into numbers only for drawing.

/** "6380223.26" → 638022326n (grosze); amounts have at most two decimals. */
function toCents(amount) {
  const [whole, fraction = ''] = String(amount).split('.')
  const sign = whole.startsWith('-') ? -1n : 1n
  return sign * (BigInt(whole.replace('-', '') || '0') * 100n + BigInt((fraction + '00').slice(0, 2)))
}

/** 638022326n → "6380223.26". */
function fromCents(cents) {
  const negative = cents < 0n
  const digits = (negative ? -cents : cents).toString().padStart(3, '0')
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`
}

/** The exact sum of decimal strings. */
export function sumAmounts(amounts) {
  return fromCents(amounts.reduce((sum, amount) => sum + toCents(amount ?? '0'), 0n))
}

/**
 * Funding by source across projects: [{ source, currency, instruments: [...], projects, amount }], largest first.
 * A source is its name as the projects record it (with the fund, when named: "Unia Europejska (EFRR)").
 */
export function fundingBySource(projects) {
  const groups = new Map()
  for (const project of projects) {
    for (const f of project.fundingSources ?? []) {
      const source = f.fund ? `${f.source} (${f.fund})` : f.source
      const key = `${source}\u0000${project.currency}`
      const group = groups.get(key) ?? { source, currency: project.currency, instruments: new Set(), projects: new Set(), amounts: [] }
      group.instruments.add(f.instrument)
      group.projects.add(project.id)
      group.amounts.push(f.amount)
      groups.set(key, group)
    }
  }
  return [...groups.values()]
    .map((g) => ({ source: g.source, currency: g.currency, instruments: [...g.instruments], projects: g.projects.size, amount: sumAmounts(g.amounts) }))
    .sort((a, b) => Number(b.amount) - Number(a.amount) || a.source.localeCompare(b.source))
}

export const PROGRESS_ORDER = ['TARGET_ACHIEVED', 'ON_TRACK', 'ACCELERATION_NEEDED', 'LIMITED_PROGRESS', 'DETERIORATION',
  'INSUFFICIENT_DATA', 'NOT_APPLICABLE']

/** How many indicators have each progress status, in the order above; indicators without one count as NO_STATUS. */
export function progressDistribution(indicators) {
  const counts = Object.fromEntries([...PROGRESS_ORDER, 'NO_STATUS'].map((status) => [status, 0]))
  for (const indicator of indicators) {
    const status = indicator.progress?.status
    counts[status in counts ? status : 'NO_STATUS'] += 1
  }
  return Object.entries(counts).filter(([status, count]) => status !== 'NO_STATUS' || count > 0).map(([status, count]) => ({ status, count }))
}

/** Programmes along the years: [{ id, name, from, to, ... }], by start; a programme without an end runs to `openEnd`. */
export function timeline(programmes, openEnd) {
  return [...programmes].sort((a, b) => a.periodFrom - b.periodFrom)
    .map((p) => ({ id: p.id, name: p.shortName ?? p.name, from: p.periodFrom, to: p.periodTo ?? openEnd, open: p.periodTo == null,
      legalBasis: p.legalBasis, status: p.status, published: p.published }))
}

/** RFC 4180 CSV (CRLF, quotes where needed) of a header and rows. */
export function toCsv(header, rows) {
  const cell = (value) => {
    const text = value === null || value === undefined ? '' : String(value)
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  }
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n'
}
