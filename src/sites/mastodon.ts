// Mastodon (any instance runs the same web app; the page has #mastodon). React textarea in
// form.compose-form; the content warning field goes out with the post. Ctrl/Cmd+Enter calls the
// submit function directly (no submit event) and is skipped when the keydown was defaultPrevented.
// While its suggestion list (.autosuggest-textarea__suggestions, in a portal, no role) is open, Enter and
// Ctrl+Enter pick a suggestion: not a post (mastodon/mastodon autosuggest_textarea.jsx).
import { defineSite } from './types';

const SUGGESTIONS = '.autosuggest-textarea__suggestions';
const SUBMIT = '.compose-form__submit button[type="submit"], .compose-form__publish button[type="submit"], button[type="submit"]';

export const mastodon = defineSite({
  id: 'mastodon',
  name: 'Mastodon',
  // A few large instances; others come with user-added sites (runtime registration).
  hosts: [
    '*://mastodon.social/*',
    '*://mastodon.online/*',
    '*://mstdn.social/*',
    '*://mas.to/*',
    '*://fosstodon.org/*',
    '*://mastodon.scot/*',
    '*://mastodon.world/*',
    '*://universeodon.com/*',
  ],
  composers: [
    {
      editor: 'form.compose-form textarea.autosuggest-textarea__textarea',
      container: 'form.compose-form',
      submit: SUBMIT,
      kind: 'post',
      ctrlEnter: true,
      suggestions: SUGGESTIONS,
    },
    {
      editor: 'form.compose-form input.spoiler-input__input, form.compose-form #cw-spoiler-input',
      container: 'form.compose-form',
      submit: SUBMIT,
      kind: 'post',
      ctrlEnter: true,
      suggestions: SUGGESTIONS,
    },
  ],
});
