// The practice watch page: points its <iframe id="chatframe"> at the practice live chat, as
// youtube.com/watch points it at /live_chat?v=<video>. The page's own query (?lang=cy, and the tests'
// ?tbyp-test-ui) is handed on to the chat, which is where the composer and our nudge are.
import { LANG } from './lang';

document.documentElement.lang = LANG;
const query = new URLSearchParams(location.search);
query.set('is_popout', '0');
query.set('v', 'practice');
const frame = document.getElementById('chatframe') as HTMLIFrameElement;
frame.src = `live_chat/?${query.toString().replace(/=(&|$)/g, '$1')}`;
