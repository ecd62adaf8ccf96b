// The site removed the compose box while our nudge was open (or while we checked): there is nothing to
// send the post from, so it is not sent, and the person is told so and given their text to copy. A
// draft is never lost silently (issue 14, item 9).
import { isWelsh, showPlainNotice } from './plain-notice';

const TEXT = {
  en: {
    title: 'Your post was not sent',
    body: 'The box you were writing in has closed, so nothing was posted. Here is your text to copy.',
    copy: 'Copy text',
    copied: 'Copied',
    close: 'Close',
  },
  cy: {
    title: "Ni chafodd eich neges ei hanfon",
    body: "Mae'r blwch roeddech chi'n ysgrifennu ynddo wedi cau, felly chafodd dim byd ei bostio. Dyma'ch testun i'w gopïo.",
    copy: "Copïo'r testun",
    copied: 'Wedi copïo',
    close: 'Cau',
  },
};

/** Offers `text` to copy. The buttons get only the events our guard passes on (never the page's). */
export function offerLostDraft(text: string, lang?: string): void {
  const words = isWelsh(lang) ? TEXT.cy : TEXT.en;
  const ui = showPlainNotice({
    title: words.title,
    body: words.body,
    text,
    role: 'alertdialog',
    buttons: [
      {
        label: words.copy,
        onClick: (_ui, event) => {
          const button = event.currentTarget as HTMLButtonElement;
          const area = ui.root.querySelector('textarea');
          area?.select();
          void navigator.clipboard
            ?.writeText(text)
            .then(() => (button.textContent = words.copied))
            .catch(() => area?.select()); // the text stays selected to copy by hand
        },
      },
      { label: words.close, secondary: true, onClick: (notice) => notice.remove() },
    ],
  });
  ui.root.querySelector('button')?.focus();
}
