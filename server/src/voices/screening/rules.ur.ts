import { foldRomanUrdu, foldUrduScript, type RuleSet, type ScreeningRule } from './screening.js';

/*
 * Built-in Urdu screening rules, for Urdu in Arabic script and in Roman Urdu.
 *
 * The text is normalised by screening.ts for language "ur": Arabic-script letter variants fold to one
 * letter each (ي/ی, ك/ک, ه/ھ/ہ, ے/ی) and diacritics are dropped; each Roman Urdu word folds to a
 * spelling-free key (foldRomanUrdu: "maarte", "marty" → "marti"). The rules are written here in plain
 * Urdu words and folded the same way when the rule set is built, so both sides agree.
 *
 * Each rule is who × what was done × to me, built from word classes that exist in both scripts: a
 * concept is a pair of word lists, and a rule is a sequence of concepts with small gaps, instantiated
 * once per script. `\b` does not see Arabic letters, so word edges are spelt out (B, E).
 */

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const gap = (n: number): string => `(?:[^ ]+ ){0,${n}}`;

/** A word class in both scripts: Roman Urdu spellings and Arabic-script words (several words allowed). */
interface Concept {
  latn: string[];
  arab: string[];
}
const c = (latn: string, arab: string): Concept => ({ latn: latn.split('|'), arab: arab.split('|') });

function foldPhrase(phrase: string, script: 'latn' | 'arab'): string {
  return phrase
    .split(' ')
    .map((w) => (script === 'latn' ? foldRomanUrdu(w) : foldUrduScript(w)))
    .join(' ');
}

/** The alternation of one concept's words in one script, folded, longest first, bounded at both ends. */
function words(concept: Concept, script: 'latn' | 'arab'): string {
  const folded = [...new Set(concept[script].map((w) => foldPhrase(w, script)))].sort((a, b) => b.length - a.length);
  return `${B}(?:${folded.join('|')})${E}`;
}

type Part = Concept | number;
/** A pattern from concepts and gaps (numbers: up to that many words between), in one script. */
function seq(parts: Part[], script: 'latn' | 'arab'): string {
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (typeof p === 'number') continue;
    const prev = parts[i - 1];
    if (out !== '') out += typeof prev === 'number' ? ` ${gap(prev)}` : ' ';
    out += words(p, script);
  }
  return out;
}
/** The same sequence in both scripts. */
const both = (...parts: Part[]): string[] => [seq(parts, 'latn'), seq(parts, 'arab')];

// ---- word classes ---------------------------------------------------------------------------------

