// Form values are what inputs hold (strings, booleans, lists of such); the API gets typed values back.

/** The id of the input for an API field path: `fundingSources[1].amount` → `field-fundingSources-1-amount`. */
export function fieldId(path) {
  return `field-${path.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-')}`
}

/** The id of the element holding a field's error messages (the input's aria-describedby). */
export const errorId = (path) => `${fieldId(path)}-error`

/** The messages the API gave for one field path. */
export function messagesFor(errors, path) {
  return errors.filter((e) => e.field === path).map((e) => e.message)
}

/** An object's value as an input holds it: null → '', lists and objects copied deeply. */
export function toFormValue(value) {
  if (value === null || value === undefined) return ''
  if (Array.isArray(value)) return value.map(toFormValue)
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toFormValue(v)]))
  return typeof value === 'number' ? String(value) : value
}

/** Money as typed ("1 234,50") to the API's exact decimal string ("1234.50"); Polish users type a comma. */
export function normaliseMoney(text) {
  return text.replace(/[\s\u00a0]/g, '').replace(',', '.')
}

const converters = {
  text: (v) => (v.trim() === '' ? null : v),
  money: (v) => (v.trim() === '' ? null : normaliseMoney(v)),
  // a number that does not parse is sent as typed, so the API names the field
  int: (v) => (String(v).trim() === '' ? null : (Number.isInteger(Number(v)) ? Number(v) : v)),
  bool: (v) => Boolean(v)
}

/**
 * Form fields to API fields, by type: { title: 'text', totalCost: 'money', fundingSources: [{ amount: 'money' }] };
 * a list type converts each item with its item types (unnamed keys as text).
 */
export function toApi(form, types) {
  const convert = (value, type = 'text') => {
    if (Array.isArray(type)) return value.map((item) => toApi(item, type[0]))
    return (converters[type] ?? converters.text)(value)
  }
  return Object.fromEntries(Object.entries(form).map(([key, value]) => [key, convert(value, types[key])]))
}

/** The form fields whose value differs from the version loaded (a list counts as one field: merge patch replaces it whole). */
export function changedFields(base, form) {
  return Object.keys(form).filter((key) => JSON.stringify(form[key]) !== JSON.stringify(base[key]))
}

/**
 * How a conflict list names a form's coded values (statuses, kinds, ...): `groups` maps a field path without its
 * indexes to a message group, `{ status: 'status', 'fundingSources.instrument': 'instrument' }`, and `name(group,
 * value)` gives the value's name in the current language; other fields answer undefined (shown as they are).
 */
export function codedValues(groups, name) {
  return (path, value) => {
    const group = groups[path.replace(/\[\d+\]/g, '')]
    return group && value !== '' && value !== null && value !== undefined ? name(group, value) : undefined
  }
}

export const clone = (value) => JSON.parse(JSON.stringify(value))

/**
 * A summary label for an API field path from the form's labels: `fundingSources[1].amount` with
 * { fundingSources: 'Funding sources', 'fundingSources.amount': 'Amount' } → "Funding sources 2: Amount".
 */
export function labelFromPath(path, labels) {
  const match = /^(\w+)\[(\d+)\]\.(\w+)$/.exec(path)
  if (match) {
    const [, list, index, key] = match
    return `${labels[list] ?? list} ${Number(index) + 1}: ${labels[`${list}.${key}`] ?? key}`
  }
  const item = /^(\w+)\[(\d+)\]$/.exec(path)
  if (item) return `${labels[item[1]] ?? item[1]} ${Number(item[2]) + 1}`
  return labels[path] ?? path
}
