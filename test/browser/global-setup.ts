// Runs once before the browser test files: build the extension and (if needed) the practice page.
import { buildExtension, buildPractice, practiceIsStale } from './build';

export default function setup(): void {
  if (process.env.TBYP_SKIP_BUILD !== '1') buildExtension();
  if (practiceIsStale()) buildPractice();
}
