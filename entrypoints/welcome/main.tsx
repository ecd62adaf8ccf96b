// First-run page, opened once when the extension is installed (entrypoints/background.ts): thin wiring.
import { render } from 'preact';
import { browserDeps } from '../../src/options/browser-deps';
import { WelcomeApp } from '../../src/options/Welcome';
import '../../src/options/page.css';

render(<WelcomeApp deps={browserDeps} />, document.getElementById('app')!);
