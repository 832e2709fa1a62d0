/**
 * Safeguarding screening: a pure, synchronous check of free text against data-driven rule sets.
 *
 * A match never decides anything by itself: it raises a safeguarding concern that a person reads the
 * same day. So the rules favour recall; precision comes from tight patterns and local `unless` guards.
 */

export type ScreeningCategory =
  | 'HARM_BY_OTHERS'
  | 'SEXUAL_HARM'
  | 'SELF_HARM_SUICIDE'
  | 'NEGLECT'
  | 'FEAR_OF_HOME'
  | 'RUNNING_AWAY'
  | 'EXPLOITATION'
  | 'DOMESTIC_ABUSE';

export type Severity = 'HIGH' | 'MEDIUM';

/**
 * One screening rule. `patterns` and `unless` are regular-expression sources, compiled with the `u`
 * flag after their literal letters are lower-cased (so matching ignores case), and applied to the
 * normalised text (see {@link normaliseForScreening}): lower case, no accents, no apostrophes,
 * punctuation turned into single spaces, text-speak expanded ("dont" becomes "do not").
 * An `unless` pattern cancels only the match it sits next to: it is tested against the match plus up
 * to {@link UNLESS_WINDOW} characters either side, without crossing a sentence end, so "my brother hit
 * me with a pillow." does not hide "my dad beats me" in the next sentence.
 */
export interface ScreeningRule {
  id: string;
  category: ScreeningCategory;
  severity: Severity;
  patterns: string[];
  unless?: string[];
}

/** A versioned, JSON-serialisable set of rules for one language. Treat stored rule sets as immutable. */
export interface RuleSet {
  version: string;
  language: string;
  rules: ScreeningRule[];
}

export interface ScreeningResult {
  flagged: boolean;
  severity: Severity | null;
  matchedRules: string[];
}

/** Characters either side of a match that an `unless` pattern may look at. */
export const UNLESS_WINDOW = 40;

const CATEGORIES: readonly ScreeningCategory[] = [
  'HARM_BY_OTHERS',
  'SEXUAL_HARM',
  'SELF_HARM_SUICIDE',
  'NEGLECT',
  'FEAR_OF_HOME',
  'RUNNING_AWAY',
  'EXPLOITATION',
  'DOMESTIC_ABUSE',
];
const SEVERITIES: readonly Severity[] = ['HIGH', 'MEDIUM'];
const SEVERITY_RANK: Record<Severity, number> = { MEDIUM: 1, HIGH: 2 };
const FLAGS = 'gu';

// ---------------------------------------------------------------------------------------------------
// Normalisation
// ---------------------------------------------------------------------------------------------------

