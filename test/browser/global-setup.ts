// Runs once before the browser test files: build the extension for Chromium and Firefox and (if needed)
// the practice page.
import { buildExtension, buildPractice, practiceIsStale } from './build';

export default function setup(): void {
  if (process.env.TBYP_SKIP_BUILD !== '1') {
    buildExtension('chrome');
    buildExtension('firefox');
  }
  if (practiceIsStale()) buildPractice();
}
