/** Recommendation statuses in the order of their life (openapi.yaml, RecommendationStatus). */
export const RECOMMENDATION_STATUSES = ['PROPOSED', 'ACCEPTED', 'IN_PROGRESS', 'IMPLEMENTED', 'REJECTED']

/** The recommendations grouped by status: { PROPOSED: [...], ... }, every status present. */
export function byStatus(recommendations) {
  const groups = Object.fromEntries(RECOMMENDATION_STATUSES.map((s) => [s, []]))
  for (const r of recommendations) (groups[r.status] ??= []).push(r)
  return groups
}
