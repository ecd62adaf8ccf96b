#!/usr/bin/env node
// Draws the extension's PNG icons from public/icon/icon.svg (run after changing it: node scripts/icons.mjs).
//   icon/16..128.png            the icon (manifests, chrome://extensions, the add-ons page)
//   icon/paused-16/32.png       toolbar: checking paused (grey bubble, pause bars)
//   icon/off-16/32.png          toolbar: not on this site (pale bubble, a dash)
// The PNGs are committed, so building the extension doesn't need this script or its renderer.
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const DIR = new URL('../public/icon/', import.meta.url);
const svg = readFileSync(new URL('icon.svg', DIR), 'utf8');

const PAUSE = 'd="M48 36v36M80 36v36"';
const DASH = 'd="M40 53h48"';
const variants = {
  '': svg,
  'paused-': svg.replace('fill="#005eb8"', 'fill="#4c6272"').replace(/d="M37[^"]*"/, PAUSE),
  'off-': svg.replace('fill="#005eb8"', 'fill="#768692"').replace(/d="M37[^"]*"/, DASH),
};

for (const [prefix, source] of Object.entries(variants)) {
  if (prefix && source === svg) throw new Error(`icon.svg changed shape: the ${prefix} variant could not be made`);
  const sizes = prefix ? [16, 32] : [16, 32, 48, 96, 128];
  for (const size of sizes) {
    const png = new Resvg(source, { fitTo: { mode: 'width', value: size } }).render().asPng();
    writeFileSync(new URL(`${prefix}${size}.png`, DIR), png);
  }
}
console.log('icons written to public/icon/');
