import { describe, expect, it } from 'vitest'
import { fundingBySource, progressDistribution, sumAmounts, timeline, toCsv } from './aggregate.js'

describe('dashboard figures', () => {
  it('adds money exactly, by funding source, largest first', () => {
    expect(sumAmounts(['0.10', '0.20', '1234567.89'])).toBe('1234568.19')
    const projects = [
      { id: 1, currency: 'PLN', fundingSources: [{ source: 'Unia Europejska', fund: 'EFRR', instrument: 'GRANT', amount: '6380223.26' },
        { source: 'Budżet gminy', instrument: 'OWN', amount: '4967195.36' }] },
      { id: 2, currency: 'PLN', fundingSources: [{ source: 'Budżet gminy', instrument: 'OWN', amount: '0.64' }] }
    ]
    expect(fundingBySource(projects)).toEqual([
      { source: 'Unia Europejska (EFRR)', currency: 'PLN', instruments: ['GRANT'], projects: 1, amount: '6380223.26' },
      { source: 'Budżet gminy', currency: 'PLN', instruments: ['OWN'], projects: 2, amount: '4967196.00' }
    ])
  })

  it('counts indicators by progress status and programmes along the years', () => {
    const counts = progressDistribution([{ progress: { status: 'ON_TRACK' } }, { progress: { status: 'ON_TRACK' } }, { progress: null }])
    expect(counts.find((c) => c.status === 'ON_TRACK').count).toBe(2)
    expect(counts.at(-1)).toEqual({ status: 'NO_STATUS', count: 1 })
    expect(timeline([{ id: 3, shortName: 'GPR 2030', periodFrom: 2022, periodTo: null }, { id: 1, shortName: 'PROM', periodFrom: 2007, periodTo: 2013 }], 2026)
      .map((p) => [p.name, p.from, p.to, p.open])).toEqual([['PROM', 2007, 2013, false], ['GPR 2030', 2022, 2026, true]])
    expect(toCsv(['source', 'amount'], [['Gmina, budżet', '1.00']])).toBe('source,amount\r\n"Gmina, budżet",1.00\r\n')
  })
})