// Text-speak and common misspellings by children, keyed by the token as typed (apostrophes already
// removed, runs of 3+ letters already cut to 2). Values may be several words.
const TEXT_SPEAK: Record<string, string> = {
  // pronouns and little words
  u: 'you', yu: 'you', ya: 'you', ur: 'your', yor: 'your', r: 'are', b: 'be', n: 'and', nd: 'and',
  im: 'i am', iam: 'i am', ima: 'i am going to', imma: 'i am going to', ive: 'i have', id: 'i would',
  hes: 'he is', shes: 'she is', theyre: 'they are', thats: 'that is', whats: 'what is', theres: 'there is',
  youre: 'you are', weve: 'we have', theyve: 'they have', hed: 'he would', theyd: 'they would',
  whos: 'who is', theyll: 'they will', youll: 'you will', itll: 'it will',
  dey: 'they', thay: 'they', dem: 'them', dat: 'that', dis: 'this', der: 'there', dere: 'there',
  ther: 'there', wen: 'when', wat: 'what', wot: 'what', wht: 'what', wiv: 'with', wif: 'with', wid: 'with',
  av: 'have', ave: 'have', hav: 'have', gt: 'got', tho: 'though', thru: 'through', ova: 'over',
  afta: 'after', eva: 'ever', neva: 'never', nevr: 'never', nvr: 'never', realy: 'really', rly: 'really',
  lil: 'little', ppl: 'people', peeps: 'people', rn: 'right now', ngl: 'honestly', tbh: 'honestly',
  idk: 'i do not know', idc: 'i do not care', dunno: 'do not know', pls: 'please', plz: 'please',
  plez: 'please', plse: 'please', pleez: 'please', nite: 'night', nyt: 'night', tonite: 'tonight',
  '2nite': 'tonight', '2day': 'today', '2moro': 'tomorrow', '2morrow': 'tomorrow', tmrw: 'tomorrow',
  b4: 'before', h8: 'hate', h8s: 'hates', gr8: 'great', l8r: 'later', l8: 'late', m8: 'mate',
  m8s: 'mates', w8: 'wait', '4ever': 'forever', wk: 'week', wknd: 'weekend', wkend: 'weekend',
  // because
  cos: 'because', coz: 'because', cuz: 'because', cus: 'because', bcoz: 'because', bcos: 'because',
  bcuz: 'because', bcz: 'because', bc: 'because', becos: 'because', becoz: 'because', becuz: 'because',
  becus: 'because', becuase: 'because', beacuse: 'because', becasue: 'because', becouse: 'because',
  bcause: 'because', cause: 'because', cuase: 'because', becaus: 'because', becuse: 'because',
  // negatives, with or without apostrophes
  dont: 'do not', dnt: 'do not', doesnt: 'does not', dosnt: 'does not', dosent: 'does not',
  doesent: 'does not', dusnt: 'does not', didnt: 'did not', didint: 'did not', dint: 'did not',
  cant: 'can not', carnt: 'can not', cnt: 'can not', cannot: 'can not', wont: 'will not',
  isnt: 'is not', aint: 'not', wasnt: 'was not', werent: 'were not', arent: 'are not',
  havent: 'have not', avent: 'have not', hasnt: 'has not', hadnt: 'had not', wouldnt: 'would not',
  wudnt: 'would not', couldnt: 'could not', cudnt: 'could not', shouldnt: 'should not',
  mustnt: 'must not', neednt: 'need not',
  // contracted verbs
  wanna: 'want to', wana: 'want to', gonna: 'going to', gona: 'going to', gunna: 'going to',
  gotta: 'got to', hafta: 'have to', tryna: 'trying to', kinda: 'kind of', outta: 'out of',
  gimme: 'give me', lemme: 'let me', gettin: 'getting',
  // someone, nothing, every
  sum1: 'someone', some1: 'someone', sumone: 'someone', sumbody: 'somebody', someon: 'someone',
  no1: 'no one', noone: 'no one', nobdy: 'nobody', nobodi: 'nobody', nobady: 'nobody',
  any1: 'anyone', ne1: 'anyone', every1: 'everyone', evry1: 'everyone', evryone: 'everyone',
  evry: 'every', evrey: 'every', evey: 'every', evryday: 'every day', everyday: 'every day',
  evrytime: 'every time', everytime: 'every time', evrything: 'everything', sumthing: 'something',
  sumfin: 'something', sumfink: 'something', somethin: 'something', somefing: 'something',
  nuffin: 'nothing', nufin: 'nothing', nuthin: 'nothing', nothin: 'nothing', nothink: 'nothing',
  sumtimes: 'sometimes', smtimes: 'sometimes', alwys: 'always', alwayz: 'always', allways: 'always',
  alway: 'always', anymore: 'any more',
  // family and people
  mam: 'mum', mom: 'mum', mommy: 'mum', mummy: 'mum', mumma: 'mum', mama: 'mum', mamma: 'mum',
  mammy: 'mum', ma: 'mum', mumy: 'mum', mams: 'mums', moms: 'mums', mummys: 'mums', mommys: 'mums',
  daddy: 'dad', dady: 'dad', da: 'dad', dada: 'dad', papa: 'dad', pa: 'dad', daddys: 'dads',
  stepdad: 'step dad', stepdaddy: 'step dad', stepfather: 'step dad', stepdads: 'step dads',
  stepmum: 'step mum', stepmom: 'step mum', stepmam: 'step mum', stepmother: 'step mum',
  stepmums: 'step mums', stepbrother: 'step brother', stepsister: 'step sister',
  bf: 'boyfriend', boyf: 'boyfriend', bfs: 'boyfriends', gf: 'girlfriend', bruv: 'brother',
  boyfreind: 'boyfriend', girlfreind: 'girlfriend', freind: 'friend', freinds: 'friends', frend: 'friend', frends: 'friends',
  bro: 'brother', sis: 'sister',
  // school and home
  skool: 'school', skl: 'school', scool: 'school', skul: 'school', schl: 'school', shool: 'school',
  scholl: 'school', skewl: 'school', hous: 'house', howse: 'house',
  // harm words
  hurtz: 'hurts', hurtes: 'hurts', herts: 'hurts', hurted: 'hurt', hert: 'hurt', herting: 'hurting',
  hitted: 'hit', hited: 'hit', hitz: 'hits', hitts: 'hits', beets: 'beats', beatz: 'beats', kiks: 'kicks', kickz: 'kicks',
  punchs: 'punches', punchez: 'punches', slapz: 'slaps', slapps: 'slaps', smaks: 'smacks', smackz: 'smacks', kik: 'kick',
  chokd: 'choked', burnd: 'burned', hurst: 'hurts', beatn: 'beaten', batterd: 'battered', thumpd: 'thumped', hiting: 'hitting', beated: 'beaten', beeten: 'beaten', beatin: 'beating',
  kiked: 'kicked', kickd: 'kicked', punchd: 'punched', slaped: 'slapped', slapd: 'slapped',
  tuch: 'touch', tutch: 'touch', tuches: 'touches', tuchs: 'touches', touchs: 'touches',
  tutches: 'touches', tuched: 'touched', touchd: 'touched', tuching: 'touching',
  kil: 'kill', kils: 'kills', killd: 'killed', myslef: 'myself', myslf: 'myself', meself: 'myself',
  mysefl: 'myself', mysef: 'myself', suicde: 'suicide', sucide: 'suicide', suiside: 'suicide',
  suacide: 'suicide', sueside: 'suicide', suicid: 'suicide', ded: 'dead', hungery: 'hungry',
  hungy: 'hungry', hungrey: 'hungry', scard: 'scared', skared: 'scared', scaired: 'scared',
  scaerd: 'scared', scred: 'scared', afriad: 'afraid', afaid: 'afraid', afrade: 'afraid',
  frightend: 'frightened', secrit: 'secret', secert: 'secret', secrat: 'secret', drugz: 'drugs',
  monny: 'money', muney: 'money', luv: 'love',
  giv: 'give', givs: 'gives', agen: 'again', agin: 'again', agan: 'again', nobuddy: 'nobody', nobudy: 'nobody',
  til: 'till', untill: 'until', intil: 'until', diner: 'dinner', dinna: 'dinner', brekfast: 'breakfast',
  sucicide: 'suicide', suicicde: 'suicide', suiciide: 'suicide', suside: 'suicide', sewerside: 'suicide',
  abbused: 'abused', abuesed: 'abused', rapped: 'raped', kms: 'kill myself',
  ourselfs: 'ourselves', ourselfes: 'ourselves', ourself: 'ourselves', themselfs: 'themselves', electrik: 'electric', lecky: 'electric', leccy: 'electric',
};

// Tokens after which a lone "2"/"4" is a number, not "to"/"for".
const COUNT_NEXT = new Set([
  'days', 'day', 'nights', 'night', 'weeks', 'week', 'hours', 'hour', 'mins', 'minutes', 'times', 'years',
  'year', 'months', 'month', 'of', 'or', 'people', 'kids', 'children', 'men', 'boys', 'girls', 'pm', 'am',
  'oclock', 'hrs', 'yrs', 'weekends', 'more', 'and', 'x',
]);
const COUNT_PREV = new Set([
  'at', 'by', 'age', 'aged', 'year', 'years', 'yr', 'y', 'top', 'under', 'over', 'about', 'around', 'till',
  'until', 'past', 'only', 'just', 'group', 'room', 'level', 'page', 'stage', 'number', 'no', 'than', 'or',
  'and', 'x', 'times', 'plus', 'minus', 'score', 'nil', 'won', 'lost', 'the', 'of',
]);