const ME = c('mujhe|mujhay|muje|mjhe|mujhko|mujh ko|mujh|humein|hamen|hamain|hame|hum ko|ham ko|hamein', 'مجھے|مجھ کو|مجھ|ہمیں|ہم کو');
const MY = c('mera|meri|mere|hamara|hamari|hamare', 'میرا|میری|میرے|ہمارا|ہماری|ہمارے');
const MOTHER = c('ammi|ami|amma|ammi jan|ammy|maa|ma|walida|mummy|mama ji', 'امی|اماں|ماں|والدہ|امی جان|ممی');
const PERSON = c(
  'abbu|abu|abba|abbaji|abba ji|papa|baap|bap|walid|ammi|ami|amma|maa|walida|sotela|sotele|sotili|sotela baap|sotela abba|sotela abbu|sotili maa|chacha|chachu|chachi|mamu|mamoo|mamun|mama|khala|khalu|phuppo|phupho|phupa|taya|tayi|dada|dadi|nana|nani|bhai|bhaiya|behen|cousin|kazin|qari sahab|qari|maulvi|ustad|teacher|admi|banda|larka|larke|padosi|dost|boyfriend|wo|woh|us|unhon|usne|us ne|in|inhon',
  'ابو|ابا|ابا جی|پاپا|باپ|والد|امی|اماں|ماں|والدہ|سوتیلا|سوتیلی|سوتیلا باپ|سوتیلی ماں|چچا|چچو|چچی|ماموں|خالہ|خالو|پھپھو|پھوپھا|تایا|تائی|دادا|دادی|نانا|نانی|بھائی|بہن|کزن|قاری|قاری صاحب|مولوی|استاد|ٹیچر|آدمی|بندہ|لڑکا|لڑکے|پڑوسی|دوست|وہ|اس|انہوں|اس نے',
);
// Beating and hurting someone: the verb forms children use, all genders and tenses.
const HARM = c(
  'marta|marti|marte|maarta|maarti|maarte|mara|mari|maara|maari|maar|mar|marna|marne|pitai|pitaai|peet|peetta|peetti|peette|pittai|peeta|peeti|thappar|thapar|thappad|ghoonse|ghunse|ghoonsa|laat|laaten|laaton|lath|jalata|jalati|jalate|jalaya|jalayi|jalai|daagh|daagta|ghaseet|ghaseette|ghaseeta|dhakka|dhakke|dhakelta',
  'مارتا|مارتی|مارتے|مارا|ماری|مار|مارنا|مارنے|پیٹتا|پیٹتی|پیٹتے|پیٹا|پیٹی|پیٹ|پٹائی|تھپڑ|گھونسے|گھونسا|لات|لاتیں|لاتوں|جلاتا|جلاتی|جلاتے|جلایا|جلائی|داغ|داغتا|گھسیٹتے|گھسیٹتا|گھسیٹا|دھکا|دھکے',
);
const BEATING = c('pitai|pitaai|maar|mar|maar peet|mar peet|maar pitai|chitrol', 'پٹائی|مار|مار پیٹ|مار پٹائی');
const WITH_IMPLEMENT = c(
  'belt se|chappal se|joote se|danday se|dande se|danda se|dandey se|chhari se|chhuri se|cable se|taar se|pipe se|istri se|chamach se|chimte se|cigarette se|sigrit se|lakri se|diwar se|deewar se|ghoonson se|laaton se|thapparon se',
  'بیلٹ سے|چپل سے|جوتے سے|ڈنڈے سے|ڈنڈا سے|چھڑی سے|چھری سے|تار سے|پائپ سے|استری سے|چمچ سے|چمٹے سے|سگریٹ سے|لکڑی سے|دیوار سے|گھونسوں سے|لاتوں سے',
);
// Not "nai": it folds to "ni", which is also the ergative "ne" ("abbu ne mara").
const NEG = c('nahi|nahin|nhi|na|mat|kabhi nahi|koi nahi', 'نہیں|نہ|مت|کبھی نہیں|کوئی نہیں');
const STRANGLE = c('gala dabata|gala dabati|gala dabate|gala dabaya|gala dabaya tha|gala daba|gala ghonta|gala ghont', 'گلا دباتا|گلا دباتی|گلا دباتے|گلا دبایا|گلا دبا|گلا گھونٹا|گلا گھونٹ');
const LOCKED = c('band kar dete|band kar deti|band kar deta|band kar diya|band karte|band karti|band karta|band kar', 'بند کر دیتے|بند کر دیتی|بند کر دیتا|بند کر دیا|بند کرتے|بند کرتا|بند کر');
const ROOM = c('kamre me|kamre mein|kamra me|bathroom me|store me|almari me|ghar me|chhat pe|bahar', 'کمرے میں|باتھ روم میں|سٹور میں|الماری میں|چھت پر|باہر');
const MARKS = c('neel|nishan|nishaan|zakhm|khoon|chot|sujan', 'نیل|نشان|زخم|خون|چوٹ|سوجن');
const BODY = c('jism|badan|bazu|kamar|chehre|munh|taang|haath|sar|gardan|peeth', 'جسم|بدن|بازو|کمر|چہرے|منہ|ٹانگ|ہاتھ|سر|گردن|پیٹھ');
const FROM_PERSON_BEATING = c('ke marne se|ki maar se|ke maar se|ki pitai se|ne mara|ne maara|ne mari|ki maar|ke marne', 'کے مارنے سے|کی مار سے|کی پٹائی سے|نے مارا|نے ماری|کی مار');

