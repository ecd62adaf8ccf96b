// The content script's UI (the nudge, the badge, the photo reminder: Preact and its styles), built as
// an ES module (wxt.config.ts) that src/content/ui-loader.ts imports the first time a compose box is
// focused. Kept out of the content script so pages don't parse it at every load.
import { mountBadge, mountNudge, mountPhotoReminder, mountToast, warmUp, type UiModule } from '../src/ui/mount';

export default defineUnlistedScript((): UiModule => ({ mountBadge, mountNudge, mountPhotoReminder, mountToast, warmUp }));
