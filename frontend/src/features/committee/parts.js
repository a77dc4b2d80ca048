// The three parts of a committee the SPA records, with their fields in the order of the form.
export const STAKEHOLDERS = ['RESIDENTS', 'PROPERTY_OWNERS', 'ENTREPRENEURS', 'NGOS', 'CITY_COUNCIL', 'OFFICE', 'OTHER']
export const STANCES = ['POSITIVE', 'NEGATIVE', 'WITH_REMARKS']

export const PARTS = {
  member: { list: 'members', fields: ['name', 'represents', 'organisation', 'startDate', 'endDate'], required: ['name', 'represents'] },
  meeting: { list: 'meetings', fields: ['date', 'agenda', 'minutesReference', 'minutesUrl'], required: ['date'] },
  opinion: { list: 'opinions', fields: ['date', 'subject', 'procedureStepId', 'stance', 'text', 'documentUrl'], required: ['subject'] }
}

/** The request body of the committee with one more part appended (the API replaces the lists whole). */
export function withPart(programmeId, committee, kind, part) {
  const list = PARTS[kind].list
  const body = {
    programmeId: Number(programmeId),
    name: committee?.name ?? null,
    source: committee?.source ?? null,
    members: committee?.members ?? [],
    meetings: committee?.meetings ?? [],
    opinions: committee?.opinions ?? []
  }
  return { ...body, [list]: [...body[list], part] }
}

/** The request body of the committee without the part at index. */
export function withoutPart(committee, kind, index) {
  const list = PARTS[kind].list
  const { id, municipality, version, createdAt, updatedAt, ...body } = committee
  return { ...body, [list]: committee[list].filter((_, i) => i !== index) }
}
