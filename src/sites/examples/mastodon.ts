// Mastodon: markup the adapter in ../mastodon.ts is tested against in Chromium (test/browser/adapters.test.ts).
// Test data only, kept out of the adapter so the content script doesn't ship it to every page.
import type { SiteExamples } from '../types';

export const mastodon: SiteExamples = {
  match: [
    // compose_form.jsx @ d2e91249 (the submit button inside the footer's actions).
    `<div id="mastodon"><form class="compose-form"><div class="compose-form__highlightable"><div class="compose-form__scrollable">
      <div class="autosuggest-textarea"><textarea class="autosuggest-textarea__textarea" aria-autocomplete="list"
      aria-label="What is on your mind?" dir="auto"></textarea></div></div><div class="compose-form__footer">
      <div class="compose-form__actions"><div class="compose-form__submit"><button type="submit" class="button">Post</button></div>
      </div></div></div></form></div>`,
    // The older layout (compose_form.jsx before the 2024 redesign): .compose-form__publish, "Publish!".
    `<form class="compose-form"><div class="spoiler-input"><input type="text" class="spoiler-input__input" id="cw-spoiler-input"></div>
      <textarea class="autosuggest-textarea__textarea"></textarea><div class="compose-form__publish">
      <div class="compose-form__publish-button-wrapper"><button type="submit" class="button">Publish!</button></div></div></form>`,
  ],
  noMatch: [
    `<form class="search__input"><input type="text" class="search__input" placeholder="Search"></form>`,
    `<div class="status__content"><p>A toot someone else wrote</p></div>`,
  ],
};
