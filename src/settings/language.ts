// The language choices (options page, first-run page, settings files): the browser's language, English or
// Welsh. Apart from the rest of the settings so the UI module can import it without them.
export const LANGUAGE_CHOICES = ['browser', 'en', 'cy'] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];
