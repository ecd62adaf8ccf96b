// Toolbar popup: thin wiring. The popup lives in src/options/Popup.tsx.
import { render } from 'preact';
import { popupDeps } from '../../src/options/browser-deps';
import { PopupApp } from '../../src/options/Popup';
import '../../src/options/page.css';

render(<PopupApp deps={popupDeps} />, document.getElementById('app')!);