// sexual harm
const WRONG_PLACE = c(
  'ghalat jagah|galat jagah|ghalat jaga|ghalat tareeqe se|galat tareeqe se|ghalat tarike se|ghalat tarah|galat tarah|ghalat tarah se|aise jaise nahi|gande tareeqe se|private jagah|sharmgah|sharam gah',
  'غلط جگہ|غلط طریقے سے|غلط طرح|غلط طرح سے|گندے طریقے سے|پرائیویٹ جگہ|شرمگاہ',
);
const TOUCH = c('chhoota|chhooti|chhoote|chhuta|chhute|chhua|chhui|chhuna|chhoone|haath lagata|haath lagate|haath lagaya|haath dalta|haath dalte|haath dala|choomta|choomte|chooma|chumta|sehlata|dabata', 'چھوتا|چھوتی|چھوتے|چھوا|چھوئی|چھونا|چھونے|ہاتھ لگاتا|ہاتھ لگاتے|ہاتھ لگایا|ہاتھ ڈالتا|ہاتھ ڈالتے|ہاتھ ڈالا|چومتا|چومتے|چوما|سہلاتا');
const DIRTY_ACT = c(
  'ganda kaam|gande kaam|gandi harkat|gandi harkatein|gandi harkaten|ghalat kaam|galat kaam|ghalat harkat|zyadti|ziyadti|zyadati|zabardasti|zabardasti karta|zabardasti ki|rape|reap|izzat loot|izzat lut|izzat|ganda khel|gandi cheezein|gandi video|gandi videos|gandi film',
  'گندا کام|گندے کام|گندی حرکت|گندی حرکتیں|غلط کام|غلط حرکت|زیادتی|زبردستی|ریپ|عزت لوٹ|عزت لوٹ لی|گندا کھیل|گندی ویڈیو|گندی فلم',
);
const UNDRESS = c('kapre utar|kapre utaar|kapre utarne|kapre utarta|kapre utarte|kapre utarwata|kapre utarwate|kapron ke andar|kapre ke andar|nanga|nangi|nange|nangay|bina kapron|bina kapre', 'کپڑے اتار|کپڑے اتارنے|کپڑے اتارتا|کپڑے اتارتے|کپڑے اتروا|کپڑوں کے اندر|ننگا|ننگی|ننگے|بغیر کپڑوں|بنا کپڑوں');
const PICTURES = c('tasveer|tasveerein|tasveeren|tasvir|photo|photos|pic|pics|video', 'تصویر|تصویریں|فوٹو|تصاویر|ویڈیو');
const SECRET = c('kisi ko mat batana|kisi ko na batana|kisi ko nahi batana|mat batana|na batana|raaz|raz|secret|chupa ke rakhna', 'کسی کو مت بتانا|کسی کو نہ بتانا|مت بتانا|نہ بتانا|راز|سیکرٹ');
const NIGHT_BED = c('raat ko|raat|bistar me|bistar mein|bistar pe|kamre me aa|mere kamre me', 'رات کو|رات|بستر میں|بستر پر|کمرے میں آ|میرے کمرے میں');

// neglect
const FOOD = c('khana|khaana|khane|khaane|khane ko kuch|kuch khane ko|roti|nashta|nashtah', 'کھانا|کھانے|کھانے کو کچھ|کچھ کھانے کو|روٹی|ناشتہ');
const NOT_GIVEN = c('nahi hota|nahi milta|nahi deta|nahi deti|nahi dete|nahi banata|nahi banati|nahi hai|nahi tha|nahi milta hai|kuch nahi|nahi diya', 'نہیں ہوتا|نہیں ملتا|نہیں دیتا|نہیں دیتی|نہیں دیتے|نہیں بناتا|نہیں بناتی|نہیں ہے|نہیں تھا|کچھ نہیں|نہیں دیا');
const HUNGRY = c('bhooka|bhooki|bhookay|bhooke|bhuka|bhuki|bhook se', 'بھوکا|بھوکی|بھوکے|بھوک سے');
const SLEEP_STAY = c('sota|soti|sote|so jata|so jati|so jate|rehta|rehti|rehte|rahta|rahti|rehna parta', 'سوتا|سوتی|سوتے|سو جاتا|سو جاتی|سو جاتے|رہتا|رہتی|رہتے');
const ALONE = c('akela|akeli|akele|akelay', 'اکیلا|اکیلی|اکیلے');
const LEAVE = c('chhor|chor|chhor deti|chhor dete|chhor deta|chhor jati|chhor jate|chhor jata|chhor ke|chhor kar', 'چھوڑ|چھوڑ دیتی|چھوڑ دیتے|چھوڑ دیتا|چھوڑ جاتی|چھوڑ جاتے|چھوڑ کر');
const CARE_NOT = c('khayal nahi rakhta|khayal nahi rakhti|khayal nahi rakhte|parwah nahi|parwa nahi|fikar nahi|koi nahi dekhta|koi nahi poochta', 'خیال نہیں رکھتا|خیال نہیں رکھتی|خیال نہیں رکھتے|پرواہ نہیں|پروا نہیں|فکر نہیں|کوئی نہیں پوچھتا');
const FASTING = c('roza|rozay|roze|ramzan|ramadan|iftar|sehri|fast', 'روزہ|روزے|رمضان|افطار|سحری');

