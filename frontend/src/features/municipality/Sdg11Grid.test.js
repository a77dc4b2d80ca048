import { afterEach, describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/vue'
import Sdg11Grid from './Sdg11Grid.vue'
import { setLocale } from '../../i18n.js'

const statuses = (overrides) => ({ TARGET_ACHIEVED: 0, ON_TRACK: 0, ACCELERATION_NEEDED: 0, LIMITED_PROGRESS: 0,
  DETERIORATION: 0, INSUFFICIENT_DATA: 0, NOT_APPLICABLE: 0, ...overrides })
const target = (code, byStatus, count) => ({ code, titlePl: `Cel ${code}`, titleEn: `Target ${code}`,
  projects: { count: 1, totalCost: '100.00' }, indicators: { count, byStatus: statuses(byStatus) } })

const framework = { titleEn: 'Global indicator framework (A/RES/71/313)', titlePl: 'Globalny zestaw wskaźników (A/RES/71/313)',
  versionDate: '2024-03-01', source: 'unstats.un.org' }

afterEach(() => vi.unstubAllGlobals())

describe('Sdg11Grid', () => {
  it('names each target by its weakest indicator status, in words', async () => {
    setLocale('pl')
    const body = { targets: [target('11.1', { ON_TRACK: 2, DETERIORATION: 1 }, 3), target('11.4', { ON_TRACK: 1 }, 1),
      target('11.5', {}, 0)] }
    vi.stubGlobal('fetch', vi.fn(async (url) => ({ ok: true, status: 200,
      json: async () => (String(url).includes('/sdg/framework') ? framework : body) })))
    render(Sdg11Grid, { props: { municipality: '2461011' } })
    const items = await screen.findAllByRole('listitem')
    expect(within(items[0]).getByText('pogorszenie')).toBeTruthy()
    expect(within(items[1]).getByText('na dobrej drodze')).toBeTruthy()
    expect(within(items[2]).getByText('brak wskaźników')).toBeTruthy()
    expect(items[0].className).toBe('sdg-DETERIORATION')
  })

  it('says which version of the UN framework the targets are worded by', async () => {
    setLocale('en')
    vi.stubGlobal('fetch', vi.fn(async (url) => ({ ok: true, status: 200,
      json: async () => (String(url).includes('/sdg/framework') ? framework : { targets: [target('11.1', {}, 0)] }) })))
    render(Sdg11Grid, { props: { municipality: '2461011' } })
    expect(await screen.findByText('Targets in the UN wording: Global indicator framework (A/RES/71/313), version of 2024-03-01.'))
      .toBeTruthy()
    setLocale('pl')
  })
})
