// A pack's contact and policy become links only as https: or mailto: (issue 11), even if a pack got past
// the pack format's own check.
import { describe, expect, it } from 'vitest';
import { hrefFor, shownAddress } from '../../src/ui/links';

describe('links to a pack\'s contact and policy', () => {
  it('makes https addresses and email addresses into links', () => {
    expect(hrefFor('https://intranet.northvale.example/social-media')).toBe('https://intranet.northvale.example/social-media');
    expect(hrefFor('ig@northvale.nhs.example')).toBe('mailto:ig@northvale.nhs.example');
    expect(hrefFor('mailto:ig@northvale.nhs.example')).toBe('mailto:ig@northvale.nhs.example');
    expect(shownAddress('mailto:ig@northvale.nhs.example')).toBe('ig@northvale.nhs.example');
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)//@x.example', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://intranet.example/policy', 'vbscript:msgbox', 'file:///etc/passwd', 'not a link'])(
    'makes no link of %j',
    (address) => {
      const href = hrefFor(address);
      expect(href === undefined || href.startsWith('mailto:')).toBe(true);
    },
  );
});