// Dropped g: "askin" → "asking". A fixed list rather than a rule, because many real words end in
// "-in" (cousin, again, heroin) and must stay as they are.
const G_DROPPED = [
  'asking', 'saying', 'doing', 'going', 'coming', 'getting', 'making', 'taking', 'telling', 'talking',
  'sending', 'hitting', 'kicking', 'punching', 'beating', 'touching', 'cutting', 'running', 'sleeping',
  'staying', 'hurting', 'trying', 'looking', 'feeling', 'thinking', 'dying', 'killing', 'selling',
  'holding', 'carrying', 'delivering', 'meeting', 'chatting', 'messaging', 'crying', 'drinking',
  'smoking', 'starving', 'freezing', 'shaking', 'hiding', 'harming', 'burning', 'slapping', 'smacking', 'choking',
  'bleeding', 'waiting', 'lying', 'leaving', 'keeping', 'begging', 'following', 'filming', 'watching',
  'threatening', 'pushing', 'grabbing', 'dragging', 'screaming', 'shouting', 'living', 'using', 'dealing',
  'dropping', 'collecting', 'stealing', 'robbing', 'paying', 'buying', 'giving', 'locking', 'kissing',
  'rubbing', 'feeding', 'cooking', 'eating', 'planning', 'wanting', 'wishing', 'scratching', 'stabbing',
  'battering', 'bullying', 'grooming', 'snapping', 'texting', 'sexting', 'shagging', 'fighting',
  'surfing', 'moving', 'walking', 'sitting', 'stopping', 'drugging', 'forcing', 'abusing', 'attacking',
];
for (const w of G_DROPPED) TEXT_SPEAK[w.slice(0, -1)] ??= w;

// Maps, not object lookups: a child typing "constructor" must not reach Object.prototype.
const SPEAK = new Map(Object.entries(TEXT_SPEAK));
const SPEAK_COLLAPSED = new Map(Object.entries(TEXT_SPEAK).map(([k, v]) => [collapseAll(k), collapseAll(v)]));
// For a stretched token whose cut form is not a key ("wannaaa" → "wannaa"), look it up by collapsed key.
const SPEAK_BY_COLLAPSED_KEY = new Map(Object.entries(TEXT_SPEAK).map(([k, v]) => [collapseAll(k), v]));
const NO_SPEAK = new Map<string, string>();

/** Cuts runs of the same ASCII letter to at most `max` ("sooo" → "soo" or "so"); a loop beats a regex. */
function cutAsciiRuns(text: string, max: number): string {
  let out = '';
  let start = 0;
  let run = 0;
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === prev && c >= 97 && c <= 122) {
      if (++run > max) {
        out += text.slice(start, i);
        start = i + 1;
      }
    } else {
      run = 1;
      prev = c;
    }
  }
  return start === 0 ? text : out + text.slice(start);
}

// Digit-for-letter substitutions ("k1ll", "h@te", "$uicide").
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'i' };
const LEET_MAP = new Map(Object.entries(LEET));
const ORDINAL_OR_UNIT = /^\d+(?:st|nd|rd|th|am|pm|s|k|m|yrs?|y|mins?|hrs?|h|x|ish|ft|kg|km|cm|mm|p|gb|mb)$/u;

function collapseAll(s: string): string {
  return s.replace(/(\p{L})\1+/gu, '$1');
}

function deLeet(token: string): string {
  if (!/\p{L}/u.test(token) || !/[0-9@$!|]/u.test(token) || ORDINAL_OR_UNIT.test(token)) return token;
  const sub = (c: string): string => LEET_MAP.get(c) ?? c;
  return token
    .replace(/(?<=\p{L})[013457@$!|](?=\p{L})/gu, sub) // between letters: h1ts, k!ll
    .replace(/(?<=\p{L})[013457@$](?![\p{L}\p{N}])/gu, sub) // word-final: di3
    .replace(/(?<![\p{L}\p{N}])[013457@$](?=\p{L}{2})/gu, sub); // word-initial: $uicide
}

/** "want 2 go" → "want to go", but "for 2 days" keeps its number. Works on one form's tokens. */
function expandNumbers(tokens: string[], alsoIn: string[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t !== '2' && t !== '4') continue;
    const next = tokens[i + 1] ?? '';
    const prev = tokens[i - 1] ?? '';
    if (COUNT_NEXT.has(next) || /^\d/u.test(next) || COUNT_PREV.has(prev) || /^\d/u.test(prev)) continue;
    tokens[i] = alsoIn[i] = t === '2' ? 'to' : 'for'; // decided once, so both forms stay in step
  }
}

/**
 * Normalises free text for screening and returns two forms: `exact`, with runs of three or more equal
 * letters cut to two ("killlll" → "kill", "sooo" → "soo"), and `collapsed`, with every run cut to one
 * ("sooo" → "so", "hiiits" → "hits", and also "kill" → "kil"). Rules are matched against both; their
 * patterns are collapsed the same way for the second form, so words with real double letters still
 * match. Both forms are lower-case NFKC without accents, apostrophes or invisible characters, with
 * punctuation turned into single spaces and digit-for-letter substitutions undone. For English
 * (`language` "en", the default) text-speak is expanded too ("u" → "you", "dont" → "do not") and a lone
 * "2"/"4" becomes "to"/"for" unless it counts something ("for 2 days").
 */
export function normaliseForScreening(text: string, language = 'en'): { exact: string; collapsed: string } {
  const { exact, collapsed } = normaliseSentences(text, language);
  return { exact: exact.text, collapsed: collapsed.text };
}

// ---------------------------------------------------------------------------------------------------
// Urdu and Polish folding
// ---------------------------------------------------------------------------------------------------

// Urdu in Arabic script is typed with Arabic or Persian keyboards as often as Urdu ones, and children
// mix look-alike letters: one letter stands for each family, so "مجهے" (Arabic heh) and "مجھے" (Urdu
// do-chashmi heh) read the same, as do "ہیں"/"هين" and "ميرا"/"میرا". Gender and number endings
// (ے/ی) fold together too: "مارتے" and "مارتی" are the same act for screening. Diacritics are
// already gone (they are combining marks); tatweel goes here.
const URDU_LETTERS = new Map<string, string>([
  ['ي', 'ی'], ['ى', 'ی'], ['ے', 'ی'], ['ې', 'ی'], ['ك', 'ک'], ['ه', 'ہ'], ['ھ', 'ہ'], ['ۃ', 'ہ'],
  ['ة', 'ہ'], ['ە', 'ہ'], ['ـ', ''],
  ['٠', '0'], ['١', '1'], ['٢', '2'], ['٣', '3'], ['٤', '4'], ['٥', '5'], ['٦', '6'], ['٧', '7'], ['٨', '8'], ['٩', '9'],
  ['۰', '0'], ['۱', '1'], ['۲', '2'], ['۳', '3'], ['۴', '4'], ['۵', '5'], ['۶', '6'], ['۷', '7'], ['۸', '8'], ['۹', '9'],
]);
const URDU_FOLDABLE = /[يىےېكهھۃةەـ٠-٩۰-۹]/gu;

