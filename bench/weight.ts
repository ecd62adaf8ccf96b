// Bundle weight of the built extension: what every page gets before a compose box is focused, and the rest.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface WeightResults {
  /** Scripts and styles injected into every supported page at load. */
  injected: { raw: number; gzip: number; files: BundleSize[] };
  /** Scripts the content script loads later, when a compose box is first focused (web-accessible). */
  lazy: BundleSize[];
  all: BundleSize[];
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function measureWeight(dist: string): WeightResults {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const size = (file: string): BundleSize => {
    const bytes = readFileSync(join(dist, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const injectedFiles = [
    ...new Set<string>((manifest.content_scripts ?? []).flatMap((cs: { js?: string[]; css?: string[] }) => [...(cs.js ?? []), ...(cs.css ?? [])])),
  ].map(size);
  const lazy = [
    ...new Set<string>((manifest.web_accessible_resources ?? []).flatMap((r: { resources?: string[] }) => r.resources ?? [])),
  ]
    .filter((f) => f.endsWith('.js'))
    .map(size);
  const all = walk(dist)
    .map((f) => relative(dist, f))
    .filter((f) => /\.(js|css|html)$/.test(f))
    .map(size)
    .sort((a, b) => b.raw - a.raw);
  return {
    injected: {
      raw: injectedFiles.reduce((s, f) => s + f.raw, 0),
      gzip: injectedFiles.reduce((s, f) => s + f.gzip, 0),
      files: injectedFiles,
    },
    lazy,
    all,
  };
}
