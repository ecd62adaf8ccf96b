// @vitest-environment happy-dom
// Added sites recognised by their markup: a Mastodon server at any address gets the Mastodon adapter.
import { describe, expect, it } from 'vitest';
import { composerOfEditor } from '../../src/content/composers';
import { adaptersByMarkup } from '../../src/sites';

describe('sites recognised by markup', () => {
  it('a Mastodon web app on any host: the Mastodon adapter, which then finds its composer', () => {
    document.body.innerHTML = `<div id="mastodon"><form class="compose-form"><textarea class="autosuggest-textarea__textarea"></textarea>
      <div class="compose-form__submit"><button type="submit">Cyhoeddi</button></div></form></div>`;
    const adapters = adaptersByMarkup(document);
    expect(adapters.map((a) => a.id)).toEqual(['mastodon']);
    const composer = composerOfEditor(document.querySelector('textarea')!, adapters);
    expect(composer?.adapter.id).toBe('mastodon');
    expect(composer?.submit?.textContent).toBe('Cyhoeddi');
  });

  it('any other page: none (the generic adapter and the fallback take it)', () => {
    document.body.innerHTML = `<div id="app"><form><textarea></textarea><button>Send</button></form></div>`;
    expect(adaptersByMarkup(document)).toEqual([]);
  });
});