// self-harm
const SELF = c('apne aap ko|apne ap ko|khud ko|apne ko|apni jaan|apni jan|apne bazu|apni kalai|apne haath', 'اپنے آپ کو|خود کو|اپنی جان|اپنے بازو|اپنی کلائی|اپنے ہاتھ');
const SELF_HURT = c('kaat|kaatta|kaatti|kaatti hoon|kaata|kaati|nuqsan|nuksan|takleef|khatam|maar|mar|jala|le lunga|le lungi|le loon|de dunga|de dungi|de doon|chot', 'کاٹ|کاٹتا|کاٹتی|کاٹا|کاٹی|نقصان|تکلیف|ختم|مار|جلا|لے لوں|لے لوں گا|لے لوں گی|دے دوں|چوٹ');
const WANT_DIE = c(
  'marna chahta|marna chahti|marna chahte|mar jana chahta|mar jana chahti|mar jaun|mar jaon|mar jaoon|mar jaunga|mar jaungi|marna hai|mar jana hai|mar jata to|mar jati to|khudkushi|khud kushi|khudkashi|jeene ka dil nahi|jeene ko dil nahi|jeena nahi chahta|jeena nahi chahti|zindagi khatam|zindagi se tang|sab khatam kar|paida hi na|paida na hota|paida na hoti|jeene ka koi faida nahi|zinda nahi rehna',
  'مرنا چاہتا|مرنا چاہتی|مر جانا چاہتا|مر جانا چاہتی|مر جاؤں|مر جاؤں گا|مر جاؤں گی|مرنا ہے|خودکشی|خود کشی|جینے کا دل نہیں|جینے کو دل نہیں|جینا نہیں چاہتا|جینا نہیں چاہتی|زندگی ختم|زندگی سے تنگ|سب ختم کر|پیدا ہی نہ|پیدا نہ ہوتا|پیدا نہ ہوتی|زندہ نہیں رہنا',
);
const PILLS_BLADE = c('goliyan kha|goliyan khali|goliyan kha leen|bohat saari goliyan|blade se|blade|chhat se kood|chhat se koodna|pul se kood|neend ki goliyan', 'گولیاں کھا|گولیاں کھا لیں|بہت ساری گولیاں|بلیڈ سے|بلیڈ|چھت سے کود|چھت سے کودنا|نیند کی گولیاں');

// exploitation
const OLDER = c('bare larke|baray larke|bade larke|bare log|baray log|bare admi|wo log|woh log|gang|unhon|unhon ne|wo|woh|ek admi|ek banda|admi|banda', 'بڑے لڑکے|بڑے لوگ|بڑے آدمی|وہ لوگ|گینگ|انہوں|انہوں نے|وہ|ایک آدمی|ایک بندہ|آدمی|بندہ');
const CARGO = c('packet|packets|parcel|paikat|saman|samaan|bag|drugs|drug|nasha|charas|powder|goli|goliyan|maal', 'پیکٹ|پارسل|سامان|بیگ|ڈرگز|نشہ|چرس|پاؤڈر|مال');
const MADE_TO_MOVE = c(
  'pohanchwate|pohanchwata|pahunchwate|pohanchana|pohanchane|pohanchaun|pohanchaon|bechwate|bechwata|bechna|bechne|bechta|bechti|chupana|chhupana|chupata|chhupata|rakhwate|rakhna parta|le jana|le ke jana|dena hota',
  'پہنچواتے|پہنچواتا|پہنچانا|پہنچانے|پہنچاؤں|بیچواتے|بیچنا|بیچنے|بیچتا|چھپانا|چھپاتا|رکھواتے|رکھنا پڑتا|لے جانا|دینا ہوتا',
);
const DEBT = c('qarzdar|qarz dar|qarza|qarz|udhaar|udhar', 'قرض دار|قرضدار|قرضہ|قرض|ادھار');
const THREAT = c('dhamki|dhamkiyan|dhamkiyaan|warna|nahi to|jaan se maar|jan se mar', 'دھمکی|دھمکیاں|ورنہ|نہیں تو|جان سے مار');
const ONLINE = c('online|game pe|game par|game me|internet pe|snapchat|insta|tiktok|whatsapp|facebook|phone pe', 'آن لائن|گیم پر|گیم میں|انٹرنیٹ پر|سنیپ چیٹ|انسٹا|ٹک ٹاک|واٹس ایپ|فیس بک');
const MEET_GIFT = c('milne|milne ko|milna|mil lo|paise bhejta|paise deta|paise dete|paise bhejte|tohfe|gift|tasveerein mangta|tasveerein mangte|tasveer mangta|pics mangta|photo mangta', 'ملنے|ملنے کو|ملنا|پیسے بھیجتا|پیسے دیتا|پیسے دیتے|تحفے|تصویریں مانگتا|تصویر مانگتا');
const FORCED = c('zabardasti kaam|zabardasti shadi|zabardasti nikah|zabardasti shaadi|mujh se kaam karwate|kaam karwate|majboor|majboor karte|doosre shehar bheja|dusre shehar bhej|doosre shehar bhejte', 'زبردستی کام|زبردستی شادی|زبردستی نکاح|کام کرواتے|مجبور|مجبور کرتے|دوسرے شہر بھیجا|دوسرے شہر بھیجتے');
const AGE_ADULT = c('20|21|22|23|24|25|26|27|28|29|30|35|40|bees|pachees|tees|chalees', 'بیس|پچیس|تیس|چالیس');
const SAAL = c('saal ka|sal ka|saal ki|sal ki|saal', 'سال کا|سال کی|سال');
const PARTNER = c('boyfriend|girlfriend|dost|shohar|mangetar', 'بوائے فرینڈ|گرل فرینڈ|دوست|شوہر|منگیتر');

