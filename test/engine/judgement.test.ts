// The classes of issue 9, checked against the built-in NHS packs: hard negatives that must pass, and
// risks without a keyword that must be found. One example per class; the packs' own flag/pass examples
// and `npm run eval` cover the rest.
import { describe, expect, it } from 'vitest';
import { check, compilePack, type PackRule } from '../../src/engine';
import confidentiality from '../../rules/nhs/confidentiality.json';
import patientDetails from '../../rules/nhs/patient-details.json';
import rudeness from '../../rules/nhs/rudeness.json';
import { nlp } from './helpers';

const pack = compilePack({
  rules: [...patientDetails.rules, ...rudeness.rules, ...confidentiality.rules] as unknown as PackRule[],
});
const categories = (text: string) => [...new Set(check(text, {}, pack, { nlp }).map((f) => f.category))];

describe('clean posts stay clean (the false warnings of issue 9)', () => {
  it.each([
    // organisations, venues and things
    ['a football club and its nickname', 'Up the Gas! Great win for Bristol Rovers tonight, back on the ward for nights tomorrow'],
    ['a pub', 'Ward 7 Christmas do at The Kings Arms on Friday, bring your secret santa gifts'],
    ['a pub named for an animal', 'Team drinks at the Red Lion after our last shift on the unit, see you there'],
    ['a TV programme and its characters', 'Watching Call the Midwife after a long shift on the ward, Nurse Crane is my hero'],
    ['a park', 'Spent my day off at Heaton Park with the kids, ward life can wait'],
    ['a Welsh named ward', 'Fundraising walk round Roath Park on Sunday for the Ward Heulwen appeal'],
    ['a Welsh hospital and ward', 'Our Ysbyty Gwynedd stroke unit, Ward Alaw, has a new garden thanks to the League of Friends'],
    ['a Gaelic named unit', 'Near miss on Ward Iona last night: the alarm went off and estates fixed it by morning'],
    ['a saint in a hospital name', 'Lovely new chairs for the maternity unit at St Mary\'s, thank you to the League of Friends'],
    ['a Rotary club', 'Rotary Club of Hexham donated two recliner chairs to the day unit, thank you!'],
    ['Old Firm banter', 'Celtic 2 Rangers 1, the whole of ward 5 was cheering on nights'],
    // staff, not patients
    ['a retirement', 'Huge thanks to Priya Sharma, our ward clerk, who retires on Friday after 30 years on Ward 4'],
    ['a welcome', 'Welcome to the team Tomasz! Our newest HCA starts on bay 3 on Monday'],
    ['a thank-you to a named sister', 'Thank you Sister Morag MacLeod on Ward 2 for 40 years of care, enjoy Skye!'],
    ['Welsh congratulations', 'Llongyfarchiadau mawr i Nia Roberts, who qualified as a midwife this week. Nia was an MSW on our unit'],
    ['a colleague from a department', 'Can\'t wait for Rhiannon from the day unit to be back, the ward misses her'],
    ['a job advert', 'We\'re hiring! Band 5 staff nurse on Ward Dewi Sant, apply via NHS Jobs'],
    // the writer's own health, and services that promise confidentiality
    ['the writer\'s own stay', 'Finally home after my own op, 3 days on Ward 12 as a patient myself, the nurses were brilliant'],
    ['a confidential helpline', 'Live Fear Free helpline: 0808 80 10 800, 24 hours, free and confidential.'],
    ['a confidential clinic', 'Free and confidential: our sexual health clinic runs walk-ins every Tuesday 4-7pm'],
    ['an anniversary date', 'Happy 10th anniversary to our ICU outreach team, founded 12/03/2014'],
    // groups described clinically, and public events
    ['a clinical description of a group', 'Patients with diabetes often don\'t realise how much their feet matter, check them every day'],
    ['a risk in older people', 'Older people are more likely to fall at night, so we\'ve added sensor mats in every bay'],
    ['a public figure visiting', 'Our local MP visited the ward today to thank the team'],
    ['an island clinic trip', 'Ferry to Stornoway this morning for a week of clinics, bring on the island life'],
    ['fundraising money', 'Ward 7 raised £1,200 for the hospice appeal at the bake sale'],
    ['a salary in an advert', 'Band 5 staff nurse, £29,970 to £36,483 per annum, apply on NHS Jobs'],
    ['a published inspection', 'Our CQC report is published today and we\'re rated Good, so proud of everyone'],
    ['a frequent flyer on a plane', 'Frequent flyer on Loganair now: Kirkwall to Aberdeen for ENT training days every month'],
    ['an emoji about the rota', 'The rota\'s out and I\'m on nights again 🙄'],
    ['a farm day out', 'Farm visit with the kids on my day off 🐄🐑'],
    // written afresh, in other words, to check the classes generalise
    ['a group at higher risk', 'Travellers and Gypsy families often struggle to register with a GP. Our outreach nurse visits every Tuesday.'],
    ['advice about relatives', 'Relatives remember how you made them feel on the worst day of their lives. Learn names. Offer tea.'],
    ['security advice', 'If you see someone tailgating at a door, politely ask for their ID badge. #InfoSec'],
    ['password advice', 'Cyber awareness week: never write your password on a sticky note, and turn on MFA.'],
    ['a porter thanked', 'Big thanks to Kwame, our porter, who found a patient\'s lost wedding ring in the laundry'],
    ['a PALS number in a reply', '@BrianT1962 I\'m sorry the wait was so long. Please contact PALS on 01234 567890.'],
    ['a long run of nights', 'r/nursing rant: our manager rostered me 7 nights in a row again. Burnt out.'],
    ['a named colleague on a named ward', 'Shout out to Dilys on Ward Cedar who has been with us 25 years, best HCA in Wales'],
    ['a ward named like a person', 'Rowan ward moves to the new block in March, as announced at the public board'],
    ['a colleague\'s birthday', 'Happy birthday to the loudest sister on Ward 5, Bernadette! Cake in the staff room'],
    ['a thank-you sir', 'Yes sir! Band 7 interview passed, thank you all'],
    ['a joke hotel', 'Team night out at the Premier Inn bar after the awards'],
    ['heroes for real', 'Snow this morning and three of our staff walked in from the next village. Absolute heroes.'],
    ['a weather warning', 'Yellow warning for ice tonight, give yourself extra time to get to your shift'],
    ['a security tip', 'Cyber awareness: never use passwords like Winter2025! for your NHS account'],
  ])('%s', (_, text) => {
    expect(categories(text)).toEqual([]);
  });
});

