// A figure is illustrative when its source says so, in English or Polish (the backend's rule in common/Provenance).
export const isIllustrative = (source) => /illustrative|ilustracyjn/i.test(source ?? '')
