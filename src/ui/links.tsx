// A pack's `contact` and `policyUrl` as links. The pack format lets through only email addresses
// (optionally written mailto:) and https addresses; hrefFor() checks again just before an href is
// made, so nothing a link could run (javascript:, data:) reaches the page even if a pack got past it.
import type { ComponentChildren } from 'preact';

/** An address from a pack -> an https: or mailto: link target; undefined for anything else. */
export function hrefFor(address: string): string | undefined {
  const text = address.trim();
  const candidate = /^(?:https|mailto):/i.test(text) || !text.includes('@') ? text : `mailto:${text}`;
  try {
    const url = new URL(candidate);
    return url.protocol === 'https:' || url.protocol === 'mailto:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The address as people read it: without "mailto:". */
export const shownAddress = (address: string) => address.trim().replace(/^mailto:/i, '');

/** A link to a pack's address, opened in a new tab that can't reach back; plain text when it isn't https: or mailto:. */
export function AddressLink({ address, class: className, children }: { address: string; class?: string; children?: ComponentChildren }) {
  const href = hrefFor(address);
  const label = children ?? shownAddress(address);
  if (!href) return <span>{label}</span>;
  return (
    <a href={href} class={className} target="_blank" rel="noopener noreferrer">
      {label}
    </a>
  );
}
