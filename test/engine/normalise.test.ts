import { describe, it, expect } from 'vitest';
import { cleanView, foldWord, oneSpaceBetweenWords, squeeze, tokenize, tokenizeView, viewSpan, wordPerLineAsSpaces, type TextView, type Token } from '../../src/engine/normalise';

/** The map invariants every view must keep (one expect per check, so large inputs stay quick). */
function checkView(original: string, view: TextView): void {
  expect(view.map.length).toBe(view.text.length + 1);
  expect(view.map[view.map.length - 1]).toBe(original.length);
  const bad: number[] = [];
  for (let i = 1; i < view.map.length; i++) if (view.map[i] < view.map[i - 1]) bad.push(i);
  if (view.ends) {
    expect(view.ends.length).toBe(view.text.length);
    for (let i = 0; i < view.ends.length; i++) {
      if (view.ends[i] <= view.map[i]) bad.push(i);
      if (view.map[i + 1] > view.map[i] && view.ends[i] > view.map[i + 1]) bad.push(i);
    }
  }
  expect(bad).toEqual([]);
}

/** Every token's text is exactly the original slice it claims; forms are lowercase and unique. */
function checkTokens(original: string, tokens: Token[]): void {
  const bad: Token[] = [];
  for (const t of tokens) {
    const ok =
      t.text === original.slice(t.start, t.end) &&
      t.end > t.start &&
      t.forms.length > 0 &&
      new Set(t.forms).size === t.forms.length &&
      t.forms.every((f) => f === f.toLowerCase());
    if (!ok) bad.push(t);
  }
  expect(bad).toEqual([]);
}

function find(original: string, form: string): Token {
  const tokens = tokenize(original);
  checkTokens(original, tokens);
  const hit = tokens.find((t) => t.forms.includes(form));
  if (!hit) throw new Error(`no token with form ${form} in ${JSON.stringify(tokens.map((t) => t.forms))}`);
  return hit;
}

/** Find `needle` in the clean view and map it back to the original. */
function viewFind(original: string, needle: string): string {
  const view = cleanView(original);
  checkView(original, view);
  const at = view.text.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  const span = viewSpan(view, at, at + needle.length);
  return original.slice(span.start, span.end);
}

