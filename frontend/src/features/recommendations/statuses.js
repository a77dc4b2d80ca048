/** Recommendation statuses in the order of their life (openapi.yaml, RecommendationStatus). */
export const RECOMMENDATION_STATUSES = ['PROPOSED', 'ACCEPTED', 'IN_PROGRESS', 'IMPLEMENTED', 'REJECTED']

/** The recommendations grouped by status: { PROPOSED: [...], ... }, every status present. */
export function byStatus(recommendations) {
  const groups = Object.fromEntries(RECOMMENDATION_STATUSES.map((s) => [s, []]))
  for (const r of recommendations) (groups[r.status] ??= []).push(r)
  return groups
}

/** Where a recommendation may move next: the workflow of RecommendationStatus.allowedTransitions (backend). */
export const ALLOWED_MOVES = {
  PROPOSED: ['ACCEPTED', 'REJECTED'],
  ACCEPTED: ['IN_PROGRESS', 'REJECTED'],
  IN_PROGRESS: ['IMPLEMENTED', 'REJECTED'],
  IMPLEMENTED: [],
  REJECTED: []
}

export const canMove = (from, to) => (ALLOWED_MOVES[from] ?? []).includes(to)