/**
 * Folds Urdu letter variants (Arabic-script part of the text only; Latin letters are untouched). Used on
 * text and, by the Urdu rules, on their own patterns, so both sides agree.
 */
export function foldUrduScript(text: string): string {
  // Decomposed and without marks first: "آ" → "ا", "ئ" → "ي" → "ی", as the text is before folding.
  const bare = /[\u0600-\u06ff]/u.test(text) ? text.normalize('NFD').replace(/\p{M}+/gu, '') : text;
  return bare.replace(URDU_FOLDABLE, (c) => URDU_LETTERS.get(c) ?? c);
}

const ROMAN_VOWEL: Record<string, string> = { a: 'a', e: 'i', i: 'i', o: 'u', u: 'u' };

/**
 * Folds one Roman Urdu word to a spelling-free key: "maarte", "marty", "maartay" → "marti";
 * "mujhe", "mujhay", "mujhy" → "mujhi"; "chhoote", "chute" → "chuti"; "nuqsan", "nuksaan" → "nuksan".
 * Vowels fold to three (a, i for e/i/y, u for o/u), "ai"/"ay" to i, doubled letters to one, q to k,
 * v to w and "chh" to "ch". Only for screening; the Urdu rules fold their words the same way.
 */
export function foldRomanUrdu(word: string): string {
  let w = word.replace(/chh/gu, 'ch').replace(/q/gu, 'k').replace(/v/gu, 'w');
  // y is a vowel unless a vowel follows it ("yahan", "khayal" keep it)
  w = w.replace(/y(?![aeiou])/gu, 'i');
  w = w.replace(/[aeiou]/gu, (c) => ROMAN_VOWEL[c]);
  w = w.replace(/([a-z])\1+/gu, '$1');
  return w.replace(/a(?:i|u)+(?=[^aiu]|$)/gu, (m) => (m.includes('i') ? 'i' : 'u'));
}

/**
 * Folds one Polish word for screening after accents are gone: the spellings children swap for the
 * same sound ("ch"/"h", "rz"/"ż").
 */
export function foldPolish(word: string): string {
  return word.replace(/ch/gu, 'h').replace(/rz/gu, 'z');
}

/** A normalised form plus where its sentences start, so `unless` windows stop at sentence ends. */
interface Form {
  text: string;
  /** Offsets at which a new sentence starts, ascending, the first being 0. */
  starts: number[];
}

// Sentence ends. Patterns still match across them (children punctuate at random), but an `unless`
// guard in one sentence ("with a pillow in a game.") must not excuse a match in the next. "!" and "|"
// end a sentence only when they do not sit inside a word ("k!ll" is a word).
const SENTENCE_END = /(?:[.?;\n\r]|[!|](?![\p{L}\p{N}]))+/gu;
const BREAK = '\u0001';
const HAS_LEET = /[0-9@$!|]/u;

/** Cuts runs of the same letter to at most `max`, for any script. */
function cutRuns(token: string, max: number, ascii: boolean): string {
  if (ascii) return cutAsciiRuns(token, max);
  return max === 1 ? collapseAll(token) : token.replace(/(\p{L})\1\1+/gu, '$1$1');
}

/**
 * One pass over the text: Unicode clean-up, then per token de-leeting, cutting of stretched letters and
 * text-speak lookup, building both forms and their sentence starts. Whole-string regexes are kept to a
 * few cheap ones: this runs on every stored text and must stay well under a millisecond.
 */
