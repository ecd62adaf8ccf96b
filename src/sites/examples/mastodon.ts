// Mastodon: markup the adapter in ../mastodon.ts is tested against in Chromium (test/browser/adapters.test.ts).
// Test data only, kept out of the adapter so the content script doesn't ship it to every page.
import type { SiteExamples } from '../types';

export const mastodon: SiteExamples = {
  match: [
    `<div id="mastodon"><form class="compose-form"><div class="compose-form__highlightable"><div class="autosuggest-textarea">
      <label><span class="visually-hidden">What’s on your mind?</span><textarea class="autosuggest-textarea__textarea"
      aria-autocomplete="list" dir="auto"></textarea></label></div></div>
      <div class="compose-form__submit"><button type="submit" class="button button--block">Post</button></div></form></div>`,
    `<form class="compose-form"><div class="spoiler-input"><input type="text" class="spoiler-input__input" id="cw-spoiler-input"></div>
      <textarea class="autosuggest-textarea__textarea"></textarea><div class="compose-form__publish">
      <div class="compose-form__publish-button-wrapper"><button type="submit" class="button">Publish!</button></div></div></form>`,
  ],
  noMatch: [
    `<form class="search__input"><input type="text" class="search__input" placeholder="Search"></form>`,
    `<div class="status__content"><p>A toot someone else wrote</p></div>`,
  ],
};
