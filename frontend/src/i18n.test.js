import { afterEach, describe, expect, it } from 'vitest'
import { formatDate, formatMoney, label, locale, setLocale, t } from './i18n.js'

afterEach(() => setLocale('pl'))

describe('i18n', () => {
  it('switches language, remembers it and fills placeholders', () => {
    setLocale('en')
    expect(locale.value).toBe('en')
    expect(localStorage.getItem('odnowa.locale')).toBe('en')
    expect(t('projects.count', { count: 3 })).toBe('Found: 3')
    expect(label('status', 'IMPLEMENTATION')).toBe('implementation')
    setLocale('pl')
    expect(label('status', 'IMPLEMENTATION')).toBe('w realizacji')
  })

  it('ignores a language it does not have', () => {
    setLocale('de')
    expect(locale.value).toBe('pl')
  })

  it('formats money and dates for the language', () => {
    expect(formatMoney('6380223.26', 'PLN').replace(/\s/g, ' ')).toBe('6 380 223,26 zł')
    expect(formatDate('2022-05-19')).toBe('19 maj 2022')
    setLocale('en')
    expect(formatMoney('6380223.26', 'PLN').replace(/\s/g, ' ')).toBe('PLN 6,380,223.26')
    expect(formatDate('2022-05-19')).toBe('19 May 2022')
    expect(formatMoney(null)).toBe('—')
  })
})

describe('feature messages', () => {
  it('define every key in both languages, and no key twice', async () => {
    const { messages, duplicateKeys } = await import('./i18n.js')
    expect(duplicateKeys).toEqual([])
    expect(Object.keys(messages.en).filter((key) => !(key in messages.pl))).toEqual([])
    expect(Object.keys(messages.pl).filter((key) => !(key in messages.en))).toEqual([])
  })
})