function normaliseSentences(text: string, language: string): { exact: Form; collapsed: Form } {
  const english = /^en\b/iu.test(language);
  const urdu = /^ur\b/iu.test(language);
  const polish = /^pl\b/iu.test(language);
  const speak = english ? SPEAK : NO_SPEAK;
  const speakCollapsed = english ? SPEAK_COLLAPSED : NO_SPEAK;
  const speakByCollapsedKey = english ? SPEAK_BY_COLLAPSED_KEY : NO_SPEAK;
  // Plain-ASCII text (most of it) skips the Unicode passes.
  const ascii = /^[\x00-\x7f]*$/u.test(text);
  const cleaned = (
    ascii
      ? text.toLowerCase()
      : text
          .normalize('NFKC')
          .toLowerCase()
          .normalize('NFD')
          .replace(/\p{M}+/gu, '') // strip accents
          .replace(/[łŀ]/gu, 'l')
          .replace(/ø/gu, 'o')
          .replace(/ß/gu, 'ss')
          .replace(/æ/gu, 'ae')
          .replace(/œ/gu, 'oe')
          .replace(/đ/gu, 'd')
          .replace(/\p{Cf}+/gu, '') // zero-width joiners, soft hyphens
          .replace(/[\u060c\u061b\u061f\u06d4]/gu, (c) => (c === '\u060c' ? ' ' : '.')) // Urdu comma, semicolon, question mark, full stop
  )
    .replace(/['’‘`´ʼ′]/gu, '') // "don't" → "dont", "mum's" → "mums"
    .replace(SENTENCE_END, ` ${BREAK} `)
    .replace(ascii ? /[^a-z0-9@$!|\u0001 ]+/gu : /[^\p{L}\p{N}@$!|\u0001 ]+/gu, ' ');

  // Curly apostrophes and emoji are gone now: most phone text can take the cheap ASCII path from here.
  const asciiTokens = ascii || /^[\x00-\x7f]*$/u.test(cleaned);

  // Sentences are collected and joined once: a string built with += is a rope, and scanning a rope
  // character by character is several times slower than scanning a flat string.
  const exactSentences: string[] = [];
  const collapsedSentences: string[] = [];
  let exactTokens: string[] = [];
  let collapsedTokens: string[] = [];
  const flush = (): void => {
    if (exactTokens.length === 0) return;
    if (english) {
      expandNumbers(exactTokens, collapsedTokens);
    }
    exactSentences.push(exactTokens.join(' '));
    collapsedSentences.push(collapsedTokens.join(' '));
    exactTokens = [];
    collapsedTokens = [];
  };
  const add = (raw: string): void => {
    let token = raw;
    if (urdu) token = /^[a-z]+$/u.test(token) ? foldRomanUrdu(token) : foldUrduScript(token);
    else if (polish) token = foldPolish(token);
    const cut = cutRuns(token, 2, asciiTokens);
    const one = cutRuns(token, 1, asciiTokens);
    // Invariant used by the prefilter: each collapsed token is exactly the collapse of the exact one.
    exactTokens.push(speak.get(cut) ?? speakByCollapsedKey.get(one) ?? cut);
    collapsedTokens.push(speakCollapsed.get(one) ?? one);
  };

  for (const raw of cleaned.split(' ')) {
    if (raw === '') continue;
    if (raw === BREAK) {
      flush();
      continue;
    }
    if (!HAS_LEET.test(raw)) {
      add(raw);
      continue;
    }
    // "b4", "sum1" are text-speak; "h1ts", "k!ll", "$uicide" are de-leeted; stray symbols split words.
    for (const part of (speak.get(raw) ?? deLeet(raw)).split(/[ @$!|]+/u)) if (part !== '') add(part);
  }
  flush();
  return { exact: toForm(exactSentences), collapsed: toForm(collapsedSentences) };
}

function toForm(sentences: string[]): Form {
  const starts: number[] = [];
  let at = 0;
  for (const s of sentences) {
    starts.push(at);
    at += s.length + 1;
  }
  return { text: sentences.join(' '), starts };
}

// ---------------------------------------------------------------------------------------------------
// Compilation and validation
// ---------------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------------
// Prefilter: which literal strings must a pattern's match contain?
// ---------------------------------------------------------------------------------------------------
//
// Running ~450 regular expressions (two text forms) over 2 000 characters costs several milliseconds.
// But every pattern needs some words to be present ("hit" and "me", "touch" and a body part), so at
// compile time each pattern is analysed for up to MAX_GROUPS needle sets, each of which any match must
// hit; one Aho-Corasick pass over the text finds the needles that occur, and only patterns whose every
// set is hit are run. The analysis is conservative: anything it does not understand (classes,
// back-references, optional parts) yields no requirement, and a pattern with no usable requirement
// always runs. A test checks that the prefilter never changes a result.

/** Sets of strings that must all be hit: every match contains at least one string of each set. */
type Conjunction = Set<string>[];

interface Literals {
  /** Every string the node can match, when that set is small and known. */
  exact: Set<string> | null;
  /** What every match must contain, or null when unknown. */
  required: Conjunction | null;
}

const MAX_EXACT = 64;
const MAX_REQUIRED = 2000;
const MIN_NEEDLE = 3;
/** At most this many sets per pattern are checked (the strongest): "a verb AND a body part". */
const MAX_GROUPS = 4;
const EMPTY: Literals = { exact: new Set(['']), required: null };
const UNKNOWN: Literals = { exact: null, required: null };

function requiredOf(l: Literals): Conjunction | null {
  if (l.exact && !l.exact.has('')) return [l.exact];
  return l.required;
}

/** Stronger first: more letters in the shortest string, then fewer strings. */
function byStrength(a: Set<string>, b: Set<string>): number {
  return strength(b) - strength(a) || a.size - b.size;
}

function cross(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** How selective a needle set is: letters and digits (not spaces) in its shortest string. */
function strength(set: Set<string>): number {
  let min = Infinity;
  for (const s of set) {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) n++;
    }
    if (n < min) min = n;
  }
  return min;
}

class PatternAnalyser {
  private pos = 0;
  constructor(private readonly src: string) {}

  analyse(): Conjunction | null {
    const l = this.alternation();
    if (this.pos !== this.src.length) return null; // stray ")": do not trust the analysis
    const usable = (requiredOf(l) ?? []).filter((set) => set.size <= MAX_REQUIRED && strength(set) >= MIN_NEEDLE);
    return usable.length > 0 ? usable.sort(byStrength).slice(0, MAX_GROUPS) : null;
  }

  private alternation(): Literals {
    const alts = [this.sequence()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      alts.push(this.sequence());
    }
    if (alts.length === 1) return alts[0];
    let exact: Set<string> | null = new Set();
    let union: Set<string> | null = new Set();
    for (const a of alts) {
      if (exact && a.exact && exact.size + a.exact.size <= MAX_EXACT) a.exact.forEach((x) => exact!.add(x));
      else exact = null;
      // Each alternative contributes its strongest set; any match hits one of the union.
      const r = requiredOf(a);
      const best = r && r.length > 0 ? [...r].sort(byStrength)[0] : null;
      if (union && best && union.size + best.size <= MAX_REQUIRED) best.forEach((x) => union!.add(x));
      else union = null;
    }
    return { exact, required: union ? [union] : null };
  }

  private sequence(): Literals {
    // Every item of a sequence is mandatory, so the requirements of all of them hold together.
    const required: Conjunction = [];
    const consider = (set: Set<string> | null): void => {
      if (set && set.size > 0 && !set.has('')) required.push(set);
    };
    let run: Set<string> = new Set(['']); // product of the current run of exactly-known items
    let full: Set<string> | null = new Set(['']);
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const item = this.quantified();
      if (item.exact) {
        const next = cross(run, item.exact);
        if (next) run = next;
        else {
          consider(run);
          run = new Set(item.exact);
        }
        full = full && cross(full, item.exact);
      } else {
        consider(run);
        run = new Set(['']);
        for (const set of item.required ?? []) consider(set);
        full = null;
      }
    }
    consider(run);
    return { exact: full, required: required.length > 0 ? required : null };
  }

  private quantified(): Literals {
    const atom = this.atom();
    const c = this.src[this.pos];
    let min = 1;
    let max = 1;
    if (c === '?' || c === '*' || c === '+') {
      this.pos++;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Infinity;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/u.exec(this.src.slice(this.pos));
      if (!m) return UNKNOWN;
      this.pos += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    } else {
      return atom;
    }
    if (this.src[this.pos] === '?') this.pos++; // lazy
    if (min === 1 && max === 1) return atom;
    if (min === 0) {
      if (max === 1 && atom.exact && atom.exact.size < MAX_EXACT) return { exact: new Set([...atom.exact, '']), required: null };
      return UNKNOWN;
    }
    return { exact: null, required: requiredOf(atom) };
  }

  private atom(): Literals {
    const c = this.src[this.pos++];
    if (c === '(') {
      let lookaround = false;
      if (this.src[this.pos] === '?') {
        const rest = this.src.slice(this.pos, this.pos + 3);
        if (rest.startsWith('?:')) this.pos += 2;
        else if (rest.startsWith('?=') || rest.startsWith('?!')) (this.pos += 2), (lookaround = true);
        else if (rest.startsWith('?<=') || rest.startsWith('?<!')) (this.pos += 3), (lookaround = true);
        else if (rest.startsWith('?<')) this.pos = this.src.indexOf('>', this.pos) + 1;
        else return UNKNOWN;
      }
      const inner = this.alternation();
      if (this.src[this.pos] === ')') this.pos++;
      return lookaround ? EMPTY : inner;
    }
    if (c === '[') {
      while (this.pos < this.src.length && this.src[this.pos] !== ']') this.pos += this.src[this.pos] === '\\' ? 2 : 1;
      this.pos++;
      return UNKNOWN;
    }
    if (c === '^' || c === '$') return EMPTY;
    if (c === '.') return UNKNOWN;
    if (c === '\\') {
      const n = this.src[this.pos++] ?? '';
      if (n === 'b' || n === 'B') return EMPTY;
      if ((n === 'p' || n === 'P' || n === 'u') && this.src[this.pos] === '{') {
        this.pos = this.src.indexOf('}', this.pos) + 1;
        return UNKNOWN;
      }
      if (n === 'k') {
        this.pos = this.src.indexOf('>', this.pos) + 1;
        return UNKNOWN;
      }
      if (n === 'u') this.pos += 4;
      else if (n === 'x') this.pos += 2;
      else if (n === 'c') this.pos += 1;
      else if (/\d/u.test(n)) while (/\d/u.test(this.src[this.pos] ?? '')) this.pos++;
      if (/[a-zA-Z0-9]/u.test(n)) return UNKNOWN; // classes, control characters, back-references
      return literal(n);
    }
    return literal(c);
  }
}

