// Instagram: markup the adapter in ../instagram.ts is tested against in Chromium (test/browser/adapters.test.ts).
// Test data only, kept out of the adapter so the content script doesn't ship it to every page.
import type { SiteExamples } from '../types';

export const instagram: SiteExamples = {
  match: [
    `<form class="x78zum5" method="POST"><div role="button" tabindex="0" aria-label="Emoji"><svg></svg></div>
      <textarea aria-label="Add a comment…" placeholder="Add a comment…" autocomplete="off" autocorrect="off" class="x1i0vuye"></textarea>
      <div role="button" tabindex="0">Post</div></form>`,
    `<form method="post"><textarea aria-label="Ajouter un commentaire…" autocomplete="off"></textarea><div role="button" tabindex="0">Publier</div></form>`,
    `<div><div role="button" aria-label="Dewis emoji"><svg></svg></div><div contenteditable="true" role="textbox" data-lexical-editor="true"
      aria-label="Neges" spellcheck="false"><p>Hi</p></div><div role="button" tabindex="0">Anfon</div></div>`,
    // The new post caption in French: "Partager" (text only) in the dialog's header, before the caption.
    `<div role="dialog"><div><div role="button" tabindex="0"><svg aria-label="Retour"></svg></div><h1>Créer une publication</h1>
      <div role="button" tabindex="0">Partager</div></div><div><div contenteditable="true" role="textbox" data-lexical-editor="true"
      aria-label="Écrivez une légende..."><p><br></p></div><div role="button" tabindex="0"><span>Accessibilité</span><svg></svg></div></div></div>`,
  ],
  noMatch: [
    `<input aria-label="Search input" placeholder="Search" type="text" autocapitalize="none">`,
    `<div><span>Add a comment…</span></div>`,
    `<div role="dialog"><div role="button" tabindex="0"><svg aria-label="Close"></svg></div><img alt="" src="data:,"></div>`,
  ],
};
