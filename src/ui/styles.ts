// One stylesheet for the nudge, the badge and the photo reminder. Meant for a shadow root, so the page's CSS
// can't reach in (`all: initial` resets what is inherited through the host). Every class starts with `tbyp-`.
//
// Colours (contrast on white): text #212b32 14.9:1, secondary text #4c6272 6.2:1, NHS blue #005eb8 6.3:1
// (white on blue the same), marks bold #212b32 on #fff59d 13.7:1 (bold, so not colour alone). Focus: NHS style, yellow #ffeb3b with a dark
// #212b32 ring (the dark ring is 14.9:1 against white, so it shows whatever sits behind it).

const FONT =
  'system-ui, -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';

export const UI_CSS = /* css */ `
:host {
  all: initial;
}
.tbyp-mount {
  display: contents;
}
.tbyp-root {
  all: initial;
  /* Ours to set on the host (inline, !important): a nudge drawn out of sight stays hidden until shown. */
  visibility: inherit;
  display: block;
  box-sizing: border-box;
  font-family: ${FONT};
  font-size: 16px;
  line-height: 1.5;
  font-weight: 400;
  color: #212b32;
  text-align: left;
  direction: ltr;
  -webkit-font-smoothing: antialiased;
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}
.tbyp-root *,
.tbyp-root *::before,
.tbyp-root *::after {
  box-sizing: border-box;
}
.tbyp-root :where(h2, h3, p, ul, li, dl, dt, dd, blockquote) {
  margin: 0;
  padding: 0;
  font: inherit;
  color: inherit;
  letter-spacing: normal;
  text-transform: none;
  border: 0;
  background: none;
}
.tbyp-root ul {
  list-style: none;
}

/* ---------- Buttons (shared) ---------- */
.tbyp-btn {
  all: unset;
  box-sizing: border-box;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: 8px;
  min-height: 44px;
  min-width: 44px;
  padding: 8px 18px;
  border: 2px solid #005eb8;
  border-radius: 8px;
  font-family: ${FONT};
  font-size: 16px;
  font-weight: 600;
  line-height: 1.25;
  text-align: center;
  cursor: pointer;
  user-select: none;
  -webkit-tap-highlight-color: transparent;
}
.tbyp-btn-primary {
  background: #005eb8;
  border-color: #005eb8;
  color: #ffffff;
  box-shadow: 0 3px 0 #003087;
}
.tbyp-btn-primary:hover {
  background: #004b93;
  border-color: #004b93;
}
.tbyp-btn-secondary {
  background: #ffffff;
  color: #005eb8;
  box-shadow: 0 3px 0 #005eb8;
}
.tbyp-btn-secondary:hover {
  background: #e8f1f8;
  color: #003087;
}
.tbyp-btn:active {
  transform: translateY(2px);
  box-shadow: none;
}
.tbyp-link {
  all: unset;
  box-sizing: border-box;
  display: inline-flex;
  align-items: center;
  min-height: 24px;
  padding: 2px 4px;
  margin-left: -4px;
  border-radius: 4px;
  font-family: ${FONT};
  font-size: 14px;
  line-height: 1.4;
  color: #005eb8;
  text-decoration: underline;
  text-decoration-thickness: 1px;
  text-underline-offset: 3px;
  cursor: pointer;
}
.tbyp-link:hover {
  color: #003087;
  text-decoration-thickness: 2px;
}

/* NHS focus: yellow background, dark text, dark ring that shows on any background. */
.tbyp-btn:focus-visible,
.tbyp-link:focus-visible,
.tbyp-badge:focus-visible {
  outline: 3px solid transparent;
  outline-offset: 0;
  background: #ffeb3b;
  border-color: #212b32;
  color: #212b32;
  box-shadow: 0 0 0 3px #212b32;
  text-decoration: none;
}
.tbyp-link:focus-visible {
  box-shadow: 0 0 0 2px #ffeb3b, 0 4px 0 2px #212b32;
  border-radius: 0;
}
.tbyp-body:focus-visible {
  outline: 3px solid #212b32;
  outline-offset: -3px;
  box-shadow: inset 0 0 0 6px #ffeb3b;
}
.tbyp-dialog:focus-visible,
.tbyp-title:focus-visible {
  outline: 3px solid #212b32;
  outline-offset: 2px;
}

/* ---------- The nudge ---------- */
.tbyp-overlay {
  position: fixed;
  inset: 0;
  z-index: 2147483647;
  display: flex;
  align-items: center;
  justify-content: center;
  padding: 16px;
  background: rgba(33, 43, 50, 0.45);
}
.tbyp-dialog {
  display: flex;
  flex-direction: column;
  width: 100%;
  max-width: 560px;
  max-height: calc(100vh - 32px);
  max-height: calc(100dvh - 32px);
  background: #ffffff;
  color: #212b32;
  border: 1px solid #aeb7bd;
  border-radius: 8px;
  box-shadow: 0 12px 32px rgba(33, 43, 50, 0.28);
  overflow: hidden;
  animation: tbyp-rise 160ms ease-out;
}
.tbyp-dialog-compact {
  max-width: 440px;
}
.tbyp-header {
  padding: 20px 24px 12px;
  border-top: 6px solid #005eb8;
}
.tbyp-title {
  display: block;
  font-size: 22px;
  line-height: 1.3;
  font-weight: 700;
  color: #212b32;
}
.tbyp-intro {
  display: flex;
  align-items: center;
  gap: 10px;
  margin-top: 4px;
  color: #4c6272;
}
.tbyp-body {
  flex: 1 1 auto;
  min-height: 0;
  overflow-y: auto;
  overscroll-behavior: contain;
  padding: 4px 24px 8px;
}
.tbyp-findings {
  display: flex;
  flex-direction: column;
  gap: 12px;
}
.tbyp-finding {
  padding: 14px 16px;
  border: 1px solid #d8dde0;
  border-left: 4px solid #005eb8;
  border-radius: 8px;
  background: #ffffff;
}
.tbyp-category {
  display: inline-block;
  margin-bottom: 6px;
  padding: 1px 8px;
  border-radius: 4px;
  background: #e8edee;
  color: #212b32;
  font-size: 13px;
  font-weight: 700;
  line-height: 1.6;
  letter-spacing: 0.01em;
}
.tbyp-message {
  display: block;
  font-size: 17px;
  font-weight: 600;
  line-height: 1.4;
  color: #212b32;
  overflow-wrap: anywhere;
}
.tbyp-excerpt {
  display: block;
  margin: 10px 0 0;
  padding: 8px 12px;
  border-left: 3px solid #aeb7bd;
  border-radius: 0 4px 4px 0;
  background: #f0f4f5;
  color: #212b32;
  font-size: 15px;
  line-height: 1.6;
  overflow-wrap: anywhere;
  white-space: normal;
}
.tbyp-mark {
  all: unset;
  background: #fff59d;
  color: #212b32;
  font-weight: 700;
  padding: 0 3px;
  border-radius: 2px;
  -webkit-box-decoration-break: clone;
  box-decoration-break: clone;
}
.tbyp-details {
  display: block;
  margin-top: 10px;
  font-size: 15px;
  line-height: 1.5;
}
.tbyp-details dt {
  display: block;
  margin-top: 8px;
  font-weight: 700;
  color: #212b32;
}
.tbyp-details dt:first-child {
  margin-top: 0;
}
.tbyp-details dd {
  display: block;
  color: #212b32;
  overflow-wrap: anywhere;
}
.tbyp-clues {
  font-weight: 600;
}
.tbyp-root [hidden] {
  display: none !important;
}
.tbyp-finding.tbyp-sev-high {
  border-left-color: #d5281b;
}
.tbyp-message .tbyp-category {
  margin: 0 6px 0 0;
  vertical-align: 1px;
}
/* One or two lines of the draft around what was found: enough to find it, not a wall of text. */
.tbyp-excerpt {
  display: -webkit-box;
  -webkit-box-orient: vertical;
  -webkit-line-clamp: 2;
  line-clamp: 2;
  overflow: hidden;
  margin-top: 6px;
  padding: 4px 10px;
}
.tbyp-suggestion {
  display: block;
  margin-top: 6px;
  font-size: 15px;
  line-height: 1.45;
  overflow-wrap: anywhere;
}
.tbyp-suggestion strong {
  font-weight: 700;
}
.tbyp-why {
  margin-top: 4px;
}
.tbyp-disclosure::before {
  content: "";
  display: inline-block;
  width: 0;
  height: 0;
  margin-right: 6px;
  border-style: solid;
  border-width: 5px 0 5px 7px;
  border-color: transparent transparent transparent currentColor;
}
.tbyp-disclosure[aria-expanded="true"]::before {
  border-width: 7px 5px 0 5px;
  border-color: currentColor transparent transparent transparent;
}
.tbyp-why-text {
  margin: 4px 0 0;
  padding-left: 12px;
  border-left: 3px solid #d8dde0;
  font-size: 15px;
  line-height: 1.5;
  overflow-wrap: anywhere;
}
.tbyp-why-text p + p {
  margin-top: 4px;
}
.tbyp-finding-actions {
  display: flex;
  flex-wrap: wrap;
  gap: 4px 16px;
  margin-top: 8px;
}
.tbyp-finding-actions .tbyp-link {
  margin-left: 0;
}
.tbyp-confirm {
  margin-top: 8px;
  padding: 8px 10px;
  border-radius: 6px;
  background: #f0f4f5;
  font-size: 15px;
}
.tbyp-btn.tbyp-btn-small {
  min-height: 36px;
  padding: 4px 12px;
  font-size: 15px;
}
.tbyp-undo {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 4px 12px;
  padding: 8px 24px;
  border-top: 1px solid #d8dde0;
  font-size: 15px;
  overflow-wrap: anywhere;
}
.tbyp-undo.tbyp-undo-empty {
  padding: 0;
  border: 0;
}
.tbyp-help {
  display: block;
  margin: 10px 0 4px;
  font-size: 14px;
  color: #4c6272;
  overflow-wrap: anywhere;
}
.tbyp-toast {
  position: fixed;
  left: 50%;
  bottom: 16px;
  transform: translateX(-50%);
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 8px 12px;
  width: max-content;
  max-width: calc(100vw - 16px);
  padding: 10px 14px;
}
/* The undo note and the photo reminder are the same card. */
.tbyp-toast,
.tbyp-photo {
  background: #ffffff;
  color: #212b32;
  border: 1px solid #aeb7bd;
  border-left: 4px solid #005eb8;
  border-radius: 8px;
  box-shadow: 0 4px 14px rgba(33, 43, 50, 0.18);
  font-size: 15px;
}
.tbyp-toast-text {
  flex: 1 1 200px;
  overflow-wrap: anywhere;
}
.tbyp-locked {
  display: flex;
  gap: 6px;
  align-items: flex-start;
  font-size: 14px;
  line-height: 1.4;
  color: #4c6272;
}
.tbyp-icon {
  flex: none;
  width: 16px;
  height: 16px;
  margin-top: 1px;
  fill: currentColor;
}
.tbyp-footer {
  display: flex;
  flex-wrap: wrap;
  gap: 12px;
  padding: 16px 24px 20px;
  border-top: 1px solid #d8dde0;
  background: #ffffff;
}
.tbyp-footer .tbyp-btn {
  flex: 0 1 auto;
}
.tbyp-notice {
  padding: 4px 24px 4px;
}
.tbyp-spinner {
  flex: none;
  width: 18px;
  height: 18px;
  border: 3px solid #d8dde0;
  border-top-color: #005eb8;
  border-radius: 50%;
  animation: tbyp-spin 0.9s linear infinite;
}
.tbyp-sr-only {
  position: absolute !important;
  width: 1px !important;
  height: 1px !important;
  margin: -1px !important;
  padding: 0 !important;
  overflow: hidden !important;
  clip: rect(0 0 0 0) !important;
  white-space: nowrap !important;
  border: 0 !important;
}

@keyframes tbyp-spin {
  to {
    transform: rotate(360deg);
  }
}
@keyframes tbyp-rise {
  from {
    opacity: 0;
    transform: translateY(8px);
  }
  to {
    opacity: 1;
    transform: none;
  }
}
@keyframes tbyp-pulse {
  0%,
  100% {
    opacity: 1;
  }
  50% {
    opacity: 0.35;
  }
}

/* Small screens and high zoom: full width, and the whole dialog scrolls when there is little height. */
@media (max-width: 480px) {
  .tbyp-overlay {
    padding: 8px;
    align-items: flex-end;
  }
  .tbyp-header {
    padding: 16px 16px 10px;
  }
  .tbyp-body {
    padding: 4px 16px 8px;
  }
  .tbyp-footer {
    padding: 12px 16px 16px;
  }
  .tbyp-footer .tbyp-btn {
    flex: 1 1 120px;
  }
  .tbyp-undo {
    padding: 8px 16px;
  }
}
@media (max-width: 360px) {
  .tbyp-overlay {
    padding: 4px;
  }
  .tbyp-header {
    padding: 12px 12px 8px;
  }
  .tbyp-title {
    font-size: 20px;
  }
  .tbyp-body {
    padding: 4px 12px 8px;
  }
  .tbyp-finding {
    padding: 10px 12px;
  }
  .tbyp-footer {
    gap: 8px;
    padding: 10px 12px 12px;
  }
  .tbyp-undo {
    padding: 8px 12px;
  }
}
@media (max-height: 480px) {
  .tbyp-overlay {
    align-items: flex-start;
    padding: 8px;
  }
  .tbyp-dialog {
    display: block;
    overflow-y: auto;
    max-height: calc(100vh - 16px);
    max-height: calc(100dvh - 16px);
  }
  .tbyp-body {
    overflow: visible;
  }
}

/* ---------- The badge ---------- */
.tbyp-badge-wrap {
  display: inline-flex;
  vertical-align: middle;
  line-height: 0;
}
.tbyp-badge {
  all: unset;
  box-sizing: border-box;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  min-width: 24px;
  height: 24px;
  padding: 0 6px;
  border-radius: 12px;
  border: 2px solid #005eb8;
  background: #005eb8;
  color: #ffffff;
  font-family: ${FONT};
  font-size: 13px;
  font-weight: 700;
  line-height: 1;
  cursor: pointer;
  box-shadow: 0 1px 3px rgba(33, 43, 50, 0.3);
  -webkit-tap-highlight-color: transparent;
}
.tbyp-badge:hover {
  background: #003087;
  border-color: #003087;
}
/* Serious findings: a square (not a circle) with "!", in red; shape and colour both say it. */
.tbyp-badge-high {
  border-radius: 3px;
  background: #d5281b;
  border-color: #d5281b;
}
.tbyp-badge-high:hover {
  background: #aa2016;
  border-color: #aa2016;
}
.tbyp-badge-info {
  background: #ffffff;
  color: #005eb8;
}
.tbyp-badge-clear,
.tbyp-badge-checking,
.tbyp-badge-paused {
  width: 24px;
  padding: 0;
  background: #ffffff;
  color: #007f3b;
  border-color: #007f3b;
}
.tbyp-badge-checking,
.tbyp-badge-paused {
  color: #4c6272;
  border-color: #768692;
}
.tbyp-badge-paused {
  cursor: default;
}
.tbyp-badge-clear:hover,
.tbyp-badge-checking:hover,
.tbyp-badge-paused:hover {
  background: #f0f4f5;
}
.tbyp-badge-unchecked {
  background: #ffffff;
  color: #212b32;
  border-color: #768692;
  font-size: 12px;
  cursor: default;
}
.tbyp-badge-unchecked:hover {
  background: #ffffff;
  border-color: #768692;
}
.tbyp-badge svg {
  width: 14px;
  height: 14px;
  fill: none;
  stroke: currentColor;
  stroke-width: 3;
  stroke-linecap: round;
  stroke-linejoin: round;
}
.tbyp-dot {
  width: 8px;
  height: 8px;
  border-radius: 50%;
  background: currentColor;
  animation: tbyp-pulse 1.4s ease-in-out infinite;
}

/* ---------- The photo reminder ---------- */
.tbyp-photo {
  display: flex;
  align-items: flex-start;
  gap: 12px;
  max-width: 420px;
  padding: 12px 14px;
  line-height: 1.45;
}
.tbyp-photo-icon {
  flex: none;
  width: 22px;
  height: 22px;
  margin-top: 1px;
  color: #005eb8;
  fill: none;
  stroke: currentColor;
  stroke-width: 2;
  stroke-linejoin: round;
}
.tbyp-photo-text {
  flex: 1 1 auto;
  min-width: 0;
}
.tbyp-photo-text strong {
  font-weight: 700;
}
.tbyp-photo .tbyp-btn {
  flex: none;
  min-height: 36px;
  padding: 4px 14px;
  font-size: 15px;
  align-self: center;
}

/* ---------- Dark scheme: pale text on dark blue-greys (contrast on #1e2a33: text #f0f4f5 13.9:1,
   secondary #b3c0c9 8.5:1, blue #8cc4ff 8.9:1, #0b1d2c on #8cc4ff 10.2:1, green #6fd39a 8.6:1). ---------- */
@media (prefers-color-scheme: dark) {
  .tbyp-root {
    color: #f0f4f5;
    color-scheme: dark;
  }
  .tbyp-overlay {
    background: rgba(0, 0, 0, 0.6);
  }
  .tbyp-dialog,
  .tbyp-finding,
  .tbyp-footer,
  .tbyp-photo {
    background: #1e2a33;
    color: #f0f4f5;
    border-color: #3d4c57;
  }
  .tbyp-dialog,
  .tbyp-photo {
    border-color: #6b7c88;
    box-shadow: 0 12px 32px rgba(0, 0, 0, 0.5);
  }
  .tbyp-header {
    border-top-color: #8cc4ff;
  }
  .tbyp-finding,
  .tbyp-photo {
    border-left-color: #8cc4ff;
  }
  .tbyp-title,
  .tbyp-message,
  .tbyp-details dt,
  .tbyp-details dd {
    color: #f0f4f5;
  }
  .tbyp-intro,
  .tbyp-locked {
    color: #b3c0c9;
  }
  .tbyp-category {
    background: #2e3b45;
    color: #f0f4f5;
  }
  .tbyp-excerpt {
    background: #121b21;
    border-left-color: #6b7c88;
    color: #f0f4f5;
  }
  .tbyp-btn-primary,
  .tbyp-badge-count {
    background: #8cc4ff;
    border-color: #8cc4ff;
    color: #0b1d2c;
    box-shadow: 0 3px 0 #4a7fb8;
  }
  .tbyp-btn-primary:hover,
  .tbyp-badge-count:hover {
    background: #b8dbff;
    border-color: #b8dbff;
  }
  .tbyp-btn-secondary {
    background: #1e2a33;
    border-color: #8cc4ff;
    color: #8cc4ff;
    box-shadow: 0 3px 0 #8cc4ff;
  }
  .tbyp-btn-secondary:hover {
    background: #26394a;
    color: #b8dbff;
  }
  .tbyp-link {
    color: #8cc4ff;
  }
  .tbyp-link:hover {
    color: #b8dbff;
  }
  .tbyp-spinner {
    border-color: #3d4c57;
    border-top-color: #8cc4ff;
  }
  .tbyp-badge-clear,
  .tbyp-badge-checking {
    background: #1e2a33;
    color: #6fd39a;
    border-color: #6fd39a;
  }
  .tbyp-badge-checking {
    color: #b3c0c9;
    border-color: #8a9ba7;
  }
  .tbyp-badge-clear:hover,
  .tbyp-badge-checking:hover {
    background: #26394a;
  }
  .tbyp-badge-unchecked,
  .tbyp-badge-unchecked:hover {
    background: #1e2a33;
    color: #f0f4f5;
    border-color: #8a9ba7;
  }
  .tbyp-finding.tbyp-sev-high {
    border-left-color: #ff8a80;
  }
  .tbyp-confirm,
  .tbyp-toast {
    background: #26394a;
    color: #f0f4f5;
  }
  .tbyp-toast {
    border-color: #6b7c88;
    border-left-color: #8cc4ff;
  }
  .tbyp-why-text,
  .tbyp-undo {
    border-color: #3d4c57;
  }
  .tbyp-help {
    color: #b3c0c9;
  }
  .tbyp-badge-high {
    background: #ff8a80;
    border-color: #ff8a80;
    color: #1e0b09;
    box-shadow: 0 3px 0 #b85a52;
  }
  .tbyp-badge-high:hover {
    background: #ffb3ad;
    border-color: #ffb3ad;
  }
  .tbyp-badge-info {
    background: #1e2a33;
    color: #8cc4ff;
  }
  .tbyp-photo-icon {
    color: #8cc4ff;
  }
  /* Focus stays NHS yellow with dark text; its outer ring turns white to show on dark pages. */
  .tbyp-btn:focus-visible,
  .tbyp-badge:focus-visible {
    background: #ffeb3b;
    border-color: #212b32;
    color: #212b32;
    box-shadow: 0 0 0 3px #ffffff;
  }
  .tbyp-link:focus-visible {
    background: #ffeb3b;
    color: #212b32;
    box-shadow: 0 0 0 2px #ffeb3b, 0 4px 0 2px #ffffff;
  }
  .tbyp-body:focus-visible,
  .tbyp-dialog:focus-visible,
  .tbyp-title:focus-visible {
    outline-color: #ffffff;
  }
}

@media (prefers-reduced-motion: reduce) {
  .tbyp-dialog,
  .tbyp-spinner,
  .tbyp-dot {
    animation: none;
  }
  .tbyp-btn:active {
    transform: none;
  }
}
@media (forced-colors: active) {
  .tbyp-btn,
  .tbyp-badge,
  .tbyp-finding,
  .tbyp-dialog,
  .tbyp-photo {
    border-color: CanvasText;
  }
  .tbyp-btn:focus-visible,
  .tbyp-link:focus-visible,
  .tbyp-badge:focus-visible {
    outline: 3px solid Highlight;
    outline-offset: 2px;
  }
  .tbyp-mark {
    forced-color-adjust: none;
    background: Mark;
    color: MarkText;
  }
}
`;
