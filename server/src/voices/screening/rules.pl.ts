import type { RuleSet, ScreeningRule } from './screening.js';

/*
 * Built-in Polish screening rules.
 *
 * The text is normalised by screening.ts for language "pl": lower case, no diacritics ("ł" → "l",
 * so "bił" and "bil" are one word), and the sounds children spell two ways folded ("ch"/"h",
 * "rz"/"ż" → "h", "z"). Patterns are written
 * here without diacritics and folded the same way by {@link pl}.
 *
 * Polish word order is free ("tata mnie bije", "bije mnie tata", "mnie tata bije"), so most rules are
 * *what was done* next to *to me* in either order within a few words, with *who* optional; stems with
 * `\w*` take every inflected form (bije, bił, biją, pobił, biła).
 */

/** Folds a pattern the way the text is folded: "ch" → "h", "rz" → "z". */
const pl = (source: string): string => source.replace(/ch/gu, 'h').replace(/rz/gu, 'z');
const alt = (...xs: string[]): string => `(?:${xs.join('|')})`;
const gap = (n: number): string => `(?:[^ ]+ ){0,${n}}`;
/** a and b within n words of each other, in either order. */
const near = (a: string, b: string, n: number): string[] => [`\\b${a}\\b ${gap(n)}${b}\\b`, `\\b${b}\\b ${gap(n)}${a}\\b`];

const ME = alt('mnie', 'mi', 'mna', 'nas', 'nam', 'nami');
const PERP = alt(
  'tata', 'tato', 'tatus', 'ojciec', 'ojca', 'ojczym\\w*', 'mama', 'matka', 'macocha', 'wujek', 'wuja', 'wujka', 'ciocia', 'ciotka',
  'dziadek', 'dziadka', 'babcia', 'brat\\w*', 'siostra', 'kuzyn\\w*', 'chlopak mamy', 'partner mamy', 'facet mamy', 'konkubent',
  'opiekun\\w*', 'rodzic\\w*', 'on', 'ona', 'oni', 'one', 'sasiad\\w*', 'trener\\w*', 'pan', 'pani', 'facet\\w*', 'dorosl\\w*', 'nauczyciel\\w*', 'ksiadz', 'ktos',
);
const HARM = alt(
  'bij\\w*', 'bil(?:a|i|y|em|am|as|es|ismy|o)?', 'pobi\\w*', 'zbil\\w*', 'zbij\\w*', 'zbit\\w*', 'uderz\\w*', 'kop\\w*', 'szarp\\w*', 'dusi\\w*', 'dusz\\w*', 'udusi\\w*', 'lej\\w*', 'leja', 'lal\\w*',
  'spral\\w*', 'spranie', 'tluc\\w*', 'tlucz\\w*', 'tluk\\w*', 'przypal\\w*', 'oparzy\\w*', 'parzy\\w*', 'popych\\w*', 'popchn\\w*', 'pchn\\w*', 'walnal\\w*', 'wali', 'walil\\w*',
  'skatowa\\w*', 'katuj\\w*', 'szczyp\\w*', 'drap\\w*', 'krzywdz\\w*', 'skrzywdzi\\w*', 'rani\\w*', 'maltretuj\\w*', 'gryz\\w*', 'ugryz\\w*',
);
const IMPLEMENT = alt('pasem', 'paskiem', 'kablem', 'kijem', 'kapciem', 'scierka', 'sznurem', 'linijka', 'lyzka', 'piescia', 'piesciami', 'reka', 'butem', 'nozem', 'papierosem', 'zapalniczka', 'zelazkiem');
const NEG_BEFORE = '\\b(?:nie|nigdy|nikt)(?: (?:mnie|mi|nas|juz|wcale|nigdy))? ';
const MOTHER = alt('mame', 'mamie', 'mama', 'mamy', 'matke', 'matce', 'mamusie', 'nia', 'ja', 'jej');
const PLAY = alt(
  'niechcacy', 'przypadkiem', 'przez przypadek', 'w grze', 'na meczu', 'w meczu', 'na wf', 'na treningu', 'w pilke', 'na poduszki', 'poduszk\\w*',
  'dla zartu', 'zartem', 'zartuje', 'zartowal\\w*', 'w zabawie', 'bawimy', 'bawili', 'rekord\\w*', 'brawo', 'haha', 'xd', 'lol', 'w filmie', 'w serialu', 'w bajce', 'film\\w*',
  'fifa\\w*', 'fortnit\\w*', 'minecraft\\w*', 'boks\\w*', 'karate', 'judo', 'sniezk\\w*', 'komar\\w*', 'muh\\w*', 'zombie', 'pilk\\w*',
);
const LESSON = alt('lekcj\\w*', 'pogadank\\w*', 'uczylismy', 'uczyli', 'mowila o', 'mowil o', 'o bezpieczenstwie', 'o przemocy', 'o dotyku', 'warsztat\\w*', 'w szkole mowili');

