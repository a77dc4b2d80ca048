import { describe, expect, it } from 'vitest'
import { changedFields, codedValues, fieldId, labelFromPath, messagesFor, toApi, toFormValue } from './formModel.js'

describe('formModel', () => {
  it('maps API field paths to input ids and summary labels', () => {
    expect(fieldId('fundingSources[1].amount')).toBe('field-fundingSources-1-amount')
    expect(fieldId('eligibleCost')).toBe('field-eligibleCost')
    const labels = { fundingSources: 'Źródło finansowania', 'fundingSources.amount': 'Kwota', eligibleCost: 'Koszty kwalifikowalne' }
    expect(labelFromPath('fundingSources[1].amount', labels)).toBe('Źródło finansowania 2: Kwota')
    expect(labelFromPath('eligibleCost', labels)).toBe('Koszty kwalifikowalne')
    expect(labelFromPath('If-Match', labels)).toBe('If-Match')
    expect(messagesFor([{ field: 'a', message: 'x' }, { field: 'b', message: 'y' }, { field: 'a', message: 'z' }], 'a')).toEqual(['x', 'z'])
  })

  it('turns inputs into API values: empty text is null, money keeps its exact digits, lists convert item by item', () => {
    const form = toFormValue({ title: 'T', totalCost: '100.00', plannedEnd: null, periodFrom: 2014, fundingSources: [{ amount: '5', fund: null }] })
    expect(form).toEqual({ title: 'T', totalCost: '100.00', plannedEnd: '', periodFrom: '2014', fundingSources: [{ amount: '5', fund: '' }] })
    const types = { totalCost: 'money', periodFrom: 'int', fundingSources: [{ amount: 'money' }] }
    expect(toApi({ ...form, totalCost: '1 234 567,89', fundingSources: [{ amount: '0,10', fund: '' }] }, types)).toEqual({
      title: 'T', totalCost: '1234567.89', plannedEnd: null, periodFrom: 2014, fundingSources: [{ amount: '0.10', fund: null }]
    })
    expect(toApi({ periodFrom: '20x4' }, types)).toEqual({ periodFrom: '20x4' }) // sent as typed: the API names the field
  })

  it('finds the fields the user changed; a list counts as one field', () => {
    const base = { title: 'A', status: 'PIPELINE', fundingSources: [{ amount: '1' }] }
    expect(changedFields(base, { ...base })).toEqual([])
    expect(changedFields(base, { ...base, title: 'B', fundingSources: [{ amount: '2' }] })).toEqual(['title', 'fundingSources'])
  })

  it('names coded values for the conflict list by their message group, lists item by item', () => {
    const name = (group, value) => `${group}:${value}`
    const valueName = codedValues({ status: 'status', 'fundingSources.instrument': 'instrument' }, name)
    expect(valueName('status', 'COMPLETION')).toBe('status:COMPLETION')
    expect(valueName('fundingSources[2].instrument', 'OWN')).toBe('instrument:OWN')
    expect(valueName('title', 'COMPLETION')).toBeUndefined() // not a coded field: shown as it is
    expect(valueName('status', '')).toBeUndefined()
  })
})