function literal(c: string): Literals {
  // Only printable ASCII: Unicode case folding could make a lower-cased needle miss a real match.
  return /^[\x20-\x7e]$/u.test(c) ? { exact: new Set([c.toLowerCase()]), required: null } : UNKNOWN;
}

/** Needle groups for one pattern source (one needle of each must occur), or null to always run. */
function needlesFor(source: string): string[][] | null {
  try {
    const groups = new PatternAnalyser(source).analyse();
    return groups ? groups.map((set) => [...set]) : null;
  } catch {
    return null;
  }
}

/**
 * Aho-Corasick automaton over every needle of one rule set (one per text form), flattened after
 * build() into a dense transition table over the needles' ASCII alphabet so a scan is one array read
 * per character. Characters no needle uses all share symbol 0, which always returns to the root.
 */
class NeedleIndex {
  private trie: Map<number, number>[] = [new Map()];
  private readonly ids = new Map<string, number>();
  private readonly alphabet = new Int32Array(128);
  private width = 1;
  private table = new Int32Array(0);
  private out: number[][] = [];

  /** Returns the id of a needle, adding it if new. Needles are printable ASCII (see literal()). */
  add(needle: string): number {
    let id = this.ids.get(needle);
    if (id !== undefined) return id;
    id = this.ids.size;
    this.ids.set(needle, id);
    let node = 0;
    for (let i = 0; i < needle.length; i++) {
      const ch = needle.charCodeAt(i);
      if (this.alphabet[ch] === 0) this.alphabet[ch] = this.width++;
      let child = this.trie[node].get(ch);
      if (child === undefined) {
        child = this.trie.length;
        this.trie.push(new Map());
        this.trie[node].set(ch, child);
      }
      node = child;
    }
    (this.out[node] ??= []).push(id);
    return id;
  }

  build(): void {
    const n = this.trie.length;
    const w = this.width;
    const table = new Int32Array(n * w);
    const fail = new Int32Array(n);
    const out: number[][] = Array.from({ length: n }, (_, i) => this.out[i] ?? []);
    const queue: number[] = [];
    for (const [ch, child] of this.trie[0]) {
      table[this.alphabet[ch]] = child;
      queue.push(child);
    }
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q];
      // Missing transitions follow the failure link, already complete because of breadth-first order.
      table.set(table.subarray(fail[node] * w, fail[node] * w + w), node * w);
      for (const [ch, child] of this.trie[node]) {
        const sym = this.alphabet[ch];
        fail[child] = table[fail[node] * w + sym];
        out[child] = out[child].concat(out[fail[child]]);
        table[node * w + sym] = child;
        queue.push(child);
      }
    }
    this.table = table;
    this.out = out;
    this.trie = []; // the trie is no longer needed
  }

  /** Returns the ids of the needles that occur in the text, each once. */
  scan(text: string): number[] {
    const { table, alphabet, width, out } = this;
    const seen = new Uint8Array(this.ids.size);
    const found: number[] = [];
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      node = table[node * width + (ch < 128 ? alphabet[ch] : 0)];
      const ids = out[node];
      for (let k = 0; k < ids.length; k++) {
        if (seen[ids[k]] === 0) {
          seen[ids[k]] = 1;
          found.push(ids[k]);
        }
      }
    }
    return found;
  }
}

// ---------------------------------------------------------------------------------------------------
// Compilation and validation
// ---------------------------------------------------------------------------------------------------

interface FormPatterns {
  patterns: RegExp[];
  /** Per pattern: its slot in FormIndex, or -1 when the prefilter found no needles and it always runs. */
  slots: number[];
  unless: RegExp[];
}

const NEEDLE_PREFIX = 8;

/** The prefilter for one rule set, shared by both text forms. */
class FormIndex {
  readonly needles = new NeedleIndex();
  /** For each needle id, the (slot × MAX_GROUPS + group) codes it satisfies. */
  private readonly satisfies: number[][] = [];
  /** For each slot, the bit mask of all its groups. */
  private readonly full: number[] = [];

