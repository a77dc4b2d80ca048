// Poland's 16 voivodeships by the official names the API stores; the English label adds the usual English name.
export const VOIVODESHIPS = [
  ['dolnośląskie', 'Lower Silesian'], ['kujawsko-pomorskie', 'Kuyavian-Pomeranian'], ['lubelskie', 'Lublin'],
  ['lubuskie', 'Lubusz'], ['łódzkie', 'Łódź'], ['małopolskie', 'Lesser Poland'], ['mazowieckie', 'Masovian'],
  ['opolskie', 'Opole'], ['podkarpackie', 'Subcarpathian'], ['podlaskie', 'Podlaskie'], ['pomorskie', 'Pomeranian'],
  ['śląskie', 'Silesian'], ['świętokrzyskie', 'Holy Cross'], ['warmińsko-mazurskie', 'Warmian-Masurian'],
  ['wielkopolskie', 'Greater Poland'], ['zachodniopomorskie', 'West Pomeranian']
].map(([value, en]) => ({ value, en }))

/** The name shown for a voivodeship in the language: "śląskie", or "Silesian (śląskie)". */
export function voivodeshipLabel(value, locale) {
  const found = VOIVODESHIPS.find((v) => v.value === value)
  if (!value) return '—'
  return locale === 'en' && found ? `${found.en} (${value})` : value
}
