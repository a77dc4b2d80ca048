/**
 * The forms of a consultation (art. 6 ust. 3 of the Revitalisation Act): pkt 1 is the required collection of comments on
 * paper or electronically, pkt 2 the others, of which at least two are required (ust. 4); OTHER is in neither.
 */
export const FORM_GROUPS = [
  { point: 1, forms: ['WRITTEN_COMMENTS', 'ELECTRONIC_COMMENTS'] },
  { point: 2, forms: ['MEETING', 'ONLINE_MEETING', 'DEBATE', 'WORKSHOP', 'WALK_STUDY', 'SURVEY', 'INTERVIEWS', 'REPRESENTATIVE_GROUP', 'ORAL_COMMENTS'] },
  { point: 0, forms: ['OTHER'] }
]
export const FORMS = FORM_GROUPS.flatMap((g) => g.forms)
export const OUTCOMES = ['ACCEPTED', 'PARTLY_ACCEPTED', 'REJECTED']

/** The checks of art. 6 the compliance report gives for one consultation, in the order duration, forms, summary. */
export function checksOf(report, consultationId) {
  return (report?.checks ?? []).filter((c) => c.id.startsWith('ART_6_CONSULTATION_') && c.subject === String(consultationId))
}

/** Consultations by start date (undated last), then by id, without changing the list given. */
export function byStart(consultations) {
  return [...consultations].sort((a, b) => (a.startDate ?? '9999').localeCompare(b.startDate ?? '9999') || a.id - b.id)
}