  /**
   * Registers a pattern (for either text form); returns its slot, or -1 when it must always run.
   * Needles are collapsed and cut to NEEDLE_PREFIX characters, and looked for in the collapsed text:
   * if a needle occurs in the exact form, its collapse occurs in the collapsed form (which is the
   * exact form collapsed, token by token), and so does any prefix of it. One scan serves both forms,
   * and short needles keep the automaton small enough to stay in the CPU cache.
   */
  register(source: string): number {
    const groups = needlesFor(source);
    if (!groups) return -1;
    const slot = this.full.length;
    this.full.push((1 << groups.length) - 1);
    groups.forEach((needles, g) => {
      for (const n of needles) {
        const id = this.needles.add(collapseAll(n).slice(0, NEEDLE_PREFIX));
        const codes = (this.satisfies[id] ??= []);
        if (!codes.includes(slot * MAX_GROUPS + g)) codes.push(slot * MAX_GROUPS + g);
      }
    });
    return slot;
  }

  /** Which pattern slots may match this text (1) because every one of their needle groups is hit. */
  enabled(text: string): Uint8Array {
    const masks = new Uint8Array(this.full.length);
    for (const id of this.needles.scan(text)) {
      for (const code of this.satisfies[id]) masks[(code / MAX_GROUPS) | 0] |= 1 << code % MAX_GROUPS;
    }
    for (let slot = 0; slot < masks.length; slot++) masks[slot] = masks[slot] === this.full[slot] ? 1 : 0;
    return masks;
  }
}

interface CompiledRule {
  rule: ScreeningRule;
  exact: FormPatterns;
  collapsed: FormPatterns;
}

interface CompiledRuleSet {
  rules: CompiledRule[];
  index: FormIndex;
}

const compiledCache = new WeakMap<RuleSet, CompiledRuleSet>();
/**
 * Rewrites the literal letters of a pattern source: always lower-cases them (the text is lower case,
 * and the `i` flag makes Unicode regexes several times slower), and with `collapse` also collapses runs
 * of equal letters so the pattern can run on the collapsed text form. Escapes (\b, \W, \p{Lu},
 * \k<name>) and group names are copied untouched, and a doubled letter followed by a quantifier is kept
 * ("ll?") because collapsing it would change what the quantifier applies to.
 */
function rewriteLiterals(source: string, collapse: boolean): string {
  let out = '';
  let lastLiteral = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    let end = -1;
    if (c === '\\') {
      end = i + 2;
      const n = source[i + 1] ?? '';
      if (/[pPuk]/u.test(n) && (source[end] === '{' || source[end] === '<')) {
        const close = source.indexOf(source[end] === '{' ? '}' : '>', end);
        end = close === -1 ? source.length : close + 1;
      }
    } else if (c === '(' && source.startsWith('?<', i + 1) && !/[=!]/u.test(source[i + 3] ?? '')) {
      const close = source.indexOf('>', i);
      end = close === -1 ? source.length : close + 1;
    }
    if (end !== -1) {
      out += source.slice(i, end);
      i = end - 1;
      lastLiteral = '';
      continue;
    }
    const lower = c.toLowerCase();
    const isLetter = /[a-z]/u.test(lower);
    if (collapse && isLetter && lower === lastLiteral && !/[?*+{]/u.test(source[i + 1] ?? '')) continue;
    out += isLetter ? lower : c;
    lastLiteral = isLetter ? lower : '';
  }
  return out;
}

/**
 * Builds the RegExp for a pattern. V8 compiles a regular expression on its first use, which for these
 * large patterns costs milliseconds each, so screening leaves that to the first text that needs it
 * (the prefilter means most patterns rarely run) and only `check` (validation) forces it.
 */
function compileOne(source: string, ruleId: string, field: string, check = false): RegExp {
  let re: RegExp;
  try {
    if (check) new RegExp(source, FLAGS); // report syntax errors against the source as written
    re = new RegExp(rewriteLiterals(source, false), FLAGS);
  } catch (err) {
    throw new Error(`Screening rule "${ruleId}": ${field} /${source}/ does not compile: ${(err as Error).message}`);
  }
  // A pattern that matches empty text would flag every text.
  if (check && re.test('')) throw new Error(`Screening rule "${ruleId}": ${field} /${source}/ matches empty text`);
  re.lastIndex = 0;
  return re;
}

/** Compiles a pattern for the collapsed form; returns its source too, for the prefilter. */
function compileCollapsed(source: string, fallback: RegExp): [RegExp, string] {
  try {
    const collapsedSource = rewriteLiterals(source, true);
    // Removing repeated letters can neither empty a pattern nor break its syntax in ways the parse
    // below would not report.
    return [new RegExp(collapsedSource, FLAGS), collapsedSource];
  } catch {
    // odd syntax the collapser cannot handle: run the original pattern on the collapsed text
    return [fallback, source];
  }
}

interface RuleSources {
  rule: ScreeningRule;
  exact: RegExp[];
  unlessExact: RegExp[];
}

function compileRuleSources(rule: ScreeningRule, check = false): RuleSources {
  return {
    rule,
    exact: rule.patterns.map((p, i) => compileOne(p, rule.id, `patterns[${i}]`, check)),
    unlessExact: (rule.unless ?? []).map((p, i) => compileOne(p, rule.id, `unless[${i}]`, check)),
  };
}

function compiled(ruleSet: RuleSet): CompiledRuleSet {
  let set = compiledCache.get(ruleSet);
  if (set) return set;
  const index = new FormIndex();
  const rules = ruleSet.rules.map((rule): CompiledRule => {
    const { exact, unlessExact } = compileRuleSources(rule);
    const collapsed = rule.patterns.map((p, i) => compileCollapsed(p, exact[i]));
    return {
      rule,
      exact: { patterns: exact, slots: rule.patterns.map((p) => index.register(p)), unless: unlessExact },
      collapsed: {
        patterns: collapsed.map(([re]) => re),
        slots: collapsed.map(([, src]) => index.register(src)),
        unless: (rule.unless ?? []).map((p, i) => compileCollapsed(p, unlessExact[i])[0]),
      },
    };
  });
  index.needles.build();
  set = { rules, index };
  compiledCache.set(ruleSet, set);
  return set;
}