describe('cleanView', () => {
  it('leaves plain ASCII alone, including punctuation, digits and case', () => {
    const s = 'Mrs Smith, NHS 943 476 5919, SW1A 1AA! (ward 7) "ok" - 50% & more...';
    const v = cleanView(s);
    expect(v.text).toBe(s);
    checkView(s, v);
    expect(v.map.slice(0, 5)).toEqual([0, 1, 2, 3, 4]);
  });

  it('handles the empty string', () => {
    const v = cleanView('');
    expect(v.text).toBe('');
    expect(v.map).toEqual([0]);
    expect(viewSpan(v, 0, 0)).toEqual({ start: 0, end: 0 });
    expect(tokenize('')).toEqual([]);
  });

  it('removes zero-width, invisible and bidi characters', () => {
    const s = 'a\u200bb\u200cc\u200dd\u2060e\ufeffF\u00adg\u202eh\u2066i\u2069j\u200ek\u2063l';
    const v = cleanView(s);
    expect(v.text).toBe('abcdeFghijkl');
    checkView(s, v);
    expect(v.map[1]).toBe(2); // "b" sits after one removed character
    expect(v.map[11]).toBe(s.length - 1);
  });

  it('maps Unicode spaces to a plain space but keeps tabs and newlines', () => {
    const s = 'a\u00a0b\u2009c\u3000d\u202fe\tf\ng';
    const v = cleanView(s);
    expect(v.text).toBe('a b c d e\tf\ng');
    checkView(s, v);
  });

  it('drops combining marks after letters and keeps them in the span', () => {
    const s = 'you fuc\u0336k';
    const v = cleanView(s);
    expect(v.text).toBe('you fuck');
    checkView(s, v);
    expect(viewFind(s, 'fuck')).toBe('fuc\u0336k');
    // Zalgo: many marks on each letter.
    const z = 'f\u0301\u0302\u0303u\u0304\u0305c\u0306k\u0307\u0308';
    expect(cleanView(z).text).toBe('fuck');
    expect(viewFind(z, 'fuck')).toBe(z); // trailing marks on the last letter are included
  });

  it('strips accents, precomposed or decomposed, without changing case', () => {
    expect(cleanView('Café Zoë ÉLAN').text).toBe('Cafe Zoe ELAN');
    expect(cleanView('Cafe\u0301').text).toBe('Cafe');
  });

  it('folds fullwidth digits with NFKC so number patterns still run', () => {
    const s = 'NHS ９４３ ４７６ ５９１９ please';
    const v = cleanView(s);
    expect(v.text).toBe('NHS 943 476 5919 please');
    expect(viewFind(s, '943 476 5919')).toBe('９４３ ４７６ ５９１９');
  });

  it('folds mathematical and other compatibility letters, keeping the map right when NFKC changes length', () => {
    const s = 'x \ud835\udc1f\ud835\udc2e\ud835\udc1c\ud835\udc24 y'; // mathematical bold "fuck": 2 units each
    const v = cleanView(s);
    expect(v.text).toBe('x fuck y');
    checkView(s, v);
    expect(viewFind(s, 'fuck')).toBe('\ud835\udc1f\ud835\udc2e\ud835\udc1c\ud835\udc24');
    // One character becoming several: the ligature ﬁ -> "fi", ½ -> "1⁄2".
    const lig = 'pro\ufb01le ½ done';
    const lv = cleanView(lig);
    expect(lv.text).toBe('profile 1\u20442 done');
    checkView(lig, lv);
    expect(viewFind(lig, 'profile')).toBe('pro\ufb01le');
    expect(viewFind(lig, 'done')).toBe('done');
    // Part of an expansion still highlights the whole source character.
    expect(viewFind(lig, 'f')).toBe('\ufb01');
    // Circled and fullwidth letters.
    expect(cleanView('\u24d5\u24e4\u24d2\u24da').text).toBe('fuck');
    expect(cleanView('ＦＵＣＫ').text).toBe('FUCK');
  });

  it('folds Cyrillic and Greek look-alikes to ASCII', () => {
    const s = 'ѕһіt and Рοѕtсοdе and ΑΒΕ аерсух';
    expect(cleanView(s).text).toBe('shit and Postcode and ABE aepcyx');
    expect(viewFind(s, 'shit')).toBe('ѕһіt');
  });

  it('keeps emoji and surrogate pairs intact and offsets right after them', () => {
    const s = '😀👍🏽 \ud83c\uddec\ud83c\udde7 idiot';
    const v = cleanView(s);
    expect(v.text).toBe(s);
    checkView(s, v);
    expect(viewFind(s, 'idiot')).toBe('idiot');
    // A variation selector after an emoji is dropped; the map still points right.
    const h = '❤\ufe0f you twat';
    expect(cleanView(h).text).toBe('❤ you twat');
    expect(viewFind(h, 'twat')).toBe('twat');
  });

  it('keeps CRLF and maps positions after it', () => {
    const s = 'line one\r\nMrs\u00a0Smith\r\n';
    const v = cleanView(s);
    expect(v.text).toBe('line one\r\nMrs Smith\r\n');
    expect(viewFind(s, 'Mrs Smith')).toBe('Mrs\u00a0Smith');
  });

  it('folds typographic apostrophes and dashes', () => {
    expect(cleanView('don\u2019t 943\u2013476\u20135919').text).toBe("don't 943-476-5919");
  });

  it('viewSpan ends at the last character typed, not at following invisibles', () => {
    const s = 'hi\u200b\u200b there';
    const v = cleanView(s);
    expect(v.text).toBe('hi there');
    expect(viewSpan(v, 0, 2)).toEqual({ start: 0, end: 2 });
    expect(viewSpan(v, 2, 2)).toEqual({ start: 4, end: 4 }); // empty range: a position
    expect(viewSpan(v, 0, 8)).toEqual({ start: 0, end: s.length });
    expect(viewSpan(v, -5, 99)).toEqual({ start: 0, end: s.length }); // clamped
    // A hand-built view without ends falls back to map[end].
    expect(viewSpan({ text: 'ab', map: [0, 2, 3] }, 0, 1)).toEqual({ start: 0, end: 2 });
  });
});

