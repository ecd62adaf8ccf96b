// Confidentiality without a marker word (issue 9), by class: each risk written a new way, and the
// hard negatives that share its words. The pack's own examples and `npm run eval` cover the rest.
import { describe, expect, it } from 'vitest';
import { check, compilePack, type PackRule } from '../../src/engine';
import confidentiality from '../../rules/nhs/confidentiality.json';
import { nlp } from './helpers';

const pack = compilePack({ rules: confidentiality.rules as unknown as PackRule[] });
const found = (text: string) => check(text, {}, pack, { nlp }).map((f) => f.ruleId);

describe('confidentiality risks without a marker word', () => {
  it.each([
    ['an unpublished regulator finding', 'RQIA fed back on Friday that our theatres are failing on staffing. Nothing published until the autumn.'],
    ['an unpublished rating, said informally', 'Inspectors told us informally that the ED will be flagged as unsafe. The report is not due out till next month.'],
    ['a credential as a hint', 'the alarm code for the pharmacy store is the ward manager\'s house number twice'],
    ['an override code', 'if the med cabinet locks you, the override is Phar4macy'],
    ['a system open to anyone', 'our audit spreadsheet of every DNACPR is on a drive with no password'],
    ['a room left open', 'the clean utility never locks, anyone can get in from the corridor'],
    ['a camera that is down', 'CCTV in the maternity car park has been down since the storm'],
    ['a colleague\'s routine', 'to whoever keeps asking: she finishes at 21:30 on Fridays and parks behind the old boiler house'],
    ['told before it is public', 'The ward is moving to the new block in spring, but it won\'t be announced until after the board meets.'],
    ['asked not to tell until later', 'We are not supposed to mention the merger until the staff briefing.'],
    ['before it goes to the board', 'Leaked slides: the maternity unit goes to a midwife-led model, before it even goes to the trust board'],
    ['an ongoing process about people', 'Police are involved now and the adverse event review is under way for the lad in bay 3'],
    ['a protected patient', 'You will never guess who is in side room 1 under a false name'],
  ])('%s', (_, text) => {
    expect(found(text), text).not.toEqual([]);
  });
});

describe('hard negatives stay clean', () => {
  it.each([
    ['a published report', 'Our HIW report was published this morning: good overall, with two things to work on.'],
    ['advice about passwords', 'Never make your password your postcode or your pet\'s name.'],
    ['a small invoice', 'Chased by finance over an invoice for £12.50 of biros, the glamour'],
    ['a pay rise', 'A £1,400 pay rise after two years of talks. Better than nothing.'],
    ['a reply asking for privacy', 'Please don\'t share your personal details here; send us a message and we\'ll call you.'],
    ['a joke', 'A nurse, a porter and a physio walk into a bar.'],
    ['a fixed door', 'The fire door on level 1 has been fixed, thank you estates.'],
    ['a family routine', 'Proud mum: my daughter walks to the bus stop on her own now and gets the bus at 8:10.'],
    ['a welcome', 'Welcome to Sam, who starts on Ward 5 on Monday and parks by the bins like the rest of us.'],
    ['awards not yet announced', 'Our team is shortlisted, the winners haven\'t been announced yet!'],
    ['a plan before printing', 'Please read the leaflet before it goes to print, comments by Friday.'],
    ['a home wifi', 'My home wifi has no password because the nearest house is two miles away.'],
    ['a pen name', 'She publishes poetry under a different name, which we found out at her leaving do.'],
    ['an outage without a weakness', 'Systems back up after the outage, thanks IT for working through the night.'],
    ['safeguarding training', 'Safeguarding referral training for new starters is on Thursday in the library.'],
  ])('%s', (_, text) => {
    expect(found(text), text).toEqual([]);
  });
});