const rules: ScreeningRule[] = [
  {
    id: 'pl.harm.hits-me',
    category: 'HARM_BY_OTHERS',
    severity: 'HIGH',
    patterns: [
      ...near(HARM, ME, 2),
      `\\b${HARM} ${gap(3)}${IMPLEMENT}\\b`,
      `\\b${IMPLEMENT} ${gap(2)}${HARM}\\b`,
      `\\b(?:dosta\\w*|zbiera\\w*) ${gap(2)}(?:lanie|lania|w skore|w twarz|w pysk|w leb|wpierdol\\w*|wpieprz\\w*|baty|klaps\\w*|po twarzy|pasem|w dupe)\\b`,
      `\\b(?:siniak\\w*|since|slady|slad|rany|rane|blizn\\w*|podbite oko|krew|krwi) ${gap(4)}od ${PERP}\\b`,
      `\\bzam(?:yka|kn)\\w* ${gap(1)}(?:mnie|nas) ${gap(1)}(?:w|do) (?:pokoju|piwnicy|piwnic\\w*|lazience|szafie|komorce|skrytce|domu|lazienki|pokoj\\w*)\\b`,
      `\\b(?:ciagn\\w*|szarp\\w*|wyrywa\\w*|targa\\w*) ${gap(2)}(?:za wlosy|za uszy|za reke|za szyje)\\b`,
      `\\brzuc\\w* ${gap(1)}(?:mna|we mnie|nami|w nas)\\b`,
      `\\bbierze ${gap(1)}(?:pas\\w*|kij\\w*|kabel\\w*)\\b`,
      `\\b(?:mam|kaze|kazal\\w*|kaza\\w*|musze) ${gap(2)}(?:mowic|powiedziec|klamac) ${gap(2)}ze (?:sie )?(?:przewrocil\\w*|uderzyl\\w*|spadl\\w*|potknal\\w*)\\b`,
      `\\b(?:leje|wali|tlucze|bije) ${gap(2)}(?:za byle co|za kare|codziennie|jak (?:jest )?pijan\\w*)\\b`,
      `\\bza kare ${gap(4)}(?:zamyka\\w*|bij\\w*|bil\\w*|nie daj\\w*|glodz\\w*)\\b`,
    ].map(pl),
    unless: [NEG_BEFORE + HARM, `\\b${PLAY}\\b`, `\\b${LESSON}\\b`, '\\b(?:lekarz\\w*|pielegniar\\w*|zastrzyk\\w*|dentyst\\w*|szczepien\\w*)\\b', '\\bsie (?:uderzy\\w*|skaleczy\\w*|oparzy\\w*)\\b'].map(pl),
  },
  {
    id: 'pl.domestic.harm-to-mother',
    category: 'DOMESTIC_ABUSE',
    severity: 'HIGH',
    patterns: [
      ...near(alt(HARM, 'dusil\\w*', 'wyzywa\\w*', 'zamyka\\w*'), MOTHER, 2),
      `\\b(?:grozi\\w*|grozil\\w*) ${gap(3)}(?:ze (?:ja|jej|mame|mamie)|zabi\\w*|zabije)\\b`,
      `\\bzabije ${MOTHER}\\b`,
      `\\b${MOTHER} ${gap(2)}(?:ma|miala) ${gap(1)}(?:siniak\\w*|podbite oko|rany|slady)\\b`,
      `\\bprzemoc\\w* ${gap(1)}(?:w domu|domow\\w*)\\b`,
      `\\b(?:w domu|u nas) (?:jest |bywa )?przemoc\\w*\\b`,
      `\\b(?:awantur\\w*|klotni\\w*) ${gap(3)}(?:bic\\w*|bija|bije|bil)\\b`,
      `\\brodzice ${gap(1)}sie bij\\w*\\b`,
      `\\bpolicj\\w* ${gap(4)}(?:pobil\\w*|bil\\w*|bije|uderzyl\\w*|dusil\\w*)\\b`,
      `\\brzuc\\w* ${gap(1)}(?:nia|mama|mame) ${gap(2)}(?:o sciane|o podloge|o drzwi|o szafe)\\b`,
      `\\bmama ${gap(2)}placze ${gap(2)}(?:bo|jak) ${gap(2)}(?:ja )?(?:bij\\w*|bil\\w*|krzywdz\\w*)\\b`,
    ].map(pl),
    unless: [NEG_BEFORE + HARM, `\\b${LESSON}\\b`, '\\b(?:w filmie|w serialu|w bajce|sie uderzyla|o szafke|zartuj\\w*)\\b'].map(pl),
  },
  {
    id: 'pl.sexual.any',
    category: 'SEXUAL_HARM',
    severity: 'HIGH',
    patterns: [
      `\\b(?:dotyk\\w*|dotkn\\w*|dotyka\\w*|maca\\w*|obmacuj\\w*|glaszcz\\w*|pieszcz\\w*|caluj\\w*|caluje|calowal\\w*) ${gap(3)}(?:w miejsca\\w*|miejsc\\w* intymn\\w*|intymn\\w*|piers\\w*|krocz\\w*|siusiak\\w*|cipk\\w*|pup\\w*|tylek|tylka|pod ubraniem|pod koldra|pod majtk\\w*|w majtk\\w*|pod bluzk\\w*|tam gdzie nie|w usta|w nocy|w lozku|jak nikt nie widzi|w szatni|w toalecie|w samochodzie|w lazience|sam na sam)\\b`,
      `\\b(?:wklada|wlozyl\\w*|wsadza|wsadzil\\w*) ${gap(2)}(?:rece|reke|palce|dlon) ${gap(1)}(?:pod|w|do) (?:majtk\\w*|spodni\\w*|bluzk\\w*|ubrani\\w*|spodnic\\w*)\\b`,
      `\\b(?:kaze|kazal\\w*|kaza\\w*|zmusza\\w*|zmusil\\w*|prosi|chce) ${gap(3)}(?:sie )?(?:rozebra\\w*|zdjac (?:majtki|ubranie|spodnie|bluzke)|dotyka\\w*|dotknac|dotykac|ssac|seks\\w*|rzeczy seksualn\\w*|rob\\w* rzeczy)\\b`,
      `\\b(?:nagie|nagich|golych|gole|rozebran\\w*|intymne) (?:zdjeci\\w*|fotk\\w*|film\\w*|nagrani\\w*)\\b`,
      `\\b(?:zdjeci\\w*|fotk\\w*|nagrywa\\w*|film\\w*) ${gap(3)}(?:bez ubrania|nago|nag\\w*|rozebran\\w*|bez majtek)\\b`,
      `\\b(?:robil\\w*|robi) (?:zdjeci\\w*|fotk\\w*) ${gap(3)}(?:rozebra\\w*|nag\\w*|bez ubrania)\\b`,
      `\\b(?:rozebra\\w*) ${gap(3)}(?:zdjeci\\w*|fotk\\w*|nagrywa\\w*|filmowa\\w*)\\b`,
      `\\b(?:molest\\w*|zgwalc\\w*|gwalc\\w*|gwalt\\w*|wykorzysta\\w* seksualn\\w*|wykorzystuj\\w* seksualn\\w*)\\b`,
      `\\b(?:zmusza\\w*|zmusil\\w*|zmuszal\\w*) ${gap(2)}do (?:seks\\w*|rzeczy seksualn\\w*|dotykania|rzeczy)\\b`,
      `\\bpokaz\\w* ${gap(2)}(?:filmy dla doroslych|porno\\w*|swoje przyrodzenie|przyrodzeni\\w*|swojego siusiaka|siusiak\\w*|swoje intymne|intymne miejsc\\w*|swoje miejsca intymne|penis\\w*)\\b`,
      `\\bprzychodzi\\w* ${gap(2)}(?:w nocy|noca) ${gap(3)}(?:do (?:mojego )?lozka|do mnie do lozka)\\b`,
      `\\b(?:lozk\\w*|koldr\\w*|w nocy) ${gap(5)}(?:dotyk\\w*|maca\\w*|obmacuj\\w*)\\b`,
      `\\b(?:rzeczy ktore bola|robi mi rzeczy|robi ze mna rzeczy|robi mi krzywde w nocy)\\b`,
      `\\b(?:nasza tajemnica|nasz sekret|to tajemnica|zeby nikomu nie mowic|nikomu nie mow\\w*) ${gap(6)}(?:dotyk\\w*|caluj\\w*|maca\\w*|rozbier\\w*)\\b`,
      `\\b(?:dotyk\\w*|caluj\\w*|caluje|maca\\w*|rozbier\\w*) ${gap(8)}(?:nasza tajemnica|nasz sekret|to tajemnica|zeby nikomu nie mowic|nikomu nie mow\\w*)\\b`,
      `\\b(?:chce|prosi|kaze) ${gap(3)}(?:wysla\\w*|wysyla\\w*|przesla\\w*) ${gap(2)}(?:nagie|nagich|intymne|golych|rozebran\\w*)`,
    ].map(pl),
    unless: [`\\b${LESSON}\\b`, '\\b(?:lekarz\\w*|pielegniar\\w*|badal\\w*|bada)\\b', `${NEG_BEFORE}(?:dotyk\\w*|maca\\w*)`].map(pl),
  },
  {
    id: 'pl.neglect.any',
    category: 'NEGLECT',
    severity: 'MEDIUM',
    patterns: [
      `\\bnie ma ${gap(1)}(?:nic )?(?:do jedzenia|co jesc|jedzenia)\\b`,
      `\\bnie mamy ${gap(1)}co jesc\\b`,
      `\\bglodn\\w* ${gap(3)}(?:spac|spac|caly czas|codziennie|bo nikt|bo nie ma|ide spac|chodze)\\b`,
      `\\b(?:ide|chodze|klade sie|kladziemy sie) ${gap(1)}spac ${gap(1)}glodn\\w*\\b`,
      `\\b(?:chodze|ide|jestem|jestesmy) glodn\\w* ${gap(2)}(?:bo|spac|caly|codziennie)\\b`,
      `\\bnie daj\\w* ${gap(1)}(?:mi|nam) jesc\\b`,
      `\\bnikt ${gap(2)}(?:nie gotuj\\w*|sie mna nie zajmuje|sie nami nie zajmuje|sie mna nie opiekuje|nie pierze|mi nie pierze|nie pilnuje|nie zabiera)\\b`,
      `\\bnikt (?:sie )?(?:mna|nami) ${gap(1)}nie (?:zajmuje|opiekuje|interesuje)\\b`,
      `\\bzostawia\\w* ${gap(1)}(?:mnie|nas) ${gap(1)}(?:sam\\w*|na (?:kilka|cale|wiele) (?:dni|noce))\\b`,
      `\\b(?:zostajemy|zostaje|zostaje) sam\\w* ${gap(3)}(?:z malym|z mala|z bratem|z siostra|na noc|na kilka dni|na cale dni)\\b`,
      `\\bnie (?:mamy|ma) ${gap(1)}(?:pradu|ogrzewania|cieplej wody|wody|gazu) ${gap(6)}(?:od tygodni|od dawna|nikt|spimy|zimno|nie myje)\\b`,
      `\\bnie mam (?:czystych ubran|butow na zime|lozka|kurtki na zime|czystych ciuchow)\\b`,
      `\\b(?:ciagle |caly czas )?(?:pij\\w*|pijan\\w*) ${gap(3)}(?:nikt|nic nie robi|nie mamy co|nie ma co|my nie)\\b`,
      `\\bjem tylko w szkole\\b`,
      `\\bw lodowce ${gap(1)}nic (?:nie ma)?\\b`,
      `\\bwyrzuci\\w* ${gap(1)}(?:mnie|nas) z domu\\b`,
      `\\b(?:musze|muszem|musimy) ${gap(1)}sam\\w* ${gap(1)}opiekowa\\w*\\b`,
      `\\bmama (?:znika|wychodzi na imprezy|nie wraca)\\b`,
      `\\bnie (?:myje sie|kapie sie) bo nie ma\\b`,
      `\\bspie na podlodze bo nie mam\\b`,
    ].map(pl),
    unless: ['\\b(?:post\\w*|piatek|wielki piatek|ramadan\\w*|zaspal\\w*|najedzon\\w*|przed obiadem|po treningu|slodycz\\w*|dobrego|dieta)\\b', `\\b${LESSON}\\b`].map(pl),
  },
  {
    id: 'pl.self.harm',
    category: 'SELF_HARM_SUICIDE',
    severity: 'HIGH',
    patterns: [
      `\\b(?:chce|chcialbym|chcialabym|chcialem|chcialam|mysle zeby|mysle o tym zeby|planuje) ${gap(1)}(?:umrzec|sie zabic|zabic sie|skonczyc ze soba|nie zyc|nie istniec|zniknac na zawsze|odebrac sobie zycie)\\b`,
      `\\b(?:zabije sie|zabic sie|samoboj\\w*|odebrac sobie zycie|skonczyc ze soba|skoncze ze soba)\\b`,
      `\\b(?:tne sie|tnie sie|tne sobie|pocie\\w* sie|pocial\\w* sie|okalecz\\w*|samookalecz\\w*|rani\\w* sie|przypalam sie|przypalilam sie|przypalilem sie)\\b`,
      `\\btne ${gap(2)}(?:rece|reke|nadgarst\\w*|uda|nogi|ramiona)\\b`,
      `\\bnie chce ${gap(2)}(?:zyc|zyc juz)\\b`,
      `\\bmam dosc (?:zycia|zycia juz|wszystkiego i chce)\\b`,
      `\\bnie widze sensu ${gap(1)}(?:zyc|zycia|zeby zyc|w zyciu)\\b`,
      `\\blepiej ${gap(3)}(?:beze mnie|gdybym (?:umarl\\w*|nie zyl\\w*|nie istnial\\w*|zniknal\\w*))\\b`,
      `\\b(?:nalykam sie|nalykal\\w* sie|polknel\\w*|polknal\\w*|wzial\\w*|wzielam|wzialem) ${gap(2)}(?:duzo |wszystkie |cale opakowanie )?tablet\\w*\\b(?! na)`,
      `\\bskocz\\w* ${gap(1)}z (?:mostu|dachu|okna|bloku|wiezowca)\\b`,
      `\\bzrobie sobie krzywde\\b`,
      `\\bzeby (?:sie )?nie obudzi\\w*\\b`,
      `\\b(?:nie chce sie obudzic|chcialbym zasnac na zawsze|zasnac i sie nie obudzic)\\b`,
    ].map(pl),
    unless: ['\\b(?:ze smiechu|z nudow|na smierc|haha|xd|lol|test\\w*|z tej lekcji|matematyk\\w*|warzywa|papier\\w*|nozyczk\\w*|skaleczy\\w*|na bol glowy|na alergie|na przeziebienie)\\b', `\\b${LESSON}\\b`, '\\bnie chce sie zabic\\b'].map(pl),
  },
  {
    id: 'pl.exploitation.any',
    category: 'EXPLOITATION',
    severity: 'HIGH',
    patterns: [
      `\\b(?:kaz\\w*|musze|zmusza\\w*|placa mi za|place|dostaje kase za|daja mi (?:pieniadze|kase) za) ${gap(2)}(?:wozi\\w*|przewozi\\w*|przewoz\\w*|sprzeda\\w*|dilowa\\w*|przechowywa\\w*|trzyma\\w*|nosi\\w*|noszenie|przenoszenie|przenosi\\w*|przewiez\\w*)\\b`,
      `\\b(?:paczk\\w*|narkotyk\\w*|towar\\w*|torb\\w*|plecak\\w*|dragi|dragow|zielsk\\w*|trawk\\w*) ${gap(4)}(?:dla nich|dla niego|do innego miasta|i nie zaglada\\w*|bo inaczej)\\b`,
      `\\b(?:jestem|jestes|bede) ${gap(1)}(?:im|mu|jej) ${gap(1)}(?:winien|winna|dluzn\\w*)\\b`,
      `\\bmowia ze jestem (?:im|mu) (?:winien|winna|dluzn\\w*)\\b`,
      `\\boddac dlug\\b`,
      `\\b(?:sprzedawa\\w*|dilowa\\w*|handel narkotyk\\w*|handlu narkotyk\\w*)\\b ${gap(3)}(?:dla nich|dla niego|pod szkola|bo inaczej|musze)\\b`,
      `\\bmusze ${gap(1)}(?:sprzedawa\\w*|dilowa\\w*)\\b`,
      `\\b(?:wysylaja|wyslali|wysyla|wyslal) (?:mnie|nas) ${gap(1)}do innego miasta\\b`,
      `\\bdosta\\w* telefon ${gap(3)}(?:zlecen\\w*|odbiera\\w*|gdzie (?:mam )?is\\w*)\\b`,
      `\\b(?:z neta|z internetu|z gry|w grze|online|na snapie|na instagramie|na tiktoku|na discordzie) ${gap(10)}(?:spotka\\w*|zdjeci\\w*|adres\\w*|nikomu nie mow\\w*|pieniadz\\w*|kase)\\b`,
      `\\b(?:kupuje|daje|przysyla|przysylal) mi ${gap(2)}(?:prezenty|pieniadze|kase|fajki|alkohol|wodke) ${gap(6)}(?:spotka\\w*|sam na sam|nikomu|tajemnic\\w*|zdjeci\\w*|przysl\\w*|za przysl\\w*)\\b`,
      `\\bmam (?:1[0-5]|[5-9]) ${gap(1)}lat ${gap(2)}(?:moj |mojego )?(?:chlopak|facet|partner)\\w* ma (?:1[89]|[2-4]\\d)\\b`,
      `\\b(?:chlopak|facet|partner)\\w* ma (?:1[89]|[2-4]\\d) lat\\w* ${gap(2)}(?:a )?ja (?:mam )?(?:1[0-5]|[5-9])\\b`,
      `\\b(?:fajki|kase|pieniadze|alkohol|wodke|trawk\\w*|prezenty) ${gap(3)}za (?:przysl\\w*|zdjeci\\w*|spotkani\\w*)\\b`,
      `\\b(?:imprez\\w*|mieszkani\\w*) ${gap(3)}(?:ze starszymi|z doroslymi|ze swoimi kolegami)\\b`,
      `\\b(?:dojrzal\\w*|dorosl\\w*) jak na (?:swoj|moj) wiek\\b`,
      `\\bgroz\\w* ${gap(2)}ze ${gap(1)}(?:mnie )?(?:pobija|zabija|pobije|zabije) ${gap(2)}(?:jak|jesli|jezeli) ${gap(1)}(?:przestane|nie|powiem)\\b`,
      `\\b(?:wciagn\\w*|wciagaja) ${gap(2)}(?:w handel|w narkotyki|do gangu|w gang)\\b`,
      `\\bplaca ${gap(1)}(?:mi )?za ${gap(1)}nosze\\w* noz\\w*\\b`,
    ].map(pl),
    unless: [`\\b${LESSON}\\b`, '\\b(?:do babci|do dziadka|z tata|z mama|ciastka|kiermasz\\w*|olx|za zgoda|stare (?:gry|zabawki)|pchlim)\\b'].map(pl),
  },
  {
    id: 'pl.fear.home',
    category: 'FEAR_OF_HOME',
    severity: 'HIGH',
    patterns: [
      `\\bboj\\w* sie ${gap(1)}(?:wraca\\w*|wroci\\w*|isc|pojsc|byc) ${gap(1)}(?:do )?dom\\w*\\b`,
      `\\bnie (?:chce|chcemy|moge|mozemy) ${gap(1)}(?:wraca\\w*|wroci\\w*|isc|pojsc|spac) ${gap(1)}(?:do )?dom\\w*\\b`,
      `\\bw domu ${gap(2)}(?:nie czuje sie bezpieczn\\w*|jest strasznie|jest niebezpiecznie|nie jest bezpiecznie|nie jestem bezpieczn\\w*)\\b`,
      `\\bboj\\w* sie ${gap(1)}(?:ojczyma|taty|ojca|mamy|matki|macochy|wujka|jego|go|dziadka|brata|chlopaka mamy)\\b`,
      `\\bboj\\w* sie ${gap(1)}co ${gap(2)}(?:sie stanie|zrobi|bedzie) ${gap(3)}(?:wroc\\w*|w domu|do domu)\\b`,
      `\\bwole ${gap(1)}spac ${gap(1)}na (?:ulicy|dworze|dworcu)\\b`,
      `\\buciek\\w* z domu\\b`,
      `\\bnie kazcie mi wraca\\w*\\b`,
      `\\bnie czuje sie bezpiecznie ${gap(1)}(?:w domu|u siebie|z nim|z nimi)\\b`,
      `\\bmoge (?:tu|tutaj) (?:spac|przenocowac|zostac na noc) ${gap(1)}(?:dzisiaj|dzis|dzisiaj w nocy)?\\b`,
      `\\bzeby nie wraca\\w*\\b`,
      `\\bmoge (?:tu|tutaj) (?:spac|zosta\\w*) ${gap(3)}(?:nie moge|nie chce) ${gap(1)}(?:wroc\\w*|wraca\\w*|isc)\\b`,
    ].map(pl),
    unless: ['\\b(?:fajnie|fajna|fajny|zabawa|zabawy|dluzej|wakacj\\w*|z wakacji|ciemnosci|psa|pajak\\w*|burzy|klasowk\\w*|sprawdzian\\w*|egzamin\\w*|nie boje)\\b', `\\b${LESSON}\\b`].map(pl),
  },
];

/** The built-in Polish rule set. */
export const DEFAULT_RULES_PL: RuleSet = Object.freeze({
  version: 'pl-2026.12.1',
  language: 'pl',
  rules: Object.freeze(rules) as ScreeningRule[],
}) as RuleSet;