describe('tokenize', () => {
  it('splits plain words with original offsets', () => {
    const s = "I'm a nurse, don't @ me";
    const tokens = tokenize(s);
    checkTokens(s, tokens);
    expect(tokens.map((t) => t.text)).toEqual(["I'm", 'a', 'nurse', "don't", 'me']);
    expect(tokens[2]).toMatchObject({ start: 6, end: 11, forms: ['nurse'] });
  });

  it('sees through zero-width characters inside a word', () => {
    const s = 'you f\u200bu\u200bc\u200bk';
    const t = find(s, 'fuck');
    expect(s.slice(t.start, t.end)).toBe('f\u200bu\u200bc\u200bk');
    expect(t.forms[0]).toBe('fuck');
  });

  it('sees through a zero-width joiner and a soft hyphen', () => {
    const s = 'what a wan\u200dker, bas\u00adtard';
    expect(find(s, 'wanker').text).toBe('wan\u200dker');
    expect(find(s, 'bastard').text).toBe('bas\u00adtard');
  });

  it('sees through Cyrillic and Greek look-alikes', () => {
    const s = 'total ѕһіt and а bіtсh, ιdιοt';
    expect(find(s, 'shit').text).toBe('ѕһіt');
    expect(find(s, 'bitch').text).toBe('bіtсh');
    expect(find(s, 'idiot').text).toBe('ιdιοt');
  });

  it('decodes leetspeak', () => {
    const s = 'sh1t b@stard a$$hole sh!t 1d10t c0ck';
    expect(find(s, 'shit').text).toBe('sh1t');
    expect(find(s, 'bastard').text).toBe('b@stard');
    const a = find(s, 'asshole');
    expect(a.text).toBe('a$$hole');
    expect(a.forms).toEqual(['a$$hole', 'asshole', 'ashole']);
    expect(find(s, 'idiot').text).toBe('1d10t');
    expect(find(s, 'cock').text).toBe('c0ck');
    // "sh!t" twice: both tokens found.
    expect(tokenize(s).filter((t) => t.forms.includes('shit')).map((t) => t.start)).toEqual([0, 21]);
  });

  it('does not leet-decode pure numbers', () => {
    const s = 'NHS 943 476 5919';
    const tokens = tokenize(s);
    expect(tokens.map((t) => t.forms)).toEqual([['nhs'], ['943'], ['476'], ['5919']]);
    expect(tokens[3]).toMatchObject({ start: 12, end: 16, text: '5919' });
  });

  it('squeezes repeated letters', () => {
    const s = 'FUUUUCK this, bollocks';
    const t = find(s, 'fuck');
    expect(t.text).toBe('FUUUUCK');
    expect(t.forms).toEqual(['fuuuuck', 'fuck']);
    expect(find(s, 'bolocks').forms).toEqual(['bollocks', 'bolocks']);
    expect(squeeze('fuuuuck')).toBe('fuck');
    expect(squeeze('1000')).toBe('1000'); // digits are not squeezed
    expect(squeeze('f**k')).toBe('f*k');
    expect(squeeze('plain')).toBe('plain');
  });

  it('keeps masking characters as wildcards: f*ck, f**k, f***', () => {
    const s = 'oh f*ck, f**k, what the f***. c#nt';
    expect(find(s, 'f*ck').text).toBe('f*ck');
    const ff = find(s, 'f**k');
    expect(ff.text).toBe('f**k');
    expect(ff.forms).toEqual(['f**k', 'f*k']);
    const tail = find(s, 'f***');
    expect(tail.text).toBe('f***');
    expect(tail.forms).toContain('f*');
    expect(find(s, 'c#nt').text).toBe('c#nt');
  });

  it('does not swallow ordinary punctuation after a word', () => {
    const s = 'Great shift! Thanks|all *really* good';
    const tokens = tokenize(s);
    checkTokens(s, tokens);
    expect(tokens[1]).toMatchObject({ text: 'shift', forms: ['shift'] });
    expect(tokens.find((t) => t.forms[0] === 'really')?.text).toBe('really');
  });

  it('joins spaced, dotted, dashed, underscored and starred letters', () => {
    const cases: [string, string, string][] = [
      ['oh f u c k off', 'fuck', 'f u c k'],
      ['f.u.c.k you', 'fuck', 'f.u.c.k'],
      ['s-h-i-t day', 'shit', 's-h-i-t'],
      ['you w_a_n_k_e_r', 'wanker', 'w_a_n_k_e_r'],
      ['you c*u*n*t', 'cunt', 'c*u*n*t'],
      ['s h 1 t', 'shit', 's h 1 t'],
      ['F\u200b U C K', 'fuck', 'F\u200b U C K'],
    ];
    for (const [s, form, text] of cases) {
      const t = find(s, form);
      expect(t.text).toBe(text);
      expect(s.slice(t.start, t.end)).toBe(text);
    }
    // A run that starts with the one-letter word "a" or "I" is also read without it ("a f u c k i n g joke").
    expect(tokenize('a f u c k i n g joke')[0].forms).toContain('fucking');
    expect(tokenize('i d i o t')[0].forms[0]).toBe('idiot');
    // The joined token replaces its letters: "off" stays its own token.
    expect(tokenize('f u c k off').map((t) => t.forms[0])).toEqual(['fuck', 'off']);
    // An article swept into the run ("a f u c k i n g joke") still leaves the word as a form.
    expect(find('this rota is a f u c k i n g joke', 'fucking').text).toBe('a f u c k i n g');
  });

  it('joins letters spelt out with even wide gaps: spaces, " . ", tabs, slashes', () => {
    for (const s of ['i  d  i  o  t', 'i . d . i . o . t', 'i\td\ti\to\tt', 'i/d/i/o/t', 'i \t d \t i \t o \t t']) {
      const tokens = tokenize(`you ${s}!`);
      expect(tokens.map((t) => t.forms[0]), JSON.stringify(s)).toEqual(['you', 'idiot']);
      expect(tokens[1]!.text).toBe(s);
    }
  });

  it('reads a line break between every word as a space, keeping every position', () => {
    const same = (s: string) => expect(wordPerLineAsSpaces(s)).toBe(s);
    expect(wordPerLineAsSpaces('you\nare\nan\nidiot')).toBe('you are an idiot');
    expect(wordPerLineAsSpaces('you\r\n\r\nare\r\n\r\nan')).toBe('you    are    an');
    // Only the run of one-word lines: the prose either side stays on its own line.
    expect(wordPerLineAsSpaces('Bad night.\nyou\nare\nan\nidiot\nSee you soon')).toBe('Bad night.\nyou are an idiot\nSee you soon');
    // A word spelt out down the screen joins the lines either side too.
    expect(wordPerLineAsSpaces('what a\nf\nu\nc\nk\ning day')).toBe('what a f u c k ing day');
    same('Great shift.\n\nThanks\nJo'); // a sign-off: two short lines
    same('Handover done\nAll quiet\nHome now');
    same('no line breaks at all');
    const long = 'word\n'.repeat(5000);
    expect(wordPerLineAsSpaces(long)).toHaveLength(long.length);
  });

  it('does not join normal words or pairs of single letters', () => {
    expect(tokenize('I am a nurse').map((t) => t.text)).toEqual(['I', 'am', 'a', 'nurse']);
    expect(tokenize('A & E at 5 p.m.').map((t) => t.text)).toEqual(['A', 'E', 'at', '5', 'p', 'm']);
    expect(tokenize('1 2 3').map((t) => t.text)).toEqual(['1', '2', '3']); // digits only: not a word
    expect(tokenize('a b 5').map((t) => t.text)).toEqual(['a', 'b', '5']); // runs start and end with letters
    expect(tokenize('at 5 p.m. I went').map((t) => t.text)).toEqual(['at', '5', 'p', 'm', 'I', 'went']); // uneven gaps
    expect(tokenize('f  u c  k').length).toBe(4); // a wide gap, then a narrow one: not spelt out evenly
    expect(tokenize('A, B, C').length).toBe(3); // commas make a list
    expect(tokenize('a b c').map((t) => t.text)).toEqual(['a b c']); // acceptable, as specified
  });

  it('reads hashtags and mentions', () => {
    const s = 'Off to #NightShift with @nurse_jo and @Dr_Who_ again #1';
    const tokens = tokenize(s);
    checkTokens(s, tokens);
    const tag = tokens.find((t) => t.text.startsWith('#N'));
    expect(tag).toMatchObject({ start: 7, end: 18, text: '#NightShift' });
    expect(tag?.forms).toEqual(['#nightshift', 'nightshift']);
    const jo = tokens.find((t) => t.text.startsWith('@n'));
    expect(jo).toMatchObject({ text: '@nurse_jo', forms: ['@nurse_jo'] });
    expect(tokens.find((t) => t.text.startsWith('@D'))?.text).toBe('@Dr_Who'); // trailing _ dropped
    expect(tokens[tokens.length - 1]).toMatchObject({ text: '1', forms: ['1'] }); // "#1" is not a hashtag
  });

  it('keeps offsets right after emoji and surrogate pairs', () => {
    const s = '😀😀 \ud83c\uddec\ud83c\udde7 👩‍⚕️ what a tw@t';
    const t = find(s, 'twat');
    expect(t.text).toBe('tw@t');
    expect(t.start).toBe(s.indexOf('tw@t'));
    expect(t.end).toBe(s.length);
  });

  it('handles CRLF line endings', () => {
    const s = 'Dear all,\r\nward 7 is a sh1thole\r\n';
    const t = find(s, 'shithole');
    expect(t.text).toBe('sh1thole');
    expect(t.start).toBe(s.indexOf('sh1thole'));
    expect(tokenize(s).map((x) => x.text)).toEqual(['Dear', 'all', 'ward', '7', 'is', 'a', 'sh1thole']);
  });

  it('combines disguises: look-alikes, invisibles, fullwidth and repeats in one word', () => {
    const s = '😀 ｆ\u200bυυυ\u0336с\u2060k!!';
    const t = find(s, 'fuck');
    expect(t.text).toBe('ｆ\u200bυυυ\u0336с\u2060k');
    expect(t.forms[0]).toBe('fuuuck');
  });

  it('tokenizeView gives the same tokens as tokenize', () => {
    const s = 'b\u200b@stard 😀 ѕһіt';
    expect(tokenizeView(cleanView(s), s)).toEqual(tokenize(s));
  });

  it('tokenises a 20,000-character draft with every token mapped back', () => {
    const para =
      'Long night on ward 7 with Mrs Smith, aged 84, NHS 943 476 5919. The f*cking consultant was a b@stard 😀, ' +
      'don\u2019t tell anyone! #nightshift @nurse_jo f\u200bu\u200bc\u200bk ѕһіt s h i t ９９\r\n';
    let s = '';
    while (s.length < 20_000) s += para;
    s = s.slice(0, 20_000);
    const tokens = tokenize(s); // how fast: npm run bench
    expect(tokens.length).toBeGreaterThan(2_500);
    checkTokens(s, tokens);
    checkView(s, cleanView(s));
    expect(tokens.filter((t) => t.forms.includes('shit')).length).toBeGreaterThan(150);
  });
});

