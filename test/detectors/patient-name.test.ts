import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine';
import { isGivenName } from '../../src/detectors/patient-name';
import { nlp, packOf, rule } from '../engine/helpers';

const names = rule({
  id: 'pd.name',
  type: 'detector',
  detector: 'patient-name',
  category: 'patient-details',
  options: {
    care: { words: ['bay', 'bed', 'ward', 'notes'], patterns: ['\\b(?:bay|bed)\\s*\\d'] },
    staff: { words: ['dr', 'sister', 'hca', 'like'] },
    staffContext: { words: ['thank you', 'welcome', 'retires', 'suspended', 'shout out'] },
    patientOnly: { words: ['his depot', 'her chemo', 'agreed to'] },
    notPeople: { words: ['call the midwife', 'up the gas'] },
    placeWords: ['arms', 'park', 'rovers', 'appeal', 'pub', 'foundation', 'united'],
    window: 6,
    notNames: ['ward', 'st', 'ysbyty', 'niv', 'miu', 'sho'],
  },
});
const pack = packOf(names);
const found = (text: string) => check(text, {}, pack, { nlp }).flatMap((f) => f.spans.map((s) => text.slice(s.start, s.end)));

describe('patient-name detector', () => {
  it.each([
    ['Mrs Kowalczyk in bed 8 takes three sugars', 'Mrs Kowalczyk'],
    ['yasmin in side room 3, bay 2 misses you', 'yasmin'],
    ['Please keep Ellie Marsh (Ward 31, bed 2) in your prayers', 'Ellie Marsh'],
    ['Mrs T in bay 3 again', 'Mrs T'],
    ['Shout out to Tariq on Ward 18, bay 4, who walked today', 'Tariq'],
  ])('finds a name close to a bed, bay or ward: %s', (text, name) => {
    expect(found(text)).toContain(name);
  });

  it.each([
    'Congratulations to Sister Jane Smith on Ward 12',
    'Thank you Dr Amir Khan for teaching on the ward',
    'Jamal, our HCA, covered bay 3 all night',
    'He makes a sloth look like Usain Bolt on the ward',
    'Ward 4 raised £300 for new chairs',
    'Sarah ran the London marathon in four hours',
    'The PAT test sticker on our ward kettle is from 2019',
  ])('leaves colleagues, comparisons, places and names far from care alone: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['M r s  J o n e s in bed 4 is a nightmare', 'M r s  J o n e s'],
    ['M.r.s  K.h.a.n in bay 2 again', 'M.r.s  K.h.a.n'],
    ['T a r i q on Ward 18, bay 4, walked today', 'T a r i q'],
  ])('reads a title and a name spelt out letter by letter as written: %s', (text, name) => {
    expect(found(text)).toContain(name);
  });

  it('needs NLP: without it the rule is skipped, not guessed', () => {
    expect(check('Mrs Kowalczyk in bed 8', {}, pack)).toEqual([]);
  });

  it.each([
    ['tomasz in bed 12 ate his breakfast', 'tomasz'],
    ['bed 6, Priya, needs a chest xray', 'Priya'],
    ['bed 6 priya needs a chest xray', 'priya'],
    ['Uncle Dev on the ward again', 'Uncle Dev'],
    ['Lady Hamilton in bed 4 wants gin', 'Lady Hamilton'],
    ['Cllr Jenkins in bed 4 again', 'Cllr Jenkins'],
    ['Rev Thomas is on the ward again', 'Rev Thomas'],
    ['Had Lady Harrington-Vane in bed 2 today', 'Lady Harrington-Vane'],
    ['ward 4 board: B1 joan NBM / B2 mr osei palliative', 'joan'],
    ['Gethin in bay 2 did the stairs today', 'Gethin'],
    ['bed 17 on ward 10 at Musgrove, Glenys, went home', 'Glenys'],
    ["frequent flyer 'Bungee Bev' is in bed 11 again", 'Bungee Bev'],
    ['Thank you to the team who looked after Mrs Begum in bed 4', 'Mrs Begum'],
    ['Hazel in bay 2 told us her secret recipe', 'Hazel'],
    ['Rose in bed 4 asked for her glasses', 'Rose'],
    ['bed 6 on ward 27 at the GRI, Senga Docherty, threw her tea at me', 'Senga Docherty'],
    ['bay 4 is wild tonight. dorota keeps trying to climb over the bed rails', 'dorota'],
    ['pawel in bed 3 wants his cigs', 'pawel'],
    ['zofia in bed 3 is asking for her daughter', 'zofia'],
    ['the fella in bed 9, Davie McLeish, bit the HCA this morning', 'Davie McLeish'],
    ['lol kev on ward 6 keeps ringing the bell', 'kev'],
    ['honestly dawn in bay 3 thinks every sneeze is the end', 'dawn'],
    ['sue in bay 2 wants her cup of tea', 'sue'],
    ['the card came from Beverley in bed 5', 'Beverley'],
    ['Bed 6, Priya. Keeps asking for her husband', 'Priya'],
  ])('finds a person, in the forms staff write them: %s', (text, name) => {
    expect(found(text)).toContain(name);
  });

  it.each([
    'Up the Gas! Great win for Bristol Rovers, back on the ward tomorrow',
    'Ward 7 do at The Kings Arms, bring your secret santa gifts',
    'Drinks at the Red Lion after our last shift on the ward',
    'Watching Call the Midwife after a shift on the ward',
    'Walk round Roath Park for the Ward Heulwen appeal',
    'New chairs for the unit at St Mary\'s, bed 4 looks lovely',
    'Our Ysbyty Penrhos Stanley unit has six new beds',
    'Welcome to the team Tomasz, starting on the ward Monday',
    'Nia Roberts qualified this week, welcome! Nia was on our ward as a student',
    'Claire from HR says the ward rota is out',
    'Near miss on Ward Iona last night, the bed alarm failed',
    'when your mam rings mid shift and I\'m in resus, bed 3 is kicking off',
    'Everyone in bay 2 slept well',
    'Chaos in bay 2 tonight, four admissions',
    'Rowan ward is moving to the new wing next month',
    'Tea and cake on Heulwen Unit for the bed appeal',
    'Dydd Gŵyl Dewi Hapus from everyone on Ward 6!',
    'Thank you to Cllr Amira Khan for opening the new garden on Ward 3',
    'Thank you to Lady Hamilton for opening the ward garden',
    'Bed 4 on ward 2 at Bronglais, Llanbadarn Fawr, has new curtains',
    'everyone keeps asking about the new beds on the ward',
    'we start at dawn on ward 3 tomorrow, wish me luck',
    'cover on ward 6 needed tonight, anyone free?',
    'the move on ward 4 went well',
    'man in bay 3 keeps shouting for his mum',
    'Moving to a new post in Beverley next month, I will miss the ward',
    'Back on the ward after a week near Florence, pasta withdrawal is real',
    // a bed or bay in the next sentence doesn't place a colleague in it
    'Shout out to the loudest charge nurse in Lancashire, Siobhan!! bay 3 staff have the cake ready',
    'Welcome back Gareth! Bed 4 has new curtains while you were away',
  ])('leaves clubs, pubs, programmes, named wards and colleagues alone: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['Shout out to Dermot on Ward 3 who finally agreed to his depot', 'Dermot'],
    ['Thank you Eilidh on ward 5 for smiling through her chemo', 'Eilidh'],
  ])('finds a patient thanked or cheered on when their care is named: %s', (text, name) => {
    expect(found(text)).toContain(name);
  });

  it.each(['Shout out to Dermot on Ward 3 for covering nights', 'Thank you Sister Eilidh on ward 5 for teaching us about chemo'])(
    'leaves a thanked colleague alone when no patient-only care is near: %s',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );

  it.each([
    'Thank you to Dev who covered bay 4 and bay 5 on his own for an hour',
    'Shout out to Siobhan on bay 3 nights this week, calm and kind',
    'Welcome Priya, who ran bay 2 like she had been here for years',
    'Thank you Kasia for looking after bay 6 on your first shift',
  ])('leaves a thanked colleague alone when the bay is where they work: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['Thank you to Doris in bay 4 for the chocolates', 'Doris'],
    ['Shout out to Tariq in bed 3 who walked today', 'Tariq'],
    ['pawel in bed 3 covered in crumbs again', 'pawel'],
  ])('still finds a patient thanked or cheered in their bed: %s', (text, name) => {
    expect(found(text)).toContain(name);
  });

  it.each([
    ['mr d from the flats back on the ward with the same abscess', 'mr d'],
    ['Doris from the care home in bed 4 wants tea', 'Doris'],
  ])('finds a patient said to come from where they live: %s', (text, name) => {
    expect(found(text)).toContain(name);
  });

  it.each(['Paula from the discharge team popped onto the ward', 'Claire from the day unit says the ward rota is out', 'Sam from the pharmacy office came to the ward'])(
    'leaves a colleague from a team or office alone: %s',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );

  it.each([
    ['Mairi in the bay has been asking for her dog all night', 'Mairi'],
    ['Rhodri on the ward again, third time this month', 'Rhodri'],
  ])('finds a name the list lacks, placed in "the" bay or ward: %s', (text, name) => {
    expect(found(text)).toContain(name);
  });

  it.each(['Chaos in the side room tonight', 'Friday in the side room was wild', 'Chaos on the ward was unreal'])(
    'leaves a time or a thing in the side room alone: %s',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );

  it.each([
    ['eilidh in bed 12 sang all night', 'eilidh'],
    ['bed 6, niamh, pulled her cannula out', 'niamh'],
    ['caoimhe in bay 4 wants her mam', 'caoimhe'],
    ['tadhg in bed 2 finally slept', 'tadhg'],
  ])('finds a lower-case Irish, Scots or Welsh first name next to a bed: %s', (text, name) => {
    expect(found(text)).toContain(name);
  });

  it.each([
    ['Board tonight: B1 Pugh, B2 Gethin, B3 empty', 'Gethin'],
    ['whiteboard: bed 1 Dafydd, bed 2 Morag, bed 3 empty', 'Dafydd'],
    ['Bay 4\nBed 1 - Iolo\nBed 2 - Siân\nquiet so far', 'Iolo'],
    ['SR1 Ffion, SR2 Hywel. long night', 'Ffion'],
  ])('finds names written bed by bed on a whiteboard: %s', (text, name) => {
    expect(found(text)).toContain(name);
  });

  it.each([
    'Board tonight: B1 Sepsis, B2 Covid, B3 empty',
    'bed 4 on NIV, bed 5 back from MIU, SHO aware',
    'bed 4 Closed, bed 5 Empty',
    'Dev covered B1 Tuesday and B2 Wednesday',
    'Vitamin B12 jab clinic with Ffion, our HCA',
  ])('leaves conditions, everyday words and colleagues after a bed code alone: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['Lady Gwenllian in bed 3 wants her tea in a china cup', 'Lady Gwenllian'],
    ['Rev Morgan in side room 2 blessed the whole bay', 'Rev Morgan'],
    ['Uncle Seamus in bed 5 keeps telling the same joke', 'Uncle Seamus'],
    ['We had a Mrs Pritchard in bed 4 who sang all night', 'Mrs Pritchard'],
    ['Lady G in bed 3 wants her tea in a china cup', 'Lady G'],
  ])('finds a name with a title or a family nickname by a bed: %s', (text, name) => {
    expect(found(text)).toContain(name);
  });

  it.each([
    'Off to the Lady Nelson for a pint after nights, bay 2 was wild',
    'Lord Nelson pub quiz tonight, bay 3 team are in',
    'Sir Bobby Robson Foundation donated two beds to the ward',
    'Lady Margaret ward has 4 new beds',
    'Sister Niamh ran bay 2 like a dream tonight',
    'Lady A played the hospital radio, bed time after',
    'Manchester United won again, bed by 11 after the ward party',
  ])('leaves a pub, a charity, a ward named after someone, a colleague and a club alone: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['Selfie with my favourite patient 💕 Iolo on our ward', 'Iolo'],
    ['We had a lovely man called Gethin on the ward this week', 'Gethin'],
    ['a patient called Tadhg told me the ward was the best', 'Tadhg'],
    ['my patient róisín on the ward made me a card', 'róisín'],
    ['Big shout out to róisín on Ward 3 who finally agreed to his depot', 'róisín'],
  ])('finds a name given as a patient\'s, or with care only a patient gets: %s', (text, name) => {
    expect(found(text)).toContain(name);
  });

  it.each([
    'Patient Experience Team visited the ward',
    'We called Ffion from pharmacy about the ward meds',
    'the new ward is called Gwynedd ward',
    'we called Pryce ward to ask for a bed',
  ])('leaves teams, colleagues and wards after "patient" or "called" alone: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('stays linear on 5,000 characters of lower-case names next to beds', () => {
    const text = 'priya in bed 4 and tomasz in bay 2, '.repeat(140);
    expect(found(text).length).toBeGreaterThan(100);
  });
});

