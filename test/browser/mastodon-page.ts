// A page with a Mastodon server's markup, for "Check posts on this site" on a server no adapter lists.
// The shape follows Mastodon's web app (mastodon/mastodon app/javascript/mastodon/features/compose/
// components/compose_form.jsx @ d2e91249 and components/autosuggest_textarea.jsx @ 6936e5aa, trimmed; the
// practice reproduction practice/src/sites/mastodon.tsx has the whole form): #mastodon,
// form.compose-form, the autosuggest textarea and the submit button in .compose-form__submit. Ctrl/Cmd+Enter posts directly, unless the keydown was
// defaultPrevented. Posts are recorded in window.__posted, as on the practice page.
export const MASTODON_PAGE = `<!doctype html>
<html lang="cy"><head><meta charset="utf-8"><title>Gweinydd Mastodon</title></head>
<body class="app-body">
<div id="mastodon" data-props="{}">
  <div class="columns-area"><div class="drawer">
    <form class="compose-form">
      <div class="autosuggest-textarea"><textarea class="autosuggest-textarea__textarea" aria-label="Beth sydd ar eich meddwl?"></textarea></div>
      <div class="compose-form__footer"><div class="compose-form__submit"><button type="submit" class="button">Postio</button></div></div>
    </form>
  </div></div>
</div>
<script>
  window.__posted = [];
  const form = document.querySelector('form.compose-form');
  const textarea = form.querySelector('textarea');
  const post = () => { if (textarea.value.trim()) window.__posted.push({ site: 'mastodon', text: textarea.value.trim() }); textarea.value = ''; };
  form.addEventListener('submit', (e) => { e.preventDefault(); post(); });
  textarea.addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.defaultPrevented) post(); });
  window.__ready = true;
</script>
</body></html>`;