describe('foldWord', () => {
  it('folds list entries the same way as the text', () => {
    expect(foldWord('Bollocks')).toEqual(['bollocks', 'bolocks']);
    expect(foldWord('sh1t')).toEqual(['sh1t', 'shit']);
    expect(foldWord('#NightShift')).toEqual(['#nightshift', 'nightshift']);
    expect(foldWord('@Nurse_Jo')).toEqual(['@nurse_jo']);
    expect(foldWord('Café')).toEqual(['cafe']);
    expect(foldWord('1000')).toEqual(['1000']);
  });

  it('gives forms that meet the forms of a disguised token', () => {
    const entry = foldWord('asshole');
    const token = find('what an а$$һοle', 'asshole');
    expect(token.forms.some((f) => entry.includes(f))).toBe(true);
  });
});

describe('oneSpaceBetweenWords: any run of white space between words reads as one space', () => {
  const spaced = (original: string) => oneSpaceBetweenWords(cleanView(original));
  const RUNS = ['  ', '\t', ' \t ', '\n', '\r\n', ' \n\n ', '\u00a0', '\u00a0\u2009', '\u3000', '\u2009\u200a', ' \u200b ', '\u200b\u00a0\u200b', '\u2028', '\f\v'];

  it.each(RUNS.map((run) => [JSON.stringify(run), run]))('%s', (_, run) => {
    const original = `sat${run}on${run}the${run}fence`;
    const view = spaced(original);
    checkView(original, view);
    expect(view.text).toBe('sat on the fence');
    // "on the" in the view is the typed words with the whole run between them.
    const at = view.text.indexOf('on the');
    const span = viewSpan(view, at, at + 'on the'.length);
    expect(original.slice(span.start, span.end)).toBe(`on${run}the`);
    // The space alone stands for the whole run.
    const gap = viewSpan(view, 3, 4);
    expect(original.slice(gap.start, gap.end).replace(/\u200b/g, '')).toBe(run.replace(/\u200b/g, ''));
  });

  it('leaves a view with single plain spaces as it is (the same object), and tokens read the spaces as typed', () => {
    const view = cleanView('plain words, one space');
    expect(oneSpaceBetweenWords(view)).toBe(view);
    expect(tokenize('f  u c  k').length).toBe(4); // one space would read as letters spelt out
  });

  it('keeps a match that ends before the run ending at the last letter typed', () => {
    const original = 'fence   \t  post';
    const view = spaced(original);
    expect(view.text).toBe('fence post');
    expect(viewSpan(view, 0, 5)).toEqual({ start: 0, end: 5 });
    expect(viewSpan(view, 6, 10)).toEqual({ start: 11, end: 15 });
  });

  it('stays linear: 200,000 characters of alternating runs', () => {
    const original = 'a \t\n '.repeat(40_000);
    const view = spaced(original);
    checkView(original, view);
    expect(view.text.length).toBe(80_000);
  });
});