describe('risks without a keyword are found (the misses of issue 9)', () => {
  it.each([
    ['patient-details', 'a lower-case name next to a bed', 'tomasz in bed 12 finally ate his breakfast, small wins'],
    ['patient-details', 'a name after the bed', 'bed 6, Priya, 2L O2, needs a chest xray before 10'],
    ['patient-details', 'a family nickname', 'Uncle Dev on the stroke unit is back again, third time this month'],
    ['patient-details', 'a Lady', 'Had Lady Harrington-Vane on the private wing today for her knee replacement.'],
    ['patient-details', 'a councillor', 'Cllr Jenkins was admitted overnight to 4C'],
    ['patient-details', 'a reverend', 'Rev Thomas is on Ward 3 again with his chest'],
    ['patient-details', 'an unfamiliar name in a bay', 'Gethin in bay 2 did the stairs today 💪'],
    ['patient-details', 'wristband text', 'Last day on Ward 15 [photo: my hand holding a wristband that reads ROBERTSON, Iain 14/11/1987]'],
    ['patient-details', 'a whiteboard bed by bed', 'whiteboard tonight: B1 joan NBM for OGD / B2 mr osei palliative / B3 kev CIWA'],
    ['patient-details', 'a public figure described', 'The influencer with 400k followers? She came through our eating disorders day unit last year.'],
    ['patient-details', 'a small community', 'Someone died on the Stornoway ferry this morning. Man in his 50s, cardiac.'],
    ['rudeness', 'a stereotype of a nationality', 'Why do the Eastern Europeans always turn up to minors with fourteen relatives and a translator app?'],
    ['rudeness', 'a stereotype of a condition', 'Mental health patients who kick off in ED should be billed for the damage.'],
    ['rudeness', 'dehumanising words', 'the veg patch in bay 4 is having a quiet night for once'],
    ['rudeness', 'dehumanising emoji', 'Bay 3 tonight 🐄🐄🐄🐄 #nightshift'],
    ['rudeness', 'infantilising a colleague', 'to the new band 5 who \'doesn\'t do\' personal care now she\'s registered - aww sweetie'],
    ['rudeness', 'sarcasm at the public', 'Yes madam, your three-hour wait for a splinter is definitely the greatest injustice in history.'],
    ['rudeness', 'a stereotype of junior doctors', 'Junior docs these days can\'t even write a drug chart without asking mummy. Pathetic.'],
    ['rudeness', 'a stereotype of a place', 'People from the Meadows estate breed like rabbits and then wonder why there are no beds'],
    ['rudeness', 'sarcasm at a member of the public', '@JanetW Thanks for your expert medical opinion Janet, I\'ll pass it on to the consultants'],
    ['patient-details', 'a reality star in clinic', 'The woman off Gogglebox was in our fracture clinic this morning 😆'],
    ['rudeness', 'a put-down in a reply', '@dai_jones77 Maybe if you\'d stopped filming the triage nurse you\'d have been seen quicker.'],
    ['confidentiality', 'a bid', 'Our bid for the community contract came in at £4.2m, undercutting the other trust by 10%'],
    ['confidentiality', 'an agency rate', 'The agency is charging us £95 an hour for a band 5, invoices are insane'],
    ['confidentiality', 'tailgating', 'Anyone can tailgate through the staff door at the back of ED, nobody checks'],
    ['confidentiality', 'a terminal that never logs out', 'The ward PC never logs out so anyone can get on EPR lol'],
    ['confidentiality', 'credentials', 'new rota system user: ward7admin / pass: Summer2024'],
    ['confidentiality', 'no MFA', 'Our shared email has no MFA and the password is on a post it'],
    ['confidentiality', 'an unpublished rating', 'CQC told us we\'re going to be Requires Improvement, report not out till March'],
    ['confidentiality', 'a regulator process about a named doctor', 'Sad to hear Mr Alasdair Fraser, our consultant surgeon, is under GMC investigation.'],
    ['confidentiality', 'a lone-working location and times', 'Jo is doing the lone home visits on the Meadows estate every Tuesday 7-10pm'],
    ['rudeness', 'a put-down addressed as sir', 'bed 3 wants his tea in a china cup. sir, this is an acute medical unit'],
    ['rudeness', 'care compared to a hotel', 'relatives asking for a fold-out bed and breakfast. we are not the Savoy'],
    ['rudeness', 'praise that means the opposite', 'Gotta love the families who complain about parking to the nurse doing CPR'],
    ['rudeness', 'someone\'s words in quotes', 'the gent who is \'too poorly to walk\' was out in the smoking shelter at 2am'],
    ['rudeness', 'mocking a body', 'maybe lay off the chips, bay 2 #chonky'],
    ['rudeness', 'mocking how someone speaks', 'new HCA is from Glasgow, we need subtitles for handover'],
    ['rudeness', 'laughing at a disability', 'lad with a stammer on the phone took ages to say his name 😂'],
    ['rudeness', 'a person compared to a thing', 'the hamster has more sense than that registrar'],
    ['rudeness', 'a harm joke', 'if bed 9 rings once more I am going to tape the buzzer to his forehead'],
    ['rudeness', 'swearing spaced after "a"', 'what a f u c k i n g shift'],
    ['confidentiality', 'a password-shaped string', 'rota app down for bank staff, just log in with bank1 / Autumn2025!'],
    ['confidentiality', 'internal figures', 'the internal bed-occupancy dashboard says 104% this week'],
    ['confidentiality', 'a colleague\'s warning', 'Steve finally got a written warning for his sickness, about time'],
    ['confidentiality', 'an unpublished decision', 'they are closing the birth centre, we saw the papers, not been shared publicly yet'],
    ['patient-details', 'a newborn\'s label', 'cot card said Baby of Hannah Lewis, 3.1kg, first one I caught'],
    ['patient-details', 'a named event', 'the driver from the crash on the bypass last night is on ICU bed 4'],
  ])('%s: %s', (category, _, text) => {
    expect(categories(text)).toContain(category);
  });
});

describe('findings read as sentences', () => {
  it('quotes a stretch of the draft, not glued words', () => {
    const [f] = check('the reg is an absolute idiot tbh', {}, pack, { nlp });
    expect(f.message).toContain('“reg is an absolute idiot”');
  });

  it('names the clues that combined', () => {
    const [f] = check('Someone died on the Stornoway ferry this morning. Man in his 50s, cardiac.', {}, pack, { nlp });
    expect(f.message).toMatch(/a small community \+ .*when/);
  });
});