// fear of home
const HOME = c('ghar|gher|ghr|ghar wapis|ghar wapas', 'گھر|گھر واپس');
const TO_GO = c('jane se|jaane se|jana|jaana|jane|jaane|jaun|jaon|jaunga|jaungi|jata|jati|jate|wapis jana|wapas jana', 'جانے سے|جانا|جانے|جاؤں|جاؤں گا|جاؤں گی|جاتا|جاتی|جاتے|واپس جانا');
const FEAR = c('dar|darr|dr|khauf|ghabrahat|dar lagta|darr lagta', 'ڈر|ڈر لگتا|خوف|گھبراہٹ');
const NOT_SAFE = c('mehfooz nahi|mahfooz nahi|mehfuz nahi|safe nahi|mehfooz mehsoos nahi', 'محفوظ نہیں|سیف نہیں');
const NOT_WANT = c('nahi jana|nahi jaana|nahi jaunga|nahi jaungi|nahi jana chahta|nahi jana chahti|nahi jaana chahta|nahi jaana chahti|nahi ja sakta|nahi ja sakti', 'نہیں جانا|نہیں جاؤں گا|نہیں جاؤں گی|نہیں جانا چاہتا|نہیں جانا چاہتی|نہیں جا سکتا|نہیں جا سکتی');
const RUN_AWAY = c('bhaag|bhag|bhaag jana|bhag jana|bhaagna|bhaag gaya|bhaag gayi', 'بھاگ|بھاگ جانا|بھاگنا|بھاگ گیا|بھاگ گئی');

// guards
const PLAY = c(
  'game|games|khel|khelte|khel me|cricket|football|ludo|pubg|free fire|fortnite|film|drama|movie|kahani|cartoon|mazak|mazaak|mazay|maze|lol|haha|hahaha|takiye|takiyon|out|hara|hara diya|chhipkali|machhar|makhi|cockroach|keera',
  'گیم|کھیل|کرکٹ|فٹبال|لوڈو|فلم|ڈرامہ|کہانی|کارٹون|مذاق|مزے|تکیے|تکیوں|آؤٹ|ہرا|ہرا دیا|چھپکلی|مچھر|مکھی|کیڑا',
);
const HYPERBOLE = c('garmi se|sardi se|thand se|hans hans|has has|bore ho|thak|homework|imtihan|exam|bhook se mar', 'گرمی سے|سردی سے|ٹھنڈ سے|ہنس ہنس|بور|تھک|ہوم ورک|امتحان');
const LESSON = c('ke bare me|ke baare mein|ke bare mein|sikhaya|sikhai|bataya|parha|parhaya|hifazat|huqooq|safety|awareness', 'کے بارے میں|سکھایا|سکھائی|بتایا|پڑھا|پڑھایا|حفاظت|حقوق|سیفٹی');

const unlessOf = (...concepts: Concept[]): string[] => concepts.flatMap((k) => [words(k, 'latn'), words(k, 'arab')]);
/** A negation right before the verb: "mujhe koi nahi marta". */
const negatedBefore = (verb: Concept): string[] => both(NEG, 1, verb);

