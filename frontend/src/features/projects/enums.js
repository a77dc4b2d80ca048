/** Project enums in the order the API lists them (openapi.yaml: ProjectStatus, ProjectKind, FundingInstrument). */
export const STATUSES = ['PIPELINE', 'IMPLEMENTATION', 'COMPLETION', 'POST_COMPLETION', 'CANCELLED', 'SUSPENDED']
export const KINDS = ['BASIC', 'COMPLEMENTARY']
export const INSTRUMENTS = ['GRANT', 'LOAN', 'OWN', 'OTHER']
