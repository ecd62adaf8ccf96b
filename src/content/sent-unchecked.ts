// A compose box no adapter knows sent its draft on a bare Enter before we could check it (the
// structural fallback takes Enter for a new line until it sees otherwise: fallback.ts watchBareEnter).
// Fail open, never silently: the person is told once, and Enter is checked in that box from then on.
import { isWelsh, showPlainNotice } from './plain-notice';

const TEXT = {
  en: {
    title: 'Sent without a check',
    body: 'That message went out when you pressed Enter, before Think Before You Post could check it. From now on, Enter is checked in this box.',
    close: 'OK',
  },
  cy: {
    title: "Wedi'i anfon heb wiriad",
    body: "Aeth y neges honno allan pan wasgoch chi Enter, cyn i Meddyliwch Cyn Postio allu ei gwirio. O hyn ymlaen, caiff Enter ei wirio yn y blwch hwn.",
    close: 'Iawn',
  },
};

export function tellSentUnchecked(lang?: string): void {
  const words = isWelsh(lang) ? TEXT.cy : TEXT.en;
  showPlainNotice({
    title: words.title,
    body: words.body,
    role: 'alert',
    buttons: [{ label: words.close, onClick: (notice) => notice.remove() }],
  });
}