const rules: ScreeningRule[] = [
  {
    id: 'ur.harm.beats-me',
    category: 'HARM_BY_OTHERS',
    severity: 'HIGH',
    patterns: [
      ...both(ME, 4, HARM),
      ...both(MY, 1, BEATING),
      ...both(ME, 4, WITH_IMPLEMENT),
      ...both(WITH_IMPLEMENT, 3, HARM),
      ...both(MY, STRANGLE),
      ...both(ME, 2, ROOM, LOCKED),
      ...both(MARKS, 6, FROM_PERSON_BEATING),
      ...both(MY, 1, BODY, 3, MARKS),
      ...both(ME, 6, HARM, 3, MARKS),
    ],
    unless: [...negatedBefore(HARM), ...unlessOf(PLAY, HYPERBOLE)],
  },
  {
    id: 'ur.domestic.harm-to-mother',
    category: 'DOMESTIC_ABUSE',
    severity: 'HIGH',
    patterns: [
      ...both(MOTHER, c('ko|ka|ki|ke', 'کو|کا|کی|کے'), 3, HARM),
      ...both(MOTHER, c('ko|ka|ki|ke', 'کو|کا|کی|کے'), 3, STRANGLE),
      ...both(MOTHER, c('ko|ka|ki|ke', 'کو|کا|کی|کے'), 4, THREAT),
      ...both(MOTHER, c('ke|ki', 'کے|کی'), 2, MARKS),
      ...both(MOTHER, 8, c('unhe|unko|un ko|use|usay|usey', 'انہیں|ان کو|اسے'), 1, HARM),
      ...both(MOTHER, c('ki', 'کی'), c('cheekhen|cheekh|chikhen|cheekhain', 'چیخیں|چیخ')),
      ...both(c('larai jhagra|larai|jhagra|jhagre', 'لڑائی جھگڑا|لڑائی|جھگڑا|جھگڑے'), 3, c('maar peet|mar peet|maar pitai|marna|marte', 'مار پیٹ|مار پٹائی|مارنا|مارتے')),
    ],
    unless: [...negatedBefore(HARM), ...unlessOf(PLAY, LESSON)],
  },
  {
    id: 'ur.sexual.touching',
    category: 'SEXUAL_HARM',
    severity: 'HIGH',
    patterns: [
      ...both(WRONG_PLACE, 2, TOUCH),
      ...both(ME, 3, WRONG_PLACE),
      ...both(ME, 4, TOUCH, 6, SECRET),
      ...both(SECRET, 6, TOUCH),
      ...both(c('mere sath|mere saath|mujh se|hamare sath', 'میرے ساتھ|مجھ سے|ہمارے ساتھ'), 3, DIRTY_ACT),
      ...both(DIRTY_ACT, 2, c('karta|karte|karti|kiya|ki|hua|hui|karwata|karwate', 'کرتا|کرتے|کرتی|کیا|کی|ہوا|ہوئی|کرواتا|کرواتے')),
      ...both(MY, c('rape|izzat', 'ریپ|عزت')),
      ...both(ME, 3, UNDRESS),
      ...both(MY, 3, UNDRESS),
      ...both(UNDRESS, 2, PICTURES),
      ...both(MY, 1, UNDRESS, 1, PICTURES),
      ...both(NIGHT_BED, 4, c('aate|aata|aati|aa jata|aa jate|aa kar', 'آتے|آتا|آتی|آ جاتا|آ جاتے|آ کر'), 4, c('chhoo|chhoota|chhoote|gandi|ganda|harkat|harkatein|lait|let', 'چھو|چھوتا|چھوتے|گندی|گندا|حرکت|حرکتیں|لیٹ')),
      ...both(NIGHT_BED, 2, c('mere bistar|bistar me', 'میرے بستر|بستر میں'), 2, c('aate|aata|aati|aa jate|aa jata|lait jate|let jate', 'آتے|آتا|آتی|آ جاتے|آ جاتا|لیٹ جاتے')),
      ...both(c('jism ke hisse|jism ka hissa|private parts|sharmgah', 'جسم کے حصے|جسم کا حصہ|پرائیویٹ پارٹس|شرمگاہ'), 2, c('dikhaye|dikhata|dikhate|dikhaya|dikhai', 'دکھائے|دکھاتا|دکھاتے|دکھایا|دکھائی')),
      ...both(c('zabardasti', 'زبردستی'), 2, TOUCH),
      ...both(c('haath', 'ہاتھ'), 1, c('kapron ke andar|kapre ke andar|shalwar me|pajame me', 'کپڑوں کے اندر|شلوار میں|پاجامے میں')),
    ],
    unless: [...negatedBefore(TOUCH), ...unlessOf(LESSON)],
  },
  {
    id: 'ur.neglect.no-food-no-care',
    category: 'NEGLECT',
    severity: 'MEDIUM',
    patterns: [
      ...both(c('ghar me|ghar mein|ghar pe|hamare ghar', 'گھر میں|گھر پر|ہمارے گھر'), 2, FOOD, 2, NOT_GIVEN),
      ...both(FOOD, 2, NOT_GIVEN),
      ...both(HUNGRY, 2, SLEEP_STAY),
      ...both(c('kai din|kayi din|din bhar|hafton|raat bhar|kai kai din', 'کئی دن|ہفتوں|رات بھر'), 3, c('bhooke|bhooka|bhooki|akela|akeli|akele', 'بھوکے|بھوکا|بھوکی|اکیلا|اکیلی|اکیلے')),
      ...both(ALONE, 1, LEAVE),
      ...both(c('kai din|kayi din', 'کئی دن'), 3, c('ghar nahi aati|ghar nahi aata|ghar nahi aate|ghar nahi ati', 'گھر نہیں آتی|گھر نہیں آتا|گھر نہیں آتے|گھر نہیں آتیں')),
      ...both(CARE_NOT),
      ...both(c('bijli|gas|heater|pani|garam pani', 'بجلی|گیس|ہیٹر|پانی|گرم پانی'), 4, c('nahi chalta|nahi hai|nahi hoti|nahi', 'نہیں چلتا|نہیں ہے|نہیں ہوتی|نہیں'), 6, c('sardi|thand|garam kapre', 'سردی|ٹھنڈ|گرم کپڑے')),
      ...both(c('saaf kapre|saf kapre|garam kapre|joote', 'صاف کپڑے|گرم کپڑے|جوتے'), 1, c('nahi hain|nahi', 'نہیں ہیں|نہیں')),
      ...both(c('doctor|hospital|dr', 'ڈاکٹر|ہسپتال'), 2, c('nahi le jata|nahi le jati|nahi le jate|nahi le kar jata', 'نہیں لے جاتا|نہیں لے جاتی|نہیں لے جاتے')),
      ...both(c('ghar se', 'گھر سے'), c('nikal dete|nikal deti|nikal deta|nikal diya|nikaal dete', 'نکال دیتے|نکال دیتی|نکال دیتا|نکال دیا')),
      ...both(c('nashe me|nasha karte|nasha karti|nashe mein|sharab peete', 'نشے میں|نشہ کرتے|نشہ کرتی|شراب پیتے'), 8, c('khana|khayal|akela|akele|koi nahi', 'کھانا|خیال|اکیلا|اکیلے|کوئی نہیں')),
      ...both(c('sambhalna parta|sambhalti|sambhalta|sambhalna', 'سنبھالنا پڑتا|سنبھالتی|سنبھالتا|سنبھالنا'), 6, c('ghar nahi|akele|akela|akeli|kai din', 'گھر نہیں|اکیلے|اکیلا|اکیلی|کئی دن')),
      ...both(c('ghar nahi|ghar nahi aatin|ghar nahi aati', 'گھر نہیں|گھر نہیں آتیں|گھر نہیں آتی'), 6, c('sambhalti|sambhalta|sambhalna', 'سنبھالتی|سنبھالتا|سنبھالنا')),
    ],
    unless: unlessOf(FASTING, LESSON, c('lunch kab|der ho gayi|dawai|diet|acha|achha|mazedar|pasand|school ka|school ke', 'لنچ کب|دیر ہو گئی|ڈائٹ|اچھا|مزیدار|پسند|اسکول کا|سکول کا')),
  },
  {
    id: 'ur.self.harm',
    category: 'SELF_HARM_SUICIDE',
    severity: 'HIGH',
    patterns: [
      ...both(WANT_DIE),
      ...both(SELF, 2, SELF_HURT),
      ...both(PILLS_BLADE),
      ...both(c('kaash|kash', 'کاش'), 3, c('mar|paida|zinda', 'مر|پیدا|زندہ')),
      ...both(c('main|mein|me', 'میں'), c('mar jaun|mar jaon|mar jaoon|mar jata|mar jati', 'مر جاؤں|مر جاتا|مر جاتی'), 3, c('behtar|acha|achha|khush', 'بہتر|اچھا|خوش')),
      ...both(c('sab ke liye|sab ko', 'سب کے لیے|سب کو'), 3, c('behtar|acha|achha', 'بہتر|اچھا'), 3, c('mar|na rahun|na hun|chala jaun', 'مر|نہ رہوں|نہ ہوں|چلا جاؤں')),
    ],
    unless: [
      ...both(c('marna|jeena|mar jana|khudkushi', 'مرنا|جینا|مر جانا|خودکشی'), 0, c('nahi chahta|nahi chahti|nahi', 'نہیں چاہتا|نہیں چاہتی|نہیں')),
      ...unlessOf(HYPERBOLE, LESSON, c('sabzi|ungli|phal|kaghaz|pencil', 'سبزی|انگلی|پھل|کاغذ|پنسل')),
    ],
  },
  {
    id: 'ur.exploitation.any',
    category: 'EXPLOITATION',
    severity: 'HIGH',
    patterns: [
      ...both(OLDER, 6, CARGO, 4, MADE_TO_MOVE),
      ...both(c('mujh se|mujhse|hum se', 'مجھ سے|ہم سے'), 4, MADE_TO_MOVE),
      ...both(CARGO, 3, c('bechne|bechna|bechwate|pohanchwate', 'بیچنے|بیچنا|بیچواتے|پہنچواتے'), 2, c('ke liye|bheja|bhejte|warna', 'کے لیے|بھیجا|بھیجتے|ورنہ')),
      ...both(ME, 3, c('un ka|unka|in ka|uska|us ka', 'ان کا|اس کا'), 1, DEBT),
      ...both(c('main|mein|me|hum', 'میں|ہم'), 3, DEBT, c('hoon|hun|hain|hai', 'ہوں|ہیں|ہے')),
      ...both(ONLINE, 8, MEET_GIFT),
      ...both(MEET_GIFT, 8, SECRET),
      ...both(FORCED),
      ...both(c('shadi|shaadi|nikah', 'شادی|نکاح'), 4, c('zabardasti|majboor', 'زبردستی|مجبور')),
      ...both(c('agar', 'اگر'), 6, c('ghar walon ko|family ko|ammi ko|behen ko|bhai ko', 'گھر والوں کو|امی کو|بہن کو|بھائی کو'), 2, c('nuqsan|nuksan|maar|jaan se', 'نقصان|مار|جان سے')),
      ...both(PARTNER, 3, AGE_ADULT, 1, SAAL),
      ...both(OLDER, 4, c('nasha dete|nasha deta|drugs dete|sharab dete|party me le', 'نشہ دیتے|نشہ دیتا|ڈرگز دیتے|شراب دیتے|پارٹی میں لے')),
      ...both(c('chaqoo|chaku|chhuri|pistol|gun', 'چاقو|چھری|پستول|گن'), 2, c('rakhne ko|rakhna|rakhwate|chupane', 'رکھنے کو|رکھنا|رکھواتے|چھپانے')),
      ...both(c('phone dete|phone deta', 'فون دیتے|فون دیتا'), 6, c('kahan jana|kidhar jana|batate hain|bhejte', 'کہاں جانا|بتاتے ہیں|بھیجتے')),
      ...both(c('bag|packet|saman|maal', 'بیگ|پیکٹ|سامان|مال'), 3, c('ghar me chupana|ghar mein chupana|chupana parta|chhupana parta', 'گھر میں چھپانا|چھپانا پڑتا')),
      ...both(THREAT, 6, c('kaam|bechna|bechne|pohanchana', 'کام|بیچنا|بیچنے|پہنچانا')),
      ...both(c('kaam|bechna|bechne', 'کام|بیچنا|بیچنے'), 6, c('dhamki|dhamkiyan|nuqsan pohanchayenge|maar denge|maarne ki', 'دھمکی|دھمکیاں|نقصان پہنچائیں گے|مار دیں گے|مارنے کی')),
      ...both(c('flat me|flat mein|ghar me rakh', 'فلیٹ میں'), 4, c('bechwate|bechwata|kaam karwate', 'بیچواتے|کام کرواتے')),
    ],
    unless: unlessOf(LESSON, c('nani|dadi|khala|phuppo|ammi ne|abbu ne|school ka', 'نانی|دادی|خالہ|پھپھو|امی نے|ابو نے')),
  },
  {
    id: 'ur.fear.home',
    category: 'FEAR_OF_HOME',
    severity: 'HIGH',
    patterns: [
      ...both(HOME, 1, TO_GO, 2, FEAR),
      ...both(HOME, 2, NOT_WANT),
      ...both(HOME, 2, NOT_SAFE),
      ...both(c('ghar me|ghar mein', 'گھر میں'), 2, c('mehfooz|mahfooz|safe', 'محفوظ|سیف'), 2, c('nahi', 'نہیں')),
      ...both(PERSON, 1, c('se', 'سے'), FEAR),
      ...both(HOME, 2, c('se', 'سے'), RUN_AWAY),
      ...both(c('ruk sakta|ruk sakti|reh sakta|reh sakti|rah sakta|rah sakti', 'رک سکتا|رک سکتی|رہ سکتا|رہ سکتی'), 4, c('ghar nahi|ghar nahi jana|ghar wapis nahi', 'گھر نہیں|گھر نہیں جانا|گھر واپس نہیں')),
      ...both(c('taake|taki|takay', 'تاکہ'), 1, c('ghar', 'گھر'), c('na|nahi', 'نہ|نہیں'), c('jana', 'جانا')),
      ...both(HOME, 2, c('jaun ga|jaunga|jaungi|jaun gi', 'جاؤں گا|جاؤں گی'), 2, c('to phir|to', 'تو پھر|تو'), 2, c('maar|mar|pitai', 'مار|پٹائی')),
    ],
    unless: [
      ...both(FEAR, 0, c('nahi', 'نہیں')),
      ...both(c('koi', 'کوئی'), FEAR),
      ...unlessOf(c('andhere|kutte|sanp|makri|imtihan|exam|thak|neend', 'اندھیرے|کتے|سانپ|مکڑی|امتحان|تھک|نیند')),
    ],
  },
];

/** The built-in Urdu rule set (Arabic script and Roman Urdu). */
export const DEFAULT_RULES_UR: RuleSet = Object.freeze({
  version: 'ur-2026.12.1',
  language: 'ur',
  rules: Object.freeze(rules) as ScreeningRule[],
}) as RuleSet;
