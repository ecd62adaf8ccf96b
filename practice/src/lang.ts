// The practice composers' interface language: English, or Welsh with ?lang=cy, as the real sites
// localise their labels and button texts. The browser tests run every composer in both, so no site
// adapter can depend on English labels.
export type PracticeLang = 'en' | 'cy';

export const LANG: PracticeLang = new URLSearchParams(location.search).get('lang') === 'cy' ? 'cy' : 'en';

/** The label in the page's language. */
export const t = (en: string, cy: string): string => (LANG === 'cy' ? cy : en);