describe('the bundled given names', () => {
  it.each(['priya', 'tomasz', 'oluwaseun', 'mohammed', 'fatima', 'doreen', 'agnieszka', 'chinedu', 'krzysztof', 'dermot', 'siobhan', 'iain', 'rhys', 'kev'])('knows %s', (name) => {
    expect(isGivenName(name)).toBe(true);
  });

  it.each(['pawel', 'zofia', 'francois', 'jose', 'lukasz', 'jiri'])('knows %s typed without its accents', (name) => {
    expect(isGivenName(name)).toBe(true);
  });

  it.each(['eilidh', 'niamh', 'aoife', 'caoimhe', 'saoirse', 'tadhg', 'oisin', 'cerys', 'bethan', 'ieuan', 'mairead'])('knows the Irish, Scots or Welsh name %s', (name) => {
    expect(isGivenName(name)).toBe(true);
  });

  it.each(['róisín', 'siân', 'pádraig'])('knows %s written with its marks', (name) => {
    expect(isGivenName(name)).toBe(true);
  });

  it.each(['october', 'sunday', 'bristol', 'scotland', 'delight', 'essex', 'ein', 'edu'])('takes no month, day, place or word from the longer list: %s', (word) => {
    expect(isGivenName(word)).toBe(false);
  });

  it.each(['will', 'rose', 'mark', 'hope', 'bay', 'mats', 'ward', 'sister', 'said', 'come'])('leaves out the everyday English word %s', (word) => {
    expect(isGivenName(word)).toBe(false);
  });
});
