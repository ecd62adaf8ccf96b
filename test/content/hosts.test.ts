import { describe, expect, it } from 'vitest';
import { adaptersFor, matchesPattern } from '../../src/content/hosts';
import { SITES } from '../../src/sites';

const ids = (href: string, practice = false) => adaptersFor(href, SITES, practice).map((s) => s.id);

describe('matchesPattern', () => {
  it('follows Chrome match patterns', () => {
    expect(matchesPattern(new URL('https://x.com/home'), '*://x.com/*')).toBe(true);
    expect(matchesPattern(new URL('http://x.com/'), '*://x.com/*')).toBe(true);
    expect(matchesPattern(new URL('ftp://x.com/'), '*://x.com/*')).toBe(false);
    expect(matchesPattern(new URL('https://notx.com/'), '*://x.com/*')).toBe(false);
    expect(matchesPattern(new URL('https://a.b.bsky.app/x'), '*://*.bsky.app/*')).toBe(true);
    expect(matchesPattern(new URL('https://bsky.app/x'), '*://*.bsky.app/*')).toBe(true);
    expect(matchesPattern(new URL('https://evilbsky.app/'), '*://*.bsky.app/*')).toBe(false);
    expect(matchesPattern(new URL('http://127.0.0.1:5317/'), 'http://127.0.0.1/*')).toBe(true);
    expect(matchesPattern(new URL('https://127.0.0.1/'), 'http://127.0.0.1/*')).toBe(false);
    expect(matchesPattern(new URL('https://www.reddit.com/r/x'), '*://www.reddit.com/r/*')).toBe(true);
    expect(matchesPattern(new URL('https://www.reddit.com/user/x'), '*://www.reddit.com/r/*')).toBe(false);
  });
});

describe('adaptersFor', () => {
  it('picks the site adapter by host', () => {
    expect(ids('https://x.com/compose/post')).toEqual(['x']);
    expect(ids('https://twitter.com/home')).toEqual(['x']);
    expect(ids('https://www.facebook.com/groups/1')).toEqual(['facebook']);
    expect(ids('https://old.reddit.com/r/nhs')).toEqual(['old-reddit']);
    // Old-style pages are served on www.reddit.com too (the old design chosen in preferences).
    expect(ids('https://www.reddit.com/r/nhs')).toEqual(['reddit', 'old-reddit']);
    expect(ids('https://www.linkedin.com/feed/')).toEqual(['linkedin']);
    expect(ids('https://mastodon.social/home')).toEqual(['mastodon']);
  });

  it('runs nowhere else (the generic adapter is never on by itself)', () => {
    expect(ids('https://example.com/')).toEqual([]);
    expect(ids('http://127.0.0.1:5317/')).toEqual([]);
    expect(ids('not a url')).toEqual([]);
  });

  it('switches every adapter on for the practice page, in practice builds only', () => {
    expect(ids('http://127.0.0.1:5317/', true)).toEqual(SITES.map((s) => s.id));
    expect(ids('http://localhost:8080/', true)).toEqual(SITES.map((s) => s.id));
    expect(ids('https://127.0.0.1/', true)).toEqual([]);
    expect(ids('https://example.com/', true)).toEqual([]);
  });
});
