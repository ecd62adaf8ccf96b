// Options page: thin wiring. The page lives in src/options.
import { render } from 'preact';
import { OptionsApp } from '../../src/options/App';
import { browserDeps } from '../../src/options/browser-deps';
import '../../src/options/page.css';

render(<OptionsApp deps={browserDeps} />, document.getElementById('app')!);
