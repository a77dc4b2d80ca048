import { describe, expect, it } from 'vitest'
import { indexClasses, indexColour, INDEX_COLOURS, limitsOf, NO_VALUE, prune, selectable, shares, SPHERE_COLOURS, spheresInCrisis, toggle,
  unitColour } from './delimitation.js'

// The demo's figures: Bielsko-Biała's 12,451 ha and 166,765 residents, and three of its illustrative units.
const base = { areaHa: 12451, residents: 166765 }
const limits = { maxAreaSharePct: 20, maxResidentsSharePct: 30 }
const units = [
  { code: 'IL-01', areaHa: 358.88, residents: 18500, index: 1.2, spheres: { social: true, economic: false, technical: true } },
  { code: 'IL-02', areaHa: 358.88, residents: 21000, index: 0.9, spheres: { social: true, economic: true, technical: null } },
  { code: 'IL-04', areaHa: 359.05, residents: 17800, index: -0.3, spheres: { social: true, technical: true } },
  { code: 'IL-07', areaHa: 3347.72, residents: null, index: null, spheres: { social: false } }
]

describe('shares of a selection', () => {
  it('sums hectares and residents and measures them against the base, as the API does', () => {
    const s = shares(units, ['IL-01', 'IL-02'], base, limits)
    expect(s.count).toBe(2)
    expect(s.areaHa).toBeCloseTo(717.76, 6)
    expect(s.residents).toBe(39500)
    expect(s.areaSharePct).toBeCloseTo((717.76 / 12451) * 100, 9)
    expect(s.residentsSharePct).toBeCloseTo((39500 * 100) / 166765, 9) // 23.69 %
    expect(s).toMatchObject({ overArea: false, overResidents: false, within: true })
  })

  it('reports the residents limit passed by the third unit', () => {
    const s = shares(units, ['IL-01', 'IL-02', 'IL-04'], base, limits)
    expect(s.residents).toBe(57300)
    expect(s.residentsSharePct).toBeGreaterThan(30) // 34.36 %
    expect(s).toMatchObject({ overArea: false, overResidents: true, within: false })
  })

  it('reports the area limit, counts a unit without residents as none, and is exactly at a limit still within', () => {
    const s = shares(units, ['IL-07'], { areaHa: 3347.72 * 5, residents: 1000 }, limits)
    expect(s.areaSharePct).toBeCloseTo(20, 9)
    expect(s.residents).toBe(0)
    expect(s.within).toBe(true)
    expect(shares(units, ['IL-07'], { areaHa: 10000, residents: 1000 }, limits)).toMatchObject({ overArea: true, within: false })
  })

  it('cannot tell without a base: no share, not within', () => {
    const s = shares(units, ['IL-01'], { areaHa: null, residents: 0 }, limits)
    expect(s.areaSharePct).toBeNull()
    expect(s.residentsSharePct).toBeNull()
    expect(s).toMatchObject({ overArea: false, overResidents: false, within: false })
  })

  it('takes the limits from the answer, 20 % and 30 % when it has none', () => {
    expect(limitsOf({ degraded: { maxAreaSharePct: 15, maxResidentsSharePct: 25 } })).toEqual({ maxAreaSharePct: 15, maxResidentsSharePct: 25 })
    expect(limitsOf(null)).toEqual(limits)
  })
})

describe('choosing units', () => {
  const allowed = selectable({ degraded: { units: ['IL-01', 'IL-02', 'IL-04'] } })
  const order = units.map((u) => u.code)

  it('adds and removes units in the table order, and never a unit outside the degraded area', () => {
    let chosen = toggle([], 'IL-04', allowed, order)
    chosen = toggle(chosen, 'IL-01', allowed, order)
    expect(chosen).toEqual(['IL-01', 'IL-04'])
    expect(toggle(chosen, 'IL-07', allowed, order)).toEqual(['IL-01', 'IL-04'])
    expect(toggle(chosen, 'IL-01', allowed, order)).toEqual(['IL-04'])
  })

  it('drops the chosen units that no longer meet art. 9 after a recomputation', () => {
    expect(prune(['IL-01', 'IL-02', 'IL-04'], selectable({ degraded: { units: ['IL-02'] } }))).toEqual(['IL-02'])
    expect(selectable(null).size).toBe(0)
  })
})

describe('map colours', () => {
  it('puts the index in five equal classes between the lowest and the highest', () => {
    const classes = indexClasses(units)
    expect(classes).toHaveLength(5)
    expect(classes[0].from).toBeCloseTo(-0.3, 9)
    expect(classes[4].to).toBeCloseTo(1.2, 9)
    expect(indexColour(-0.3, classes)).toBe(INDEX_COLOURS[0])
    expect(indexColour(1.2, classes)).toBe(INDEX_COLOURS[4])
    expect(indexColour(0.7, classes)).toBe(INDEX_COLOURS[3]) // (0.6, 0.9]
    expect(indexColour(null, classes)).toBe(NO_VALUE)
    expect(indexClasses([{ index: null }])).toEqual([])
  })

  it('colours a sphere by crisis, no crisis and not known, and lists the spheres in crisis', () => {
    expect(unitColour(units[0], 'technical', [])).toBe(SPHERE_COLOURS.true)
    expect(unitColour(units[0], 'economic', [])).toBe(SPHERE_COLOURS.false)
    expect(unitColour(units[1], 'technical', [])).toBe(SPHERE_COLOURS.null)
    expect(unitColour(units[1], 'environmental', [])).toBe(SPHERE_COLOURS.null)
    expect(spheresInCrisis(units[0])).toEqual(['social', 'technical'])
  })
})