const RULE_KEYS = new Set(['id', 'category', 'severity', 'patterns', 'unless']);
const SET_KEYS = new Set(['version', 'language', 'rules']);

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '');
}

/**
 * Checks that an untrusted value (for example a rule set read from the database or an admin upload) is
 * a well-formed {@link RuleSet} and returns a fresh copy of it. Every pattern and `unless` pattern must
 * compile with the `u` flag and must not match empty text; ids must be unique; categories and
 * severities must be known values; unknown keys are rejected so a typo such as "unles" cannot silently
 * disable a guard. Throws an Error whose message names the offending rule id (or field) on the first
 * problem found.
 */
export function validateRuleSet(value: unknown): RuleSet {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('Rule set must be an object with version, language and rules');
  }
  const v = value as Record<string, unknown>;
  for (const key of Object.keys(v)) if (!SET_KEYS.has(key)) throw new Error(`Rule set has unknown field "${key}"`);
  if (typeof v.version !== 'string' || v.version.trim() === '') throw new Error('Rule set version must be a non-empty string');
  if (typeof v.language !== 'string' || !/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/iu.test(v.language)) {
    throw new Error(`Rule set ${v.version}: language must be a language tag such as "en" or "pl"`);
  }
  if (!Array.isArray(v.rules)) throw new Error(`Rule set ${v.version}: rules must be an array`);

  const seen = new Set<string>();
  const rules: ScreeningRule[] = v.rules.map((r: unknown, index: number) => {
    if (typeof r !== 'object' || r === null || Array.isArray(r)) throw new Error(`Rule set ${v.version}: rules[${index}] is not an object`);
    const o = r as Record<string, unknown>;
    const id = typeof o.id === 'string' && o.id.trim() !== '' ? o.id : null;
    if (id === null) throw new Error(`Rule set ${v.version}: rules[${index}] needs a non-empty string id`);
    if (seen.has(id)) throw new Error(`Screening rule "${id}": duplicate id`);
    seen.add(id);
    for (const key of Object.keys(o)) if (!RULE_KEYS.has(key)) throw new Error(`Screening rule "${id}": unknown field "${key}"`);
    if (!CATEGORIES.includes(o.category as ScreeningCategory)) throw new Error(`Screening rule "${id}": unknown category ${String(o.category)}`);
    if (!SEVERITIES.includes(o.severity as Severity)) throw new Error(`Screening rule "${id}": severity must be HIGH or MEDIUM`);
    if (!isStringArray(o.patterns) || o.patterns.length === 0) throw new Error(`Screening rule "${id}": patterns must be a non-empty array of strings`);
    if (o.unless !== undefined && !isStringArray(o.unless)) throw new Error(`Screening rule "${id}": unless must be an array of strings`);
    const rule: ScreeningRule = {
      id,
      category: o.category as ScreeningCategory,
      severity: o.severity as Severity,
      patterns: [...o.patterns],
      ...(o.unless !== undefined ? { unless: [...(o.unless as string[])] } : {}),
    };
    compileRuleSources(rule, true); // throws naming the rule
    return rule;
  });
  return { version: v.version, language: v.language, rules };
}

// ---------------------------------------------------------------------------------------------------
// Screening
// ---------------------------------------------------------------------------------------------------

/** The part of `text` an `unless` may see: the match ± UNLESS_WINDOW, within the match's sentences. */
function unlessWindow(form: Form, index: number, end: number): string {
  let from = Math.max(0, index - UNLESS_WINDOW);
  let to = Math.min(form.text.length, end + UNLESS_WINDOW);
  for (const start of form.starts) {
    if (start <= index) from = Math.max(from, start);
    else if (start >= end) {
      to = Math.min(to, start - 1);
      break;
    }
  }
  return form.text.slice(from, to);
}

function firesOn(form: Form, rule: FormPatterns, enabled: Uint8Array): boolean {
  const text = form.text;
  for (let p = 0; p < rule.patterns.length; p++) {
    const slot = rule.slots[p];
    if (slot !== -1 && enabled[slot] === 0) continue; // none of its needles is in the text: cannot match
    const re = rule.patterns[p];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      if (rule.unless.length === 0) return true;
      const window = unlessWindow(form, m.index, m.index + m[0].length);
      if (!rule.unless.some((u) => ((u.lastIndex = 0), u.test(window)))) return true;
      re.lastIndex = m.index + 1; // this match was excused; an overlapping later one may not be
    }
  }
  return false;
}

/**
 * Screens one free text against every rule in the given rule sets (typically the built-in English set
 * plus any the organisation stores) and reports whether it should raise a safeguarding concern. The
 * text is normalised once per language ({@link normaliseForScreening}); each rule fires if any of its
 * patterns matches either normalised form at a place where none of its `unless` patterns matches
 * nearby. The result lists the ids of the rules that fired, in rule-set order, and the highest severity
 * among them (HIGH over MEDIUM), or null when nothing fired. Compiled patterns are cached per rule-set
 * object, so pass the same objects each time. Pure and synchronous; throws only if a rule set holds a
 * pattern that does not compile (run stored rule sets through {@link validateRuleSet} first).
 */
export function screenText(text: string, ruleSets: readonly RuleSet[]): ScreeningResult {
  const matchedRules: string[] = [];
  let severity: Severity | null = null;
  const forms = new Map<string, { exact: Form; collapsed: Form }>(); // one normalisation per language

  for (const ruleSet of ruleSets) {
    const lang = /^en\b/iu.test(ruleSet.language) ? 'en' : ruleSet.language;
    let form = forms.get(lang);
    if (!form) forms.set(lang, (form = normaliseSentences(text, lang)));
    const { exact, collapsed } = form;
    if (exact.text === '') continue;

    const set = compiled(ruleSet);
    const enabled = set.index.enabled(collapsed.text);
    for (const c of set.rules) {
      if (matchedRules.includes(c.rule.id)) continue;
      const hit =
        firesOn(exact, c.exact, enabled) || (collapsed.text !== exact.text && firesOn(collapsed, c.collapsed, enabled));
      if (!hit) continue;
      matchedRules.push(c.rule.id);
      if (severity === null || SEVERITY_RANK[c.rule.severity] > SEVERITY_RANK[severity]) severity = c.rule.severity;
    }
  }
  return { flagged: matchedRules.length > 0, severity, matchedRules };
}
