// The content guard (src/content/guard.ts with the site registry), built as an ES module (wxt.config.ts)
// that the content script's listeners (src/content/start-guard.ts) import the first time a compose box is
// in play. Kept out of the content script so pages don't parse it at every load.
import { createGuard } from '../src/content/guard';
import { pageAdapters } from '../src/content/page-adapters';
import type { GuardModule } from '../src/content/start-guard';

export default defineUnlistedScript((): GuardModule => ({ start: (options) => createGuard(pageAdapters(), options) }));
