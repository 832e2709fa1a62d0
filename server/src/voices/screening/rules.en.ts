import type { RuleSet, ScreeningRule } from './screening.js';

/*
 * Built-in English screening rules.
 *
 * Rules are data: every pattern below is a plain regular-expression source string, built here from
 * word classes (perpetrators × harm verbs × victims) so the rules generalise beyond any test sentence.
 * The text they run on is already normalised by screening.ts: lower case, single spaces, no
 * apostrophes or punctuation, and text-speak expanded ("dont" → "do not", "im" → "i am", "cos" →
 * "because", "mam" → "mum", "stepdad" → "step dad").
 *
 * Conventions:
 *  - gap(n) allows up to n filler words: "my mums boyfriend gets drunk and hits me".
 *  - NOT_NEGATED right after a verb refuses "never hits", "not hit", "never been hit", "does not ever
 *    hurt"; the NEGATED_SUBJECT `unless` refuses "nobody at home hurts me", "no one has ever hit me".
 *    (Excluding negations inside every gap instead made the patterns several times slower to compile.)
 *  - A negation elsewhere does not cancel a disclosure: "i am not allowed to tell but he touches me".
 *  - `unless` patterns are checked only within 40 characters of the match (see screening.ts), so a
 *    play fight mentioned in one sentence cannot hide a disclosure in the next.
 */

const W = '[^ ]+'; // one word of normalised text
const NEG = '(?:not|never|no|nobody|noone|nothing|none|nor|without)';
const gap = (n: number): string => `(?:[^ ]+ ){0,${n}}`;
const words = (n: number): string => `(?:${W} ){0,${n}}`;
/**
 * "SUBJECT, up to n words, VERB", written verb first with the subject in a lookbehind: the engine then
 * tries the (rarer) verb at each position and looks back for the subject only where a verb is, several
 * times faster than trying a long list of people before every word. Same matches, but each starts at
 * the verb, so `unless` windows are centred there.
 */
// The verb must not have the child as its own subject: "my carer helped me when i hurt my wrist".
const subjectThen = (subject: string, n: number, verb: string): string =>
  `\\b(?<!\\b(?:i|we|you) )(?:${verb})(?<=\\b(?:${withoutDeterminers(subject)}) ${gap(n)}(?:${verb}))`;
// Inside a lookbehind an optional "my "/"the " before the person changes nothing, and dropping it
// makes the pattern much cheaper to compile.
const withoutDeterminers = (subject: string): string => subject.split(DET).join('');
const alt = (...xs: string[]): string => `(?:${xs.join('|')})`;
// Placed right AFTER a verb: the lookbehind then runs only where the verb matched, which is about five
// times faster than testing it before every word. It covers the verb's last word only.
const NOT_NEGATED =
  `(?<!\\b${NEG} (?:(?:ever|really|even|actually|once|usually|always|been|be|being|get|gets|got|getting|do|does|did|would|will|have|has|had|is|am|are|was|were) ){0,2}[^ ]+)`;
// "nobody at home hurts me", "no one in my family has ever hit me": a negative subject whose own verb
// acts on the child. Used as an `unless`, so "nobody knows he hits me" still matches.
const NEGATED_SUBJECT =
  '\\b(?:nobody|no one|noone|no body|none of (?:them|us|my \\w+|the \\w+)|neither of (?:them|my \\w+)|no adults?|no grown ups?|not one of (?:them|my \\w+))(?: (?:in|at|from|of|on|round|around) (?:my |the |our |this |me )?[^ ]+)?(?: (?:has|have|had|does|do|did|will|would|is|are|was|were|ever|really|actually|even|once|evr|ever once))* (?!(?:believes?|believed|listens?|listened|helps?|helped|cares?|cared|knows?|knew|understands?|understood|likes?|liked|loves?|loved|notices?|noticed|sees?|saw|asks?|asked|tells?|told|talks?|wants?|wanted|says?|said|protects?|protected|stops?|stopped|trusts?|visits?|calls?|rings?|texts?|checks on)\\b)[^ ]+ (?:me|us)\\b';
// End of a clause: the end of the text, or a word that usually starts the next bit of the sentence.
const CLAUSE_END = `(?:$| (?:and|but|when|while|whenever|if|because|so|at|in|every|all|a lot|again|too|sometimes|then|after|before|until|till|or|lol|i|he|she|they|it|my|mum|dad)\\b)`;

// ---- word classes -----------------------------------------------------------------------------------

const DET = '(?:(?:my|me|our|his|her|their|the|a|an|this|that|some|mums|dads|nans|my mums|my dads|me mums|me dads) )?';
const PARENT = alt(
  // "my dads always hitting me": "dads" is "dad is" once the apostrophe has gone
  'mums?', 'mother', 'dads?', 'father', 'parents?', 'carers?', 'guardians?', 'foster (?:carers?|mum|dad|parents?)',
  'step (?:dads?|mums?|parents?)', 'birth (?:mum|dad|parents?)', 'nan', 'nana', 'gran', 'granny', 'grandma',
  'nanny', 'grandad', 'granddad', 'grandpa', 'grandparents?', 'uncle', 'aunt', 'auntie', 'aunty',
);
/** Whoever the child lives with, named by the arrangement rather than a title. */
const LIVES_WITH = alt(
  '(?:people|family|adults|grown ups|man|woman|lady|couple) (?:i|we|mum|my mum|dad|my dad) (?:live|lives|living|stay|stays|staying|am staying|am living|are staying|are living) with',
  '(?:people|family|adults|grown ups) (?:who|that) (?:look after|looks after|foster|care for) (?:me|us)',
);
const PARTNER = `(?:(?:new|old|ex|latest) )?${alt('boyfriend', 'girlfriend', 'partner', 'husband', 'wife', 'fella', 'man', 'bloke', 'ex')}`;
const OTHER_ADULT = alt(
  'he', 'she', 'they', 'someone', 'somebody', 'some one', 'man', 'woman', 'adult', 'grown up', 'grown ups',
  'adults', 'lady', 'teacher', 'coach', 'neighbour', 'lodger', 'family', 'parents friend', 'mums friend',
  'dads friend', 'men', 'people at home', 'guy', 'bloke', 'geezer', 'old man', 'creep', 'weirdo', 'stranger', 'everyone at home', 'one of (?:the|my) (?:carers|staff)', 'staff',
  'foster carer', 'key worker', 'youth worker', 'priest', 'imam', 'tutor', 'babysitter', 'childminder',
  // named by the arrangement rather than a title: "the people i stay with", "the man mum lives with"
  LIVES_WITH,
);
/** Adults outside the family, whose private contact with a child is itself a warning sign. */
const NON_FAMILY_ADULT = alt(
  'teacher', 'coach', 'tutor', 'youth worker', 'priest', 'imam', 'neighbour', 'lodger', 'man', 'men', 'guy', 'bloke',
  'stranger', 'babysitter', 'childminder', 'scout leader', 'instructor', 'driver', 'taxi driver', 'older (?:lad|man|guy|boy)',
  '(?:mums|dads|parents) (?:friend|mate)',
);
/** Adults, and the pronouns a child uses for them. */
const PERP_ADULT = `${DET}(?:${PARENT}|${PARTNER}|${OTHER_ADULT})`;
const SIBLING_PEER = `${DET}(?:(?:big|bigger|older|little|younger|twin|half|step|same) )?${alt(
  'brothers?', 'sisters?', 'siblings?', 'cousins?', 'kids', 'boys', 'girls', 'lads', 'bullies', 'boy', 'girl',
  'gang', 'people', 'students', 'children', 'year \\d+s?', 'friends?', 'mates?', 'they', 'lads? (?:at|from|in|on) (?:the |my )?\\w+',
)}`;
/** Whoever might do something to the child: adults, siblings, peers. */
const PERP_ANY = `(?:${PERP_ADULT}|${SIBLING_PEER})`;

const HARM_VERB = alt(
  'hit(?:s|ting|tin)?', 'beat(?:s|ing|in|en)?', 'kick(?:s|ed|ing|in)?', 'punch(?:es|ed|ing|in)?',
  'slap(?:s|ped|ping|pin)?', 'smack(?:s|ed|ing|in)?', 'hurt(?:s|ing|in)?', 'burn(?:s|ed|t|ing)?',
  'strangl(?:e|es|ed|ing)', 'chok(?:e|es|ed|ing)', 'throttl(?:e|es|ed|ing)', 'batter(?:s|ed|ing)?',
  'w?hack(?:s|ed|ing)?', 'bash(?:es|ed|ing)?', 'attack(?:s|ed|ing)?', 'stab(?:s|bed|bing)?', 'kne(?:e|es|ed|eing)',
  'shov(?:e|es|ed|ing)', 'thump(?:s|ed|ing)?', 'belt(?:s|ed|ing)?', 'whip(?:s|ped|ping)?',
  'headbutt(?:s|ed|ing)?', 'scald(?:s|ed|ing)?', 'lash(?:es|ed|ing)? out at', 'abus(?:e|es|ed|ing)',
  'throw(?:s|ing)? (?:things|stuff|plates|cups|bottles|shoes|a chair|chairs|stones|rocks|bricks) at', 'threw (?:my|his|her|their) (?!ball|frisbee)\\w+ at',
  '(?:beat|beats|beating|kick|kicks|kicked|knock|knocks|knocked|smack|smacks|smacked|punch|punches|punched) (?:the )?(?:crap|shit|hell|living daylights|life|stuffing) out of', 'threw (?:stones|rocks|bricks|eggs) at', '(?:chuck|lob|hurl|fling)(?:s|ed|ing)? (?:a |the |his |her |their )?\\w+ at', 'flung (?:a |the |his |her |their )?\\w+ at',
  'thr(?:ow|ows|owing) (?:a|the|his|her|their) (?!ball|frisbee)\\w+ at', 'threw (?:things|stuff|plates|cups|bottles|shoes|a chair|chairs|a \\w+) at',
  'spit(?:s|ting)? (?:on|at)', 'spat (?:on|at)', 'bit(?:e|es)', 'pinch(?:es|ed|ing)?', 'scratch(?:es|ed|ing)?',
  // slang and phrasal verbs: "lays into me", "leathers me", "goes for me", "takes it out on me"
  'la(?:y|ys|ying|id) into', 'start(?:s|ed|ing)? on', 'turn(?:s|ed|ing)? on', 'leather(?:s|ed|ing)?',
  // pushing only with a violent landing: "pushed me down the stairs", not "pushes me to do my homework"
  'push(?:es|ed|ing)? (?:me|us) (?:over|down|into|against|onto|off|out of|to the (?:floor|ground)|(?:down )?the stairs)\\b(?: \\w+)?',
  'thr(?:ew|ows?|owing) (?:me|us) (?:against|down|across|into|on|onto|out of)', 'shak(?:es|ed|ing|e) (?:me|us) (?:hard|really|so|until|till)', 'wallop(?:s|ed|ing)?', 'deck(?:s|ed)', 'clout(?:s|ed|ing)?',
  'lamp(?:s|ed)', 'twat(?:s|ted)?', 'boot(?:s|ed)', 'knock(?:s|ed|ing)? (?:me|us) (?:about|around|out|over|down|flying)',
  'go(?:es)? for', 'went for', 'going for', 'takes? it out on', 'took it out on', 'taking it out on',
  'rais(?:es|ed|ing) (?:his|her|their|a) (?:hand|fist) (?:to|at)', 'put(?:s|ting)? (?:his|her|their) hands? on',
  'drown(?:s|ed|ing)?', 'suffocat(?:es|ed|ing)', 'smother(?:s|ed|ing)?', 'stamp(?:s|ed|ing)? on',
  'restrain(?:s|ed|ing)?', 'pin(?:s|ned|ning)? down',
);
/**
 * Violent acts whose phrase already names the child ("pushed me down", "shook me so hard",
 * "pinned me down"): they take no second object, so they have their own pattern.
 */
const HARM_WITH_VICTIM = alt(
  'push(?:es|ed|ing)? (?:me|us) (?:over|down|into|against|onto|off|out of|across)',
  'shov(?:e|es|ed|ing) (?:me|us) (?:over|down|into|against|onto|off|across)',
  'thr(?:ew|ows?|owing) (?:me|us) (?:against|down|across|into|on|onto|out of|at|off)',
  'chuck(?:s|ed|ing)? (?:me|us) (?:across|against|down|into|on|onto|off)',
  'sh(?:akes?|ook|aking|aked) (?:me|us) (?:hard|really|so|until|till|violently|about|around|by)',
  'knock(?:s|ed|ing)? (?:me|us) (?:about|around|out|over|down|flying|to the (?:floor|ground))',
  'pin(?:s|ned|ning)? (?:me|us) (?:down|against|to)', 'h(?:olds?|olding|eld) (?:me|us) (?:down|under|against)',
  'drag(?:s|ged|ging)? (?:me|us) (?:by|across|down the|along the|round the)',
  'put(?:s|ting)? (?:me|us) in (?:a )?(?:head ?locks?|choke ?holds?|strangle ?holds?|sleeper holds?|arm ?locks?)', 'put(?:s|ting)? (?:his|her|their) hands? (?:round|around|on) (?:my|me) (?:neck|throat)',
  'stamp(?:s|ed|ing)? on (?:me|us|my (?:head|face|hands?|fingers|back|legs?|stomach|ribs))', 'bit (?:me|us)',
  '(?:sit|sits|sat|sitting|kneel|kneels|knelt|lie|lies|lay) on (?:me|us) (?:[^ ]+ ){0,8}?(?:till|until|so|hurts|hurt|can not breathe|could not breathe|bruises|marks)', '(?:clip|cuff)(?:s|ped|ping|ed|ing)? (?:me|us) (?:round|around|across|on|over) the (?:ear|ears|head|face|back of the head)', 'kneel(?:s|ed|ing)? on (?:me|us|my)', 'knelt on (?:me|us|my)',
);
/** Placed right BEFORE a verb: refuses "never pushes me over", "did not ever shake me". */
const NOT_NEGATED_BEFORE =
  `(?<!\\b${NEG} (?:(?:ever|really|even|actually|once|usually|always|get|gets|got|do|does|did|would|will|have|has|had|is|am|are|was|were) ){0,2})`;
const PASSIVE_HARM = alt(
  'hit', 'beaten(?: up)?', 'beat up', 'kicked', 'punched', 'slapped', 'smacked', 'battered', 'strangled',
  'choked', 'thumped', 'w?hacked', 'belted', 'bashed', 'attacked', 'stabbed', 'headbutted',
  'knocked (?:about|around|out)', 'abused', 'bullied', 'leathered', 'beat', 'jumped', 'bitten', 'stamped on', 'scalded',
  'pinned down', 'held down', 'shoved', 'kneed', 'clipped round the (?:ear|head)', 'pinched', 'scratched', 'shaken', 'grabbed', 'squeezed', 'choked', 'throttled', 'burnt', 'burned', 'thrown (?:about|around|across|against|down)', 'dragged', 'throttled',
);
// Also "burnt my hand", "twisted my arm": a part of the child's body.
const BODY_PART = '(?:my|me|our) (?:hands?|arms?|face|legs?|back|head|neck|fingers?|skin|wrists?|ears?|nose|eyes?|lip|mouth|throat|ribs|stomach|tummy|chest|feet|foot|ankle|knee)';
const KIN = alt('mum', 'mother', 'sisters?', 'brothers?', 'siblings?', 'dad', 'nan', 'gran', 'sis', 'baby', 'twin', 'dog', 'pets?');
const VICTIM = `(?:(?:her|him|them|mum|my \\w+|me \\w+) and )?${alt(
  'me', 'us', `(?:my|me|our) (?:(?:little|baby|big|older|younger|twin|step|half) )?${KIN}`, 'mum', 'the (?:kids|baby|little ones)',
  `(?:the (?:back|backs|side|top) of )?${BODY_PART}`,
)}`;
const ADV = '(?:(?:really|always|still|even|just|properly|sometimes|again|too|all|badly|so|then|and) ){0,2}';

// Who a passive sentence is about: "i get hit", "my little brother gets hit".
const PASSIVE_SUBJECT = '(?:i|we|me and my \\w+|my (?:\\w+ )?(?:brothers?|sisters?|siblings?|mum|baby|twin|cousins?))';

// Weapons and objects a disclosure names ("with a belt").
const IMPLEMENT = alt(
  'belt', 'stick', 'shoe', 'slipper', 'wooden spoon', 'spoon', 'cable', 'wire', 'lead', 'hanger', 'coat hanger',
  'hairbrush', 'brush', 'fist', 'bat', 'knife', 'lighter', 'cigarette', 'fag', 'iron', 'kettle', 'hot \\w+',
  'remote', 'phone charger', 'charger', 'hose', 'whip', 'rope', 'chain', 'ruler', 'cane', 'plug',
);

// Things that make a "hit"/"kick"/"beat" innocent when they sit right next to it.
const PLAY_OR_SPORT = alt(
  'play ?fight\\w*', 'pillow ?fight\\w*', 'punch ?buggy', 'slug ?bug', '(?:birthday )?bumps', 'for a laugh', 'as a joke', 'tickl\\w*', 'water fight\\w*', 'snowball\\w*', 'nerf', 'by accident',
  'accidentally', 'on accident', 'tackl\\w*', 'foul\\w*', 'referee', 'penalty', 'free kick', 'red card',
  '(?:in|at|during|playing) (?:football|footy|rugby|pe|netball|basketball|hockey|cricket|dodgeball|boxing|karate|judo|taekwondo|kickboxing|martial arts|sparring|training|practice|the match|a match|tag|tig|bulldog|british bulldog|wrestling)',
  'with (?:a |the |his |her |my )?(?:pillow|cushion|ball|football|balloon|nerf \\w+|water \\w+|snowball|foam \\w+|sock|teddy|toy \\w+|paper \\w+)',
  // "smacked in the face by a football", "got hit by a car"
  '(?:by|off) (?:a|the|his|her|my|their) (?:ball|football|rugby ball|cricket ball|tennis ball|netball|hockey (?:ball|stick)|bat|racket|car|bus|bike|van|lorry|door|swing|wave|branch|frisbee|shuttlecock|snowball|goal ?post)\\b',
  // scorelines: "they beat us 3 nil", "we got battered 5 1"
  '(?:\\d+|one|two|three|four|five|six|seven) (?:nil|nill|\\d+|one|two|three|four|five|points?|goals?)\\b', 'on penalties', 'in the (?:final|semi final|league|cup|tournament)',
);
// "beat me at fifa", "hit me up on snap", "kicked me off the xbox".
const GAMES = '(?:fifa|fortnite|chess|cards|football|a race|the race|running|swimming|tennis|uno|monopoly|games?|the game|mario|minecraft|roblox|pool|snooker|darts|table tennis|ping pong|badminton|scrabble|quiz|a quiz|the quiz|arm wrestling|maths|penalties|xbox|playstation|switch|\\w+ kart|everything|anything|most things|draughts|checkers|connect (?:4|four)|board games|spelling|sports day|sports|races?|athletics|golf|bowling|cricket|rugby|netball|basketball|hockey|boxing|karate|judo|go ?karting|bingo|poker|snap|hide and seek|tag|ludo|jenga|the quiz|pub quiz|fifa \\d+|mario kart|smash bros)';
const IDIOM = alt(
  `beat\\w* (?:me|us|him|her|them|my \\w+|mum|dad) (?:${W} ){0,2}(?:at|in|on) ${GAMES}`,
  // "i got beaten at fifa by my cousin", "we got battered in the quiz"
  `(?:beaten|beat|beating|battered|battering|thrashed|thrashing|smashed|hammered|hammering|destroyed) (?:${W} ){0,4}(?:at|in|on) ${GAMES}`,
  'beat\\w* (?:me|us) (?:up|down|to|back to|home|round|across) (?:the )?(?:hill|road|stairs|street|finish|top|bottom|end|shop|shops|car|house|park|line|pool|other side|gate|door)',
  '(?:slap|slaps|slapped|pat|pats|patted) (?:me|us) on the back', '(?:throw|threw|throws|chuck|chucked|chucks|lob|lobbed|kick|kicked|kicks) (?:a |the |his |her )?(?:ball|frisbee|pillow|cushion|teddy|sock|snowball|water balloon|towel|sweets?|beanbag|bean bag|rugby ball|football) (?:at|to) (?:me|us)',
  'hit (?:me|us) up', 'kick\\w* (?:me|us) (?:off|out)', 'push\\w* (?:me|us) (?:to|too|on the swing|around in|in the (?:wheelchair|buggy|pram))', 'push\\w* (?:me|us) into (?:doing|going|trying|joining|taking|playing|it)',
  `hurt (?:me|us|my) (?:${W} ){0,2}feelings`, '(?:slap|slapped|slaps|gave|give|gives|hit) (?:me|us) (?:a )?(?:high|low) (?:five|5|ten|10)',
  '(?:scratch\\w*|rub\\w*) (?:my|me) back(?! (?:till|until|so hard|and it bled|with (?:a|the|his|her) (?:knife|nails)))',
  'slap\\w* (?:(?:me|us) )?with (?:a |an )?(?:fine|ban|detention|charge|bill|sticker|label|warning)', 'beat\\w* (?:me|us) to (?:it|the)', 'hurt my (?:feelings|pride)',
);

// Someone else's story: a film, a soap, a book, a history lesson.
const STORY = `\\b(?:watched|watching|saw|seen|read|reading|learn\\w*|learnt) (?:about )?(?:a |the |this |that |some )?(?:film|movie|programme|show|documentary|video|book|story|play|episode|cartoon|soap|girl|boy|man|woman|people|kids|children|family)\\b|\\b(?:eastenders|corrie|coronation street|hollyoaks|emmerdale|in the (?:film|book|story|show|play|news|programme)|olden days|in history|the war|victorian\\w*)\\b`;

// Hyperbole: "killing me", "die laughing", "dying for a wee".
const HYPERBOLE = alt(
  '(?:die|died|dying|dead) (?:of |from |with )?(?:laughing|laughter|embarrassment|shame|boredom|cringe|cringing)',
  'laugh\\w* (?:so hard|till|until|to death)', '(?:die|dying) for (?:a|an|some|the)', 'to die for',
  `(?:die|dying|died|dead|kill|killed) (?:${W} ){0,2}(?:in|on|at) (?:the |my )?(?:game|level|fortnite|minecraft|roblox|fifa|cod|call of duty|zombies)`,
);

// "mum will kill me if i get mud on the carpet lol": a joke threat about ordinary trouble.
const JOKE_THREAT = alt(
  '\\b(?:lol|haha|jk|joking|only joking|as a joke|not literally|not really)\\b',
  '\\bif (?:i|we) (?:am|was|were|get|got|come|came|go|went) (?:home |back |in )?late\\b',
  '\\b(?:mud|carpet|grades|report card|detention|tidy my room|the mess|homework|broke (?:his|her) \\w+|ate (?:his|her) \\w+|her phone|his phone|her make ?up)\\b',
);

// A service, lesson or leaflet about a topic, rather than a disclosure of it.
const ABOUT_THE_TOPIC = alt(
  'talk', 'talks', 'session', 'sessions', 'workshop', 'assembly', 'lesson', 'lessons', 'leaflet', 'poster',
  'awareness', 'video', 'presentation', 'course', 'training', 'campaign', 'charity', 'helpline', 'team',
  'service', 'project', 'class', 'week', 'day', 'film', 'documentary', 'play', 'drama', 'book', 'programme',
  'worker', 'learned', 'learnt', 'learning', 'taught', 'teaching', 'talked about', 'talking about',
  'spoke about', 'about', 'prevention', 'support group', 'info', 'information',
);

// ---- rules ----------------------------------------------------------------------------------------

/*
 * HARM_BY_OTHERS. Present physical harm by an adult is HIGH: the child may go home to it tonight.
 * Harm that the child places in the past, and hitting by siblings or other children, is MEDIUM: still a
 * concern for a person to follow up, but usually not the same-day emergency.
 */
const SIBLING_HARM = alt(
  'hit(?:s|ting)?', 'beat(?:s|ing)?(?: up)?', 'kick(?:s|ed|ing)?', 'punch(?:es|ed|ing)?', 'slap(?:s|ped|ping)?',
  'strangl\\w+', 'chok(?:e|es|ed|ing)', 'batter(?:s|ed|ing)?', 'stab(?:s|bed|bing)?', 'attack(?:s|ed|ing)?',
  'hurt(?:s|ing)?', 'burn(?:s|ed|t)?', 'stamp(?:s|ed|ing)? on', 'bit(?:e|es)?', 'pinch(?:es|ed|ing)?', 'thump(?:s|ed|ing)?',
  'w?hack(?:s|ed|ing)?', 'headbutt(?:s|ed|ing)?', 'shov(?:e|es|ed|ing)', 'throttl\\w+',
  'thr(?:ew|ows?|owing) (?:stones|rocks|bricks|bottles|eggs|glass|things|stuff|a (?:stone|rock|brick|bottle)) at', 'jump(?:s|ed)? on', 'batter\\w*', 'smack(?:s|ed|ing)?',
  'bash(?:es|ed|ing)?', 'beat(?:s|ing)? up', 'set on', 'kick(?:s|ed|ing)? (?:my head in|the crap out of)',
);
const harmByOthers: ScreeningRule[] = [
  {
    id: 'en.harm.adult-hits-child',
    category: 'HARM_BY_OTHERS',
    severity: 'HIGH',
    patterns: [
      // "my mums boyfriend gets drunk and hits me", "he is always hitting my little sister"
      `${subjectThen(PERP_ADULT, 8, HARM_VERB)}${NOT_NEGATED} ${ADV}${VICTIM}\\b`,
      // "pushed me down the stairs", "shook me so hard", "pinned me down"
      `${NOT_NEGATED_BEFORE}${subjectThen(PERP_ADULT, 5, HARM_WITH_VICTIM)}`,
      // "held a knife to my throat", "threatened me with a knife"
      `\\b(?:held|holds|holding|hold|pulled|pulls|pulling|put|puts|pointed|points|pointing|waved|waves|waving|pressed|presses) (?:a |the |his |her |their )?(?:knife|knifes|blade|gun|scissors|machete|broken bottle|screwdriver) (?:to|at|against|on|in) (?:me|us|my (?:throat|neck|face|head|chest|back|stomach|mum|sister|brother))\\b`,
      `\\bthreaten(?:s|ed|ing)? (?:me|us|my mum) with (?:a |the |his |her |their )?(?:knife|blade|gun|scissors|machete|broken bottle|hammer|bat)\\b`,
      // "threw hot tea on me", "poured boiling water on my hand"
      `${subjectThen(PERP_ANY, 4, '(?:threw|throws|throw|poured|pours|pour|tipped|tips|chucked|chucks|put|puts|held|holds)')}${NOT_NEGATED} (?:${W} ){0,2}?(?:hot|boiling|scalding|burning) (?:${W} ){0,2}?(?:on|over|at|onto|under|against) (?:me|us|my (?:\\w+ )?(?:hands?|arms?|face|legs?|back|head|feet|foot|skin|body))\\b`,
      // "slammed my head on the table", "banged my head against the wall"
      `${subjectThen(PERP_ANY, 4, '(?:slam|slams|slammed|smash|smashes|smashed|bang|bangs|banged|bash|bashes|bashed|knock|knocks|knocked|hit|hits|shoved|pushed|rammed)')}${NOT_NEGATED} (?:my|me|our) (?:head|face) (?:against|into|on|onto|off|in|through) (?:the|a|my) \\w+`,
      // "grabbed my throat", "made my ear bleed"
      `${subjectThen(PERP_ADULT, 4, '(?:grab|grip|squeez|clutch|clamp|chok|strangl|throttl|twist|yank|pull)\\w*')}${NOT_NEGATED} (?:me by )?(?:my|me) (?:throat|neck|hair|windpipe)\\b`,
      `${subjectThen(PERP_ANY, 6, '(?:made|makes|make|making)')}${NOT_NEGATED} (?:my|me) (?:${W} )?(?:ear|ears|nose|lip|mouth|head|face|arm|leg|hand|eye|back) (?:bleed|bled|bleeding|bruise|swell|swell up|go black|go purple)\\b`,
      // "dad broke my arm"
      `${subjectThen(PERP_ANY, 4, '(?:broke|breaks|broken|breaking|fractured|fractures|cracked|cracks|dislocated|dislocates|split|splits|bust|busted|bruised|bruises|bloodied)')}${NOT_NEGATED} ${BODY_PART}\\b`,
      // "pushed me and i fell down the stairs", "squeezes my arm till it goes purple"
      `${NOT_NEGATED_BEFORE}${subjectThen(PERP_ANY, 5, '(?:push|pushes|pushed|pushing|shove|shoves|shoved|shoving)')} (?:me|us) (?:(?:so|that|really) hard (?:that )?(?:i|we|my)|(?:and|so) (?:i|we) (?:fell|fall|banged|hit|landed|hurt|cracked|broke|cut))\\b`,
      `${subjectThen(PERP_ADULT, 5, '(?:squeez\\w*|twist\\w*|bend\\w*|bent|pinch\\w*|dig\\w*|dug|grip\\w*|yank\\w*|crush\\w*|pull\\w*|grab\\w*|wrench\\w*|hit|hits|kick\\w*|stamp\\w* on)')}${NOT_NEGATED} ${BODY_PART} (?:${W} ){0,4}?(?:till|until|so hard|really hard|hard|behind|back|and (?:now )?it (?:hurts|hurt|bled|bleeds|swelled|swelled up|cracked|clicked|popped)|it (?:went|goes|turned|turns|was) (?:purple|red|blue|black|swollen)|leaving|left a mark|left marks|and (?:i|it) (?:cried|bled|screamed)|and (?:digs?|dug|squeez\\w*|shak\\w*|push\\w*|twist\\w*|pull\\w*|slap\\w*|hit\\w*|scream\\w*|shout\\w*|scratch\\w*))\\b`,
      `\\b(?:digs?|dug|digging|sticks?|stuck) (?:his|her|their) (?:finger ?nails|nails|fingers|thumbs?|knees?) (?:in|into) (?:me|us|my \\w+)\\b|\\b(?:digs?|dug|digging) (?:his|her|their) (?:finger ?nails|nails) in\\b`,
      // "puts my hand on the cooker", "stubbed his cigarette out on my arm"
      `${subjectThen(PERP_ANY, 4, '(?:puts?|putting|held|holds?|holding|pressed|press(?:es)?|forced|forces?|shoved|shoves?|stuck|sticks?|push(?:es|ed|ing)?|dunk\\w*)')} (?:my|me|our) (?:hands?|arms?|fingers?|face|head|feet|foot|legs?) (?:on|onto|in|into|under|against|near|down) (?:the|a|his|her) (?:cooker|hob|oven|iron|kettle|fire|radiator|heater|hot \\w+|boiling \\w+|flame|lighter|candle|toilet|cold water|freezing water|water|bath|sink|pillow)\\b(?! (?:at|in) (?:swimming|the pool|lessons?))`,
      `\\b(?:stubbed|stubs|stub|stubbing|put|puts) (?:out )?(?:his|her|their|a|the) (?:cigarette|fag|joint|spliff|cig|lighter|vape)s? (?:out )?(?:on|onto|into) (?:me|us|${BODY_PART})\\b`,
      // "i got a smack off my mum"
      `\\b(?:i|we) ${gap(2)}(?:get|gets|got|getting|will get|keep getting)${NOT_NEGATED} (?:a |an )?(?:good |proper |right |real |hard |big )?(?:smack|slap|clout|whack|punch|kick|thump|belt|backhand|wallop|hiding|beating|kicking|battering|good hiding) (?:${W} ){0,2}?(?:off|from|by) (?:${PERP_ADULT}|${SIBLING_PEER})\\b`,
      // "loses his temper with me and it hurts"
      `\\b(?:loses|lost|losing|lose) (?:his|her|their|the) (?:temper|head|rag|mind|it) (?:with|at|on) (?:me|us)\\b (?:${W} ){0,5}?(?:hurts?|hurting|hit\\w*|bruis\\w*|grab\\w*|push\\w*|shov\\w*|slap\\w*|punch\\w*|kick\\w*|violent|physical|marks)\\b`,
      // "i end up with bruises", "long sleeves so nobody sees"
      `\\b(?:i|we) (?:${W} ){0,2}?(?:end up|ended up|am left|was left|get left|come out|came out|go to school) with (?:${W} )?(?:bruises|marks|cuts|a black eye|black eyes|burns|a bloody nose|a split lip|a fat lip|welts)\\b`,
      `\\b(?:wear|wears|wearing|wore|have to wear|put on) (?:long sleeves|long sleeved \\w+|a hoodie|hoodies|jumpers?|long trousers|leggings|make ?up|a scarf|polo necks?|a coat) (?:${W} ){0,3}?(?:so|to hide|to cover|because|cos) (?:${W} ){0,3}?(?:no one|nobody|people|teachers|school|anyone|they|you|the bruises|the marks) (?:${W} ){0,2}?(?:see|sees|notice|notices|ask|asks|can not see|do not see|will not see|spot)\\b`,
      // "got leathered by my old man", "been battered off my step dad"
      `(?:^|\\b(?:and|but|then|so|just|i|we|me) )(?:got|been|get|getting|keep getting) ${PASSIVE_HARM}\\b (?:${W} ){0,2}?(?:by|off) (?:${PERP_ADULT}|${SIBLING_PEER})\\b`,
      // "dad kicks off and i get hurt"
      `\\b${PASSIVE_SUBJECT} ${gap(3)}(?:get|gets|got|getting|am|was|were|been|being|end up|ended up|always get)${NOT_NEGATED} (?:really |badly |so |physically |always )?hurt(?:$| and| again| a lot| all the time| loads| when| whenever| if| because| every)`,
      // "i get the belt", "we got the slipper"
      `\\b(?:i|we) ${gap(2)}(?:get|gets|got|getting|will get)${NOT_NEGATED} the (?:belt|slipper|cane|strap|stick|wooden spoon)\\b(?! (?:for|in|at|from the shop))`,
      // "it hurts when he hits", "the hitting has started again"
      `\\b(?:hurts?|hurting|hurted|scared|afraid|frightened|terrified|cry|cries|crying|scream|screams|bruises?) (?:${W} ){0,2}?(?:when|whenever|every time|if) (?:${PERP_ADULT}) (?:${W} )?(?:hits|beats|kicks|punches|slaps|smacks|hurts|batters|thumps|chokes|strangles|gets violent|gets physical|lashes out|loses it|kicks off and hits)\\b`,
      `\\b(?:the|his|her|their|dads|mums|my dads|my mums|step dads) (?:hitting|beatings?|punching|kicking|slapping|smacking|hidings|hits|punches|slaps|kicks) (?:${W} ){0,3}?(?:started|starts|again|every|is getting|are getting|getting worse|got worse|gets worse|is worse|are worse|at home|from (?:my|him|her|them|dad|mum)|never stops|does not stop|will not stop|happens)\\b`,
      // a child's friend: "her dad hits her", "my friend gets beaten by her step dad"
      `\\b${HARM_VERB}(?<=\\b(?:his|her|their) (?:(?:mums|dads) )?(?:${PARENT}|${PARTNER}) ${gap(3)}${HARM_VERB})${NOT_NEGATED} ${ADV}(?:him|her|them)\\b`,
      `\\b(?:my (?:best )?(?:friends?|mates?)|(?:a|one|this|some) (?:boy|girl|kid|lad|friend)s? (?:in|from|at) my (?:class|year|school|form)|she|he) (?:${W} ){0,3}?(?:gets|got|getting|is|was|has been|keeps getting|is being|was being) ${PASSIVE_HARM} (?:${W} ){0,3}?by (?:his|her|their) (?:(?:mums|dads) )?(?:${PARENT}|${PARTNER}|brothers?|sisters?)\\b`,
      // "grabbed me by the throat", "drags me by my hair", "pulls my hair"
      `${subjectThen(PERP_ADULT, 4, '(?:grab|drag|pull|yank|pin|shak|lock)\\w*')}${NOT_NEGATED} (?:me|us) (?:${W} ){0,4}?(?:by|round|around|against|down|to) (?:the|my|our) (?:neck|throat|hair|arms?|collar|face|wrists?|ears?|jumper|hood|wall|floor|ground|bed)`,
      `${subjectThen(PERP_ADULT, 4, '(?:pull|yank|rip)\\w*')}${NOT_NEGATED} (?:out )?my hair`,
      // "he locks me in my room", "locked us in the shed"
      `${subjectThen(PERP_ADULT, 4, 'lock\\w*')}${NOT_NEGATED} (?:me|us) (?:in|inside|into) (?:my|our|the|a) (?:room|bedroom|cupboard|shed|cellar|basement|bathroom|garage|car|house)`,
      // "hits me with a belt", "burnt me with a lighter"
      `\\b${HARM_VERB}${NOT_NEGATED} ${ADV}(?:me|us) with (?:a |an |the |his |her |their |my )?(?:${W} )?${IMPLEMENT}\\b`,
      `\\b(?:gets|got|takes|took) (?:the|his|her|a) (?:belt|stick|slipper|wooden spoon) (?:out|off)\\b(?! (?:the|a|his|her) (?:hook|hanger|rail|door|shelf|floor|chair|wardrobe|peg|line|rack|wall))`,
      // "gives me a good hiding", "i got a beating off my dad"
      `${subjectThen(PERP_ADULT, 3, '(?:gives?|gave|giving)')}${NOT_NEGATED} (?:me|us) (?:a |an )?(?:good |proper |right |real |massive )?(?:hiding|beating|kicking|battering|thumping|belting|leathering|slap|smack|clout|whack|punch|black eye|fat lip|bloody nose)\\b`,
      `${subjectThen(PERP_ANY, 3, '(?:gives?|gave|giving)')}${NOT_NEGATED} (?:me|us) (?:a |an )?(?:dead (?:arms?|legs?)|chinese burns?|wedgies?|nipple cripples?|noogies?)\\b (?:${W} ){0,3}?(?:till|until|so hard|every day|all the time|really hard|and it hurts|and i cry)`,
      `\\b(?:i|we) ${gap(2)}(?:get|gets|got|getting|will get)${NOT_NEGATED} (?:a |an )?(?:good |proper |right |real )?(?:hiding|beating|kicking|battering|thumping|belting|leathering)\\b`,
      // any verb with a weapon: "he whips me with the dog lead"
      `\\b(?!(?:helps?|helped|helping|shows?|showed|teach\\w*|taught|play\\w*|made|make|makes)\\b)[^ ]+ (?:me|us) with (?:his|her|their|a|the|my \\w+s) (?:belt|stick|cane|whip|slipper|wooden spoon|cable|wire|dog lead|lead|coat hanger|hanger|hairbrush|lighter|cigarette|fag|knife|bat|hammer|poker|hot \\w+)\\b`,
      // "he put me through a door", "threw me into the wall", anything "on purpose"
      `\\b(?:put|puts|threw|throws|pushed|pushes|shoved|slammed|slams|smashed|smashes|bashed|bangs|banged) (?:me|us|my head|my face) (?:through|into|in to|against|in hospital|in a and e|to hospital|on the floor)\\b`,
      `\\b${HARM_VERB}${NOT_NEGATED} (?:me|us) (?:${W} )?(?:on purpose|deliberately)\\b`,
      // "he gets violent when he drinks"
      `${subjectThen(PERP_ADULT, 3, '(?:gets|get|got|goes|went|is|was|are|were|can be|becomes|turns)')} (?:really |so |very |quite |a bit |dead |proper |well |mad |super |extremely |always |often )?(?:violent|physical|aggressive|handsy|abusive|physically abusive|rough with (?:me|us))\\b(?! (?:with|to|towards|on) (?:the |his |her |my |our |their )?(?:dog|cat|pets?|toys?|ball|car|bike|phone|xbox|controller|door|things|stuff|tv)\\b)`,
      `\\b(?:physically|violently) (?:abusive|abused|hurt|harmed|attacked|assaulted)\\b`,
      // passive: "i get hit at home", "i got battered by my step dad", "we get smacked if we are loud"
      `\\b${PASSIVE_SUBJECT} ${gap(3)}(?:get|gets|got|getting|am|is|was|were|been|being|keep getting|keeps getting|would get)${NOT_NEGATED} (?:(?:really|always|sometimes|still|properly|so) )?${PASSIVE_HARM}\\b(?: (?:really |so |very |that )?hard)?(?= ${words(3)}(?:by (?:${PERP_ADULT}|${SIBLING_PEER})\\b|as (?:a )?punishment|at home|home|(?:at|after|outside|near|on the way (?:to|from|home from)) school|on (?:my|the) way|last (?:night|week|weekend)|yesterday|today|up|so (?:bad|badly|hard)|till|until|badly|in the house|at (?:my|our|me) (?:house|dads|mums|nans)|when|whenever|if|for|every|all the time|because|again|a lot|loads|with|in (?:the|my) (?:face|head|stomach|tummy|ribs|room|back)|on (?:the|my) (?:head|face|back|legs|arms)|and)|$)`,
      `\\b${PASSIVE_SUBJECT} ${gap(3)}(?:get|gets|got|getting|am|is|was|were|been|being)${NOT_NEGATED} (?:really |badly |so )?(?:hurt|burnt|burned|scalded|abused) (?:by (?:${PERP_ADULT}|${SIBLING_PEER})|at home|in the house|when (?:${PERP_ADULT})|whenever (?:${PERP_ADULT})|if (?:i|we) (?:do not|dont|say|tell|answer|talk|cry|make)|every (?:day|night|time)|a lot|all the time|loads|again|$|at (?:my|our) (?:house|dads|mums)|with (?:a |an |the |his |her |their )?${IMPLEMENT}|as (?:a )?punishment)\\b`,
      // "i get locked in my room for the whole weekend"
      `\\b${PASSIVE_SUBJECT} ${gap(2)}(?:get|gets|got|getting|am|is|was|were|been|being|keep getting)${NOT_NEGATED} locked (?:in|inside|into|out) (?:my|our|the|a|his|her) (?:room|bedroom|cupboard|shed|cellar|basement|bathroom|garage|garden|house|car)\\b(?! (?:by accident|accidentally))`,
      `\\b(?:as (?:a )?punishment|to punish (?:me|us)|for being (?:naughty|bad|cheeky))\\b (?:${W} ){0,6}?(?:${HARM_VERB}|burn\\w*|lock\\w* (?:me|us)|starv\\w*|not (?:allowed|let) (?:me|us)? ?(?:to )?eat)`,
      // marks: "bruises from my dad", "he gave me a black eye", "the bruises my step dad left"
      `\\b(?:bruise[sd]?|black eye|black eyes|marks?|welts?|burns?|cuts?|scars|fat lip|split lip|nose ?bleed|hand ?print) (?:${W} ){0,5}?(?:from|off|by|where|cos|because|it was|that was|which was|was from|thanks to) (?:${W} )?${PERP_ADULT}\\b(?! (?:said|says|asked|noticed|saw|sees|told))`,
      `${subjectThen(PERP_ADULT, 3, '(?:gave|gives|give|given|giving|left|leaves|leaving|made|makes|put|puts)')} (?:me|us) (?:a |some |loads of |lots of )?(?:bruise[sd]?|black eye|black eyes|marks|welts?|burns|cuts|fat lip|split lip|nose ?bleed)`,
      `\\b(?:bruise[sd]?|black eye|marks|burns) (?:that |which )?${PERP_ADULT} ${gap(1)}(?:gave|did|left|made|caused|done)`,
      `\\b(?:hide|hiding|hid|cover|covering|covered) (?:up )?(?:my |the |me )?(?:bruise[sd]?|black eye|marks|burns)`,
      `\\b(?:bruise[sd]?|marks?|welts?|cuts?|scars?|burns?|lines) (?:${W} ){0,3}?(?:from|off|where) (?:the|a|his|her|their|dads|mums) (?:${W} )?${IMPLEMENT}\\b`,
      `\\b(?:ties?|tied|tying|chains?|chained|tapes?|taped|straps?|strapped) (?:me|us) (?:up|to (?:a|the|my|our) (?:chair|bed|radiator|table|pole|pipe|door|banister))\\b`,
      `\\b(?:smash\\w*|broke|break\\w*|crack\\w*|bash\\w*) (?:a |the |his |her )?(?:plate|bottle|glass|mug|chair|cup|vase|pan|frying pan|bowl|remote|phone|controller) (?:over|on|across|against) (?:my|me) (?:head|back|face|arm|legs?)\\b`,
      `\\btell (?:${W} ){0,3}?about (?:the|his|her|their) (?:hitting|beatings?|punching|kicking|slapping|hidings|bruises|marks)\\b`,
      `\\b(?:held|holds|holding|hold|pulled|pulls|put|puts|pointed|points|pressed|presses) (?:a |the |his |her |their )?(?:knife|blade|gun|scissors|machete|broken bottle|screwdriver) (?:to|at|against|on|in) (?:my )?(?:mums|mothers|nans|her|sisters|brothers) (?:throat|neck|face|head|chest|back|stomach)\\b`,
      // told to lie about injuries
      `\\b(?:told|tells|makes|made|make|wants) (?:me|us) (?:to )?(?:say|tell|lie)(?: ${words(3)})? (?:i|we) (?:fell|walked into|tripped|hurt myself|banged)`,
      // questions in the second person: "is it normal for your dad to hit you with a slipper"
      `\\bis it (?:normal|ok|okay|alright|allowed|right|legal|wrong|abuse|bad)\\b (?:${W} ){0,8}?(?:push|shov|grab|drag|chok|strangl)\\w* (?:my |your |their |his )?(?:mum|mother|wife|girlfriend|partner)\\b`,
      `\\bis it (?:normal|ok|okay|alright|allowed|right|legal|wrong|abuse|bad)\\b (?:${W} ){0,8}?(?:${HARM_VERB}|lock\\w* (?:you|them) in|starv\\w*|not feed\\w*) (?:you|your|kids|children|them|a child|a kid|(?:their|his|her|your) (?:kids?|child|children|son|daughter|boy|girl)|(?:my |your |their |his )?(?:mum|mother|wife|girlfriend|partner)(?: around| about)?)\\b`,
      `\\bis it (?:normal|ok|okay|alright|allowed|right|legal|wrong|abuse|bad)\\b (?:${W} ){0,6}?(?:to )?(?:get|be|being|getting) (?:${PASSIVE_HARM}|hurt|locked in)\\b`,
      // "and then he hits", at the end of what the child wrote
      `\\b(?:then|and then|and|so|after that|until|till) (?:he|she|they|${PERP_ADULT}) (?:just |always |starts |starts to |will |ends up |end up )?(?:hits?|beats?|punch(?:es)?|kicks?|slaps?|smacks?|batters?|hurts?|lashes out|gets violent|thumps?|chokes?|strangles?)$`,
      // "my step dad abuses me", "i am being abused"
      `\\b(?:i|we) ${gap(2)}(?:am|are|was|were|been|being|get|got) (?:physically |emotionally |mentally )?abused${NOT_NEGATED}\\b`,
    ],
    unless: [
      NEGATED_SUBJECT,
      PLAY_OR_SPORT,
      IDIOM,
      // the past is handled by en.harm.historic
      `\\bused to ${gap(2)}(?:${HARM_VERB}|get ${PASSIVE_HARM})\\b`,
      `\\bwhen (?:i|we) (?:was|were) (?:little|younger|small|a baby|a kid|\\d+|in year|at primary)`,
      // a game, film or book where someone else is the victim
      `\\b(?:in|on) (?:the|a) (?:game|film|movie|book|play|story|video|show|cartoon)\\b`,
      `\\b(?:bruise[sd]?|marks|cuts|scars|burns) (?:${W} ){0,4}(?:from|off) (?:the |a |my )?(?:football|rugby|fall|falling|trampoline|bike|scooter|skateboard|match|game|pe|cat|dog|oven)`,
      // "mum pushes me to do my homework", "pushed me in my wheelchair"
      `\\bpush\\w* (?:me|us) (?:to|too|in)\\b|\\bpush\\w* (?:me|us) into (?!(?:the |a )?(?:walls?|doors?|tables?|furniture|fridge|radiator|floor|ground|stairs|corner|cupboard|window|mirror|fence|road|river|fire|cooker)\\b)`,
      // a film or programme watched, where someone else is hurt
      STORY,
      `\\b(?:brush(?:es|ing)|plait\\w*|comb(?:s|ing)|ponytail|bobble|hairdresser|nits)\\b`,
      // "he hurts my ears with his singing"
      `\\bhurts? (?:my|me) (?:ears|eyes|brain|head) (?:${W} ){0,2}?(?:singing|music|noise|shouting at the tv|jokes|snoring|voice|whistle|whistling|loud)\\b`,
      // medical: "the nurse hurt me with the jab"
      `\\b(?:jab|injection|vaccine|needle|blood test|dentist|doctor|nurse|brace|braces|plaster)\\b`,
      // "my dog bit me", "a wasp"
      `\\b(?:bit(?:e|es)|scratch\\w*) (?:me|us) (?:${W} ){0,4}(?:dog|cat|hamster|rabbit|wasp|bee|insect|pet|puppy|kitten)`,
      `\\b(?:dog|cat|hamster|rabbit|wasp|bee|puppy|kitten|pet) (?:${W} ){0,3}(?:bit(?:e|es)?|scratch\\w*)`,
      `\\b(?:by|off) (?:my|the|our|a|his|her) (?:dog|dogs|cat|puppy|kitten|horse|pony|goat)\\b`,
    ],
  },
  {
    // Threats of serious harm. Their own rule so that the joke-threat guard ("mum will kill me if i am
    // late lol") cannot excuse an actual disclosure that happens to contain "lol".
    id: 'en.harm.threats',
    category: 'HARM_BY_OTHERS',
    severity: 'HIGH',
    patterns: [
      `\\b(?:threaten(?:s|ed|ing)?|threats) (?:to |that (?:he|she|they) (?:will|would) )?(?:kill|hurt|stab|beat|hit|batter|burn|smash|strangle) ${VICTIM}\\b`,
      `\\b(?:says|said|tells me|told me|keeps saying|shouts|shouted|screams|screamed|swears) (?:that )?(?:he|she|they|${PERP_ADULT}) (?:will|would|is going to|are going to|going to|is gonna|wants to|will actually|would actually) (?:kill|hurt|stab|beat|batter|hit|burn|strangle|smash) ${VICTIM}\\b`,
      `\\b(?:kill|hurt|stab|beat|hit|batter) (?:me|us|my mum) if (?:i|we) (?:ever )?(?:tell|told|say|said|speak|spoke|talk|talked)`,
    ],
    unless: [NEGATED_SUBJECT, JOKE_THREAT, `\\b(?:in|on) (?:the|a) (?:game|film|movie|book|play|story|video|show|cartoon)\\b`],
  },
  {
    id: 'en.harm.historic',
    category: 'HARM_BY_OTHERS',
    severity: 'MEDIUM',
    patterns: [
      `\\b${HARM_VERB}(?<=\\b${withoutDeterminers(PERP_ADULT)} ${gap(5)}used to ${gap(2)}${HARM_VERB}) ${ADV}${VICTIM}\\b`,
      `\\b(?:i|we) ${gap(2)}used to (?:get|be) ${PASSIVE_HARM}\\b`,
      // written from its rare end ("when i was little") back, so it is only tried where that occurs
      `\\bwhen (?:i|we) (?:was|were) (?:little|younger|small|a baby|a kid|\\d+|in year|at primary)(?<=\\b(?:i|we) ${gap(2)}(?:was|were|got|been|used to be|used to get) (?:${W} )?(?:${PASSIVE_HARM}|hurt|burnt|burned) (?:${W} ){0,6}when (?:i|we) (?:was|were) (?:little|younger|small|a baby|a kid|\\d+|in year|at primary))`,
      `${subjectThen(PERP_ADULT, 3, HARM_VERB)} ${ADV}${VICTIM} ${words(4)}when (?:i|we) (?:was|were) (?:little|younger|small|a baby|a kid|\\d+|in year|at primary)`,
    ],
    unless: [NEGATED_SUBJECT, PLAY_OR_SPORT, IDIOM],
  },
  {
    id: 'en.harm.sibling-or-peer',
    category: 'HARM_BY_OTHERS',
    severity: 'MEDIUM',
    patterns: [
      `${subjectThen(SIBLING_PEER, 6, SIBLING_HARM)}${NOT_NEGATED} ${ADV}(?:me|us|my (?:little |younger |baby )?(?:sisters?|brothers?)|${BODY_PART})\\b`,
      `${NOT_NEGATED_BEFORE}${subjectThen(SIBLING_PEER, 6, HARM_WITH_VICTIM)}`,
      // "i get jumped on the way home", "a gang jumped me"
      `\\b(?:jump(?:s|ed|ing)?|set on|sets on|mug(?:s|ged|ging)?|robbed|rob|robs)${NOT_NEGATED} (?:me|us)\\b(?! (?:in (?:the )?(?:pool|game|water))|(?: with| out| in| to| and (?:we|i) (?:laughed|played)))`,
    ],
    unless: [
      NEGATED_SUBJECT,
      PLAY_OR_SPORT,
      IDIOM,
      HYPERBOLE,
      STORY,
      // children's play: "in a game", "messing about", "for fun"
      `\\b(?:game|games|playing|play|messing|mucking|joking|joke|jokes|for fun|(?:to )?make (?:me|us) laugh|(?:we|i|both|all) (?:were |was )?laugh\\w*|from laughing|tickl\\w*|wrestl\\w*|fifa|fortnite|minecraft|roblox|xbox|playstation|laser tag|paintball|it was fine|we made up|said sorry)\\b`,
      `\\b(?:pool|trampoline|bouncy castle|sofa|pile ?on|lego|toys?|sandcastle|puddles?|leaves|the bed|river|canal|lake|pond|sea)\\b`,
      // a baby or toddler: "my little sister bit me but she is only 2"
      `\\b(?:only (?:[1-4]|one|two|three|four)\\b|baby|toddler|teething|(?:she|he) is (?:[1-4]|one|two|three|four)\\b)`,
    ],
  },
  {
    // Harm the child says was hidden: a cover story ("they said it was football but it was dad"), or
    // hitting timed for when nobody is watching. A sport or game named here is part of the cover, so
    // these patterns have no play guard.
    id: 'en.harm.hidden',
    category: 'HARM_BY_OTHERS',
    severity: 'HIGH',
    patterns: [
      `\\b(?:bruise[sd]?|marks|burns|welts) (?:that )?(?:he|she|they|${PERP_ADULT}) (?:leaves|left|makes|made|gives|gave|did)\\b`,
      `\\b(?:bruise[sd]?|marks?|cuts?|burns?|black eyes?|injur\\w+|scars?) (?:${W} ){0,8}?(?:but|really|actually|when) (?:they|it|that|those|these|he|she) (?:were|was|are|is|did|does|done) (?:really |actually |all )?(?:from|off|by|because of|cos of|it|them)? ?(?:${PERP_ADULT})\\b`,
      `${subjectThen(PERP_ADULT, 5, HARM_VERB)}${NOT_NEGATED} ${ADV}(?:${VICTIM}|the (?:younger|little|other|small|smaller|new) (?:kids|ones|children|boys|girls)|(?:the )?kids|children|them) (?:${W} ){0,3}?(?:when|while|whenever|once|after) (?:the parents|parents|no one|nobody|mum|dad|the teachers?|other adults|the staff|everyone) (?:have |has |is |are |was |were )?(?:gone|left|not (?:there|looking|watching|around|home|in)|out|away|looking away|at work|leave|leaves|go|goes)\\b`,
    ],
    unless: [NEGATED_SUBJECT, STORY],
  },
  {
    // Strangling, stabbing and burning by a brother, sister or other child: not excused as play.
    id: 'en.harm.sibling-or-peer-severe',
    category: 'HARM_BY_OTHERS',
    severity: 'HIGH',
    patterns: [
      `${subjectThen(SIBLING_PEER, 6, '(?:strangl\\w+|chok(?:e|es|ed|ing)|throttl\\w+|stab(?:s|bed|bing)?|burn(?:s|ed|t|ing)?|suffocat\\w+|smother\\w*|drown\\w*)')}${NOT_NEGATED} (?:me|us|my (?:little |younger |baby )?(?:sisters?|brothers?)|${BODY_PART})\\b`,
    ],
    unless: [NEGATED_SUBJECT, HYPERBOLE, `\\b(?:jiu ?jitsu|bjj|judo|wrestling|mma|martial arts|training|fortnite|minecraft|roblox|fifa|game|pillow|by accident|accidentally|sparkler|on a sweet|on (?:his|her) food|laughing)\\b`],
  },
  {
    id: 'en.harm.domestic-abuse',
    category: 'DOMESTIC_ABUSE',
    severity: 'MEDIUM',
    patterns: [
      `\\b(?:domestic (?:violence|abuse)|(?:violence|violent|fighting and hitting) (?:at home|in (?:my|our|the) (?:house|home|flat)))\\b`,
      `\\bpolice ${words(3)}(?:come|came|called|round|there) ${words(5)}(?:fight|fighting|hit|hitting|hurt|hurting|beat|beating|smashing|violent|drunk)\\b`,
      `\\b(?:mum|my mum|mums|my mums|she|shes|my nan|my sister|my step mum|nan) (?:(?:is|was) (?:${W} ){1,2}and )?(?:always |often |keeps |still )?(?:had|has|got|has got|with|came down with|woke up with|having|getting) (?:a |two |some |loads of )?(?:black eyes?|bruises?|a bruised face|split lip|cut lip|broken (?:arm|nose|wrist|ribs?)|marks on her (?:neck|face|arms?))\\b(?! (?:${W} ){0,1}(?:from|off|because of) (?:her|a|the|my) (?!(?:boyfriend|husband|partner|fella|ex|dad|step|man|bloke|brother|son|uncle|grandad)\\b)\\w+)`,
      `\\b(?:mum|my mum|mums|my mums|she|shes|my nan|my sister|my step mum|nan) (?:had|has|got|has got|gets) (?:a |some |loads of )?(?:bruises?|marks|cuts|burns|black eyes?|scratches) (?:${W} ){0,4}?(?:from|off|because of|where|cos of) (?:him|he|her (?:${PARTNER})|my (?:dad|step dad)|dad|step dad|${PARTNER})\\b`,
      `\\b(?:heard|hear|hearing|listen to|listened to) (?:${W} )?(?:mum|my mum|her|my nan|my sister) (?:${W} )?(?:screaming|scream|crying for help|being hit|getting hit|getting beaten|being beaten|begging him)\\b`,
      // "i have to protect my mum from her boyfriend"
      `\\b(?:leaves?|left|leaving|puts?) (?:marks|bruises|cuts|burns) (?:on|all over) (?:her|mum|my mum|mums)\\b|\\b(?:made|makes|make) (?:my )?(?:mum|her|nan) (?:${W} )?(?:bleed|bled|black and blue)\\b`,
      `\\b(?:mums|her|my mums|nans) (?:face|eye|eyes|lip|nose|arm|arms|neck|head) (?:was|is|were|are) (?:all |really |so )?(?:swollen|bruised|black|bleeding|cut|purple)\\b (?:${W} ){0,4}?(?:after|because|from|when) (?:dad|he|him|my (?:dad|step dad)|her (?:boyfriend|partner|husband|ex)|step dad)\\b`,
      `\\b(?:parents|mum and dad|dad and mum|they) (?:${W} )?(?:fight|fights|fighting|fought) (?:physically|for real|with fists|with knives|and hit each other|and punch)\\b`,
      `\\b(?:mum|she|my mum|nan) (?:hides|hid|hiding|locks herself) (?:${W} ){0,3}?(?:from (?:him|dad|my dad|her \\w+)|when (?:he|dad|my dad|her \\w+|hes|he is) (?:is |gets |comes )?(?:drunk|angry|home|back|in a mood|kicks off))\\b`,
      `\\b(?:broke|breaks|fractured|cracked|dislocated|split|bust)(?<=\\b(?:he|dad|my dad|step dad|my step dad|her (?:boyfriend|partner|husband|ex|fella)|mums (?:boyfriend|partner|fella|husband|ex)) (?:${W} ){0,3}(?:broke|breaks|fractured|cracked|dislocated|split|bust)) (?:my )?(?:mums|her|nans|my mums) (?:arm|nose|ribs?|jaw|wrist|fingers?|leg|cheekbone|lip|tooth|teeth|eye socket)\\b`,
      `\\b(?:mum|my mum|she|nan|my nan) (?:was|is) (?:lying |curled up )?on the floor (?:${W} ){0,4}?(?:crying|bleeding|screaming|hurt|not moving|shaking)\\b`,
      `\\b(?:what|the things|the stuff) (?:he|dad|my dad|my step dad|step dad|her (?:boyfriend|partner|husband|fella|ex)|mums (?:boyfriend|partner|fella)) (?:does|did|says and does|keeps doing) to (?:her|mum|my mum)\\b`,
      `\\b(?:he|dad|my dad|step dad|my step dad|her (?:boyfriend|partner|husband|ex|fella)|mums (?:boyfriend|partner|fella)) (?:will|is going to|gonna|might|could|would) (?:kill|murder) (?:her|mum|my mum)\\b(?! (?:${W} ){0,8}(?:lol|haha|jokes?|joking|with (?:his|her) (?:jokes|singing|snoring|driving|cooking|music)))(?! if (?:she|mum) (?:eats|touches|takes|uses|breaks|loses|moves|forgets|burns|sells))`,
      `\\bcontrol\\w* (?:all |everything )?(?:(?:her|mums|my mums|nans) (?:money|phone|life|friends|bank|everything|food)|everything (?:she|mum|my mum) does)\\b`,
      `\\bif (?:he|dad|my dad|my step dad|step dad|her (?:ex|boyfriend|husband|partner)) (?:ever )?(?:finds|found|catches|sees|gets|comes|tracks) (?:us|her|mum|out|back|near)\\b (?:${W} ){0,4}?(?:kill|hurt|hit|get|batter|murder|stab)\\w*\\b`,
      `\\b(?:squeez|grab|chok|strangl|throttl|press|pinn?)\\w* (?:my )?(?:mums|her|my mums|nans|mothers) (?:neck|throat)\\b|\\bput (?:his|her|their) hands? (?:round|around|on) (?:my )?(?:mums|her|my mums|nans) (?:neck|throat)\\b`,
      `\\b(?:put|puts|putting|sent|landed) (?:my )?(?:mum|mother|nan|her|step mum) in (?:hospital|a and e|intensive care)\\b`,
      `\\b(?:hear|heard|hearing|listen to|listened to) (?:${W} ){0,3}?(?:banging|smashing|thuds?|thumps?|screaming|shouting|crashing|slaps?) (?:and|then) (?:my )?(?:mum|her|my nan|nan) (?:crying|screaming|scream|begging|sobbing|shouting stop)\\b`,
      `\\b(?:make sure|making sure|check|checking|so|to stop) (?:that )?(?:he|dad|my dad|my step dad|step dad|her \\w+|mums \\w+|my mums \\w+) (?:does not|do not|can not|will not|is not|cannot|doesnt) (?:hurt|hit|touch|attack|strangle|kill)\\w* (?:my )?(?:mum|her|nan)\\b`,
      `\\b(?:she|mum|nan|my mum) (?:${W} ){0,2}?(?:has|had|gets|got|having|getting) (?:bruises|black eyes?|marks|cuts|a black eye|a split lip) (?:${W} ){0,3}?(?:and|but) (?:she )?(?:says|said|tells (?:everyone|people|us)|pretends|makes out) (?:that )?(?:she|it was) (?:fell|walked into|tripped|banged|slipped|an accident|nothing)\\b`,
      `\\b(?:pinned|pins|pin|pinning|held|holds|holding) (?:my )?(?:mum|mother|nan|her) (?:down|against|to the (?:wall|floor|bed)|by (?:the|her) (?:throat|neck|hair))\\b`,
      `\\b(?:went|go|gone|had to go|have to go|moved|living|live|staying|stay|stayed|ran) (?:to|in|at|into) (?:a |the )?(?:womens |women s )?(?:refuge|safe house)\\b(?! for (?:animals|dogs|cats|birds|wildlife|donkeys|horses))`,
      `\\b(?:restraining|non molestation|protection) order\\b (?:${W} ){0,6}?(?:but|and|still|against|keeps|comes|came)\\b`,
      `\\bblood\\b (?:${W} ){0,6}?(?:after|when|because|from) (?:mum and dad|dad and mum|my parents|they|(?:mum|dad) and (?:her|his|my) \\w+(?: \\w+)?) (?:fought|had a fight|were fighting|argued|had a row|had a fight)\\b`,
      `\\b(?:protect|protecting|protected|defend|defending|defended|stand between|get between|got between|stop (?:him|her|them) (?:from )?hurting) (?:my |me |our )?(?:(?:mum|mother|nan|step mum)\\b(?: from (?:him|her|them|my (?:dad|step dad|grandad|uncle)|her \\w+|dad|step dad|${PARTNER}))?|(?:sister|brother|little \\w+|baby \\w+) from (?:him|her|them|my (?:dad|step dad|grandad|uncle|mums \\w+)|her \\w+|dad|step dad|${PARTNER})\\b)`,
      // control: locked in or out, phone and money taken, not let out
      `${subjectThen(PERP_ADULT, 3, '(?:locks?|locked|locking|shuts?|shutting)')} (?:my |me |our )?(?:mum|mother|nan|step mum|her) (?:in|out|inside|outside)\\b`,
      `${subjectThen(PERP_ADULT, 3, '(?:takes?|took|taking|smashes|smashed|hides?|hid|keeps?|kept|broke|breaks|breaking|snapped)')} (?:my |me |our )?(?:mums|mothers|nans|her) (?:phone|money|bank card|card|keys|passport|purse)\\b (?:${W} ){0,4}?(?:so|and|when|because|cos|away|off (?:her|him))\\b`,
      `${subjectThen(PERP_ADULT, 6, '(?:will not|does not|never|do not|would not) (?:let|allow)')} (?:my |me |our )?(?:mum|mother|nan|her) (?:go out|go anywhere|leave|see (?:her|anyone|friends|her friends|her family|nan)|have (?:any )?(?:a phone|phone|money|friends)|talk to (?:anyone|her friends))\\b`,
      `${subjectThen(PERP_ADULT, 3, '(?:smashes|smashed|punches|punched|breaks|broke)')} (?:things|stuff|the house|walls|doors|holes)`,
      // "mum gets hurt by her boyfriend"
      `\\b(?:mum|my mum|mother|my nan|nan|my sister|my step mum|my big sister) (?:${W} ){0,2}?(?:gets|got|is|was|has been|keeps getting|is being|was being) (?:hurt|hit|beaten|battered|punched|kicked|slapped|strangled|choked|attacked|abused|pushed about|knocked about|hit about) (?:by|off) (?:(?:her|my|his|the) (?:${W} )?)?(?:${PARTNER}|dad|step dad|husband|father|brother|son|grandad|granddad|grandpa)\\b`,
      // "my parents fight a lot and its violent"
      `\\b(?:hitting|punching|kicking|violence|beatings?|slapping)\\b (?:(?:at home|in (?:my|our|the) (?:house|home|flat)) )?(?:between|from) (?:my )?(?:mum|dad|parents|them|step dad)\\b`,
      `\\b(?:parents|mum and dad|dad and mum|mum and (?:her|his|my) (?:${W} )?(?:${PARTNER}|step dad|dad)|they) (?:${W} ){0,5}?(?:fight|fights|fighting|argue|argues|arguing|row|rows|rowing|scream at each other)\\b (?:${W} ){0,5}?(?:violent|physical|hit|hitting|hits|punch\\w*|kick\\w*|throw\\w*|smash\\w*|blood|police|knife|knives)\\b`,
    ],
    // A lesson or programme about the topic, named as such: a bare "week" or "worker" nearby excuses
    // nothing ("dad hit mum last week", "my social worker knows").
    unless: [`\\b(?:domestic (?:violence|abuse)|violence|abuse|refuges?|healthy relationships) (?:${ABOUT_THE_TOPIC})\\b|\\b(?:${ABOUT_THE_TOPIC}) (?:about|on|of|regarding) (?:${W} ){0,2}?(?:domestic|violence|abuse|relationships|refuges?)\\b|\\b(?:eastenders|corrie|coronation street|hollyoaks|emmerdale|documentary|soap|in the (?:film|book|story|show|play|news|programme))\\b|\\b(?:watched|watching|saw|seen|read|reading) (?:a |the |this |that )?(?:film|movie|programme|show|documentary|video|book|story|play|episode|cartoon)\\b`, `\\b(?:rollercoaster|ride|ghost train|funfair|fair|theme park|scary film|horror film|laughing|laughed|the tv|a spider)\\b`],
  },
];

/*
 * SEXUAL_HARM. Always HIGH: any hint of sexual contact, coercion or images involving a child needs a
 * same-day response, and children rarely say it twice.
 */
const TOUCH_VERB = alt('touch(?:es|ed|ing)?', 'grop(?:e|es|ed|ing)', 'fondl(?:e|es|ed|ing)', 'rub(?:s|bed|bing)?', 'strok(?:e|es|ed|ing)', 'lick(?:s|ed|ing)?', 'feel(?:s|ing)?', 'felt', 'kiss(?:es|ed|ing)?', 'play(?:s|ed|ing)? with', 'put(?:s|ting)? (?:his|her|their) hands? (?:on|in|down|up)');
const BODY = alt(
  'private\\w*', 'bum', 'bottom', 'botty', 'chest', 'boobs?', 'breasts?', 'nipples?', 'willy', 'penis', 'dick',
  'cock', 'vagina', 'fanny', 'front bottom', 'down there', 'down below', 'crotch', 'groin', 'between my legs',
  'under my (?:clothes|top|skirt|shirt|pyjamas|pjs|pants|knickers|boxers|dress|covers|duvet|quilt)',
  'inside my \\w+', 'in my (?:pants|knickers|boxers|pyjamas|pjs|trousers)', 'thighs?', 'body', 'bits',
  'private parts', 'parts', 'places', 'genitals', 'legs', 'leg', '(?:where|were) (?:i|you) (?:do not|did not|should not|are not|was not)',
  'where (?:he|she|they) (?:should not|is not|are not)', 'where my (?:pants|knickers|swimsuit|underwear)',
);
const CHILD_BODY_OBJ = `(?:me |us )?(?:${W} ){0,2}?(?:my |me |our )?${BODY}\\b`;
const sexualHarm: ScreeningRule[] = [
  {
    // What another child has told: "my friend was raped by a man she met online".
    id: 'en.sexual.someone-else',
    category: 'SEXUAL_HARM',
    severity: 'HIGH',
    patterns: [
      `\\b(?:she|he|they|my (?:\\w+ )?(?:friends?|mates?|sisters?|brothers?|cousins?)) ${gap(2)}(?:was|were|is|are|been|being|got|gets|getting) (?:raped|sexually (?:abused|assaulted|touched|exploited)|molested|groped|touched up)${NOT_NEGATED}\\b`,
    ],
    unless: [STORY, `\\b(?:rape|sexual abuse|consent|assault) (?:${ABOUT_THE_TOPIC})\\b|\\b(?:${ABOUT_THE_TOPIC}) (?:about|on|of|regarding) (?:${W} ){0,2}?(?:rape|sexual|consent|abuse|assault)\\b`],
  },
  {
    id: 'en.sexual.touching',
    category: 'SEXUAL_HARM',
    severity: 'HIGH',
    patterns: [
      // "my uncle touches my private parts", "he touches me down there", "touched me in places"
      `${subjectThen(PERP_ANY, 4, TOUCH_VERB)}${NOT_NEGATED} ${CHILD_BODY_OBJ}`,
      // "he touches me" at the end of a clause, or with "when", "at night", "and i do not like it"
      `${subjectThen(PERP_ADULT, 4, '(?:touch(?:es|ed|ing)?|grop(?:e|es|ed|ing)|fondl(?:e|es|ed|ing)|feel(?:s)? (?:me )?up|felt (?:me )?up|molest\\w*|interferes? with|interfered with)')}${NOT_NEGATED} (?:me|us)(?: (?:wrong|weird|funny|inappropriately|in a (?:bad|weird|funny|horrible|wrong|sexual|rude|private|strange|different) way|at night|in (?:the night|bed|my bed|my room|his room|her room|the bath|the shower|the dark|the car)|under (?:the|my) (?:covers|duvet|quilt|blanket|sheets|clothes|table))|${CLAUSE_END})`,
      // "puts his hand up my skirt", "down my pants"
      `\\b(?:puts?|putting|stuck|sticks?|slides?|slid|reaches?|reached|reaching|slips?|slipped)${NOT_NEGATED} (?:his|her|their) (?:hands?|fingers?) (?:up|down|in|inside|under|into) (?:my|me|our) (?:skirt|top|shirt|pants|knickers|trousers|shorts|dress|bra|underwear|pyjamas|pjs|jumper|clothes|leggings|joggers|boxers|nightie|school skirt)\\b`,
      // touching named far from the person: "my step brother who is 18 comes in when i am in the shower and touches me"
      `${subjectThen(PERP_ANY, 14, 'touch(?:es|ed|ing)?|grop(?:e|es|ed|ing)|fondl(?:e|es|ed|ing)|molest\\w*')}${NOT_NEGATED} (?:me|us)(?: (?:wrong|weird|funny|inappropriately|in a (?:bad|weird|funny|horrible|wrong|sexual|rude|private|strange|different) way|at night|in (?:the night|bed|my bed|my room|his room|her room|the bath|the shower|the dark|the car)|under (?:the|my) (?:covers|duvet|quilt|blanket|sheets|clothes|table))|${CLAUSE_END})`,
      // words that are disclosures on their own
      `\\b(?:grop(?:e|es|ed|ing)|fondl(?:e|es|ed|ing)|molest\\w*|feels? me up|felt me up|touched up|forc(?:ed|es|ing) (?:himself|herself|themselves) on(?:to)? (?:me|us)|touching me up|inappropriate(?:ly)? touch\\w*|touch\\w* (?:me |us )?inappropriately|bad touch\\w*)${NOT_NEGATED}\\b`,
      // being made to do sexual things
      `\\b(?:makes?|made|making|forces?|forced|forcing|gets|got|tells|told|asks|asked|wants|wanted|tries|tried|pressur\\w+|keeps asking) (?:me|us) (?:to )?(?:${W} )?(?:touch (?:him|her|them|his|hers|it|their)|suck|lick|kiss (?:him|her|them|his|her|their)|(?:take|taking|took) (?:off )?(?:my|me|our) (?:clothes|top|pants|knickers|boxers|trousers|dress|underwear)|get (?:naked|undressed|changed in front)|undress|strip|pull (?:down )?(?:my|me) (?:pants|knickers|trousers|shorts|boxers|skirt|top|underwear)|sleep with|have sex|do sex|do sexual|do (?:it|things|stuff) with (?:him|her|them)|watch (?:porn|rude|sex|dirty|adult|naughty)|send (?:nudes|naked|rude|sexy|dirty)|show (?:him|her|them) my(?! (?:drawings?|pictures? i (?:drew|made|painted)|homework|work|room|report|grades|game|new \\w+|phone|trick|dance|project|medal|certificate|art)\\b)|sit on (?:his|her|their) (?:lap|knee) and|give (?:him|her|them) (?:a )?(?:blow ?job|hand ?job|head|oral))`,
      // "if i do sexual things he will give me money"
      `\\b(?:do|doing|did|done|does) (?:sexual|sex|rude|naughty|dirty) (?:things|stuff|acts|favours|bits) (?:with|to|for) (?:him|her|them|me|us)\\b`,
      `\\bif (?:i|we) (?:do|send|show|let|give) (?:${W} ){0,3}?(?:sexual|sex|rude|naughty|dirty|private|nude|naked) (?:things|stuff|favours|pictures|pics|photos|videos) (?:${W} ){0,4}?(?:give|pay|buy|get|gives|pays|buys)\\b`,
      // explicit acts named by the child
      `\\b(?:blow ?jobs?|hand ?jobs?|oral sex|suck (?:his|him|it|them) off|sucked (?:his|him|it|them) off|wank(?:ed|ing)? (?:him|them)|finger(?:ed|s|ing)? me|fingered me|made me wank|jerk (?:him|them|it) off|put (?:it|his (?:thing|willy|penis|dick)) in (?:me|my))\\b`,
      // "makes me do things i do not want to" (with a sexual or secret cue)
      `\\b(?:(?:makes?|made|making|forces?|forced|force) (?:me|us)|(?:i|we) (?:was|were|am|are|get|got|been|being) (?:made|forced|pressured)) (?:to )?do (?:${W} )?(?:things|stuff) (?:${W} ){0,6}?(?:i (?:do|did) not (?:want|like)|that hurt|to (?:him|her|them)|with (?:him|her|them)|in (?:bed|the bedroom|my room|his room|her room|the bathroom)|at night|in the night|when (?:no one|nobody|mum|dad|everyone) (?:is|was)|secret|nasty|horrible|bad|weird|sexual|rude|private|grown up|adult)`,
      // "he does things to me", "did stuff to me"
      `${subjectThen(PERP_ADULT, 3, '(?:does|did|doing|done|do)')}${NOT_NEGATED} (?:${W} )?(?:things|stuff|something|sexual \\w+) to (?:me|us)\\b`,
      // sex, rape and abuse
      `\\b(?:rap(?:e|es|ed|ing)|sexually (?:abused|assaulted|touched|harassed|abusing|abuses|abuse)|sexual(?:ly)? abuse\\w*)${NOT_NEGATED} (?:me|us|my)\\b`,
      `\\b(?:i|we) ${gap(2)}(?:was|were|am|been|being|got|get) (?:raped|sexually (?:abused|assaulted|touched|harassed)|molested|groped|touched up|abused sexually)${NOT_NEGATED}\\b`,
      // made to, in the passive: "i was forced to have sex at a party", "got pressured into sending pics"
      `\\b(?:i|we|she|he) ${gap(2)}(?:was|were|am|are|been|being|got|get|gets|is) (?:made|forced|pressured|pressurised|tricked|bribed|told) (?:to|into) (?:have sex|having sex|sleep with|sleeping with|do (?:sexual|sex|rude|naughty) \\w+|doing (?:sexual|sex|rude|naughty) \\w+|touch (?:him|her|them|his|their)|send (?:nudes|naked|rude|pics of)|sending (?:nudes|naked|rude|pics of)|take (?:off )?my clothes|get naked|undress)\\b`,
      // "keeps rubbing against me", "presses himself up against me"
      `${subjectThen(PERP_ANY, 7, '(?:took|takes|taking|pulled|pulls|pulling|ripped|rips|tore|tears)')}${NOT_NEGATED} (?:off )?(?:my|me|our) (?:clothes|pants|knickers|trousers|top|shirt|bra|underwear|pyjamas|pjs|shorts|skirt|boxers|dress)(?: (?:off|down)\\b(?! the))?(?<= (?:off (?:my|me|our) \\w+|\\w+ (?:off|down)))`,
      `\\b(?:videos?|vids?|pics?|pictures?|photos?|clips?) of (?:him|her|them|himself|herself|themselves) (?:${W} ){0,2}?(?:doing (?:stuff|things|it|sexual \\w+) to (?:himself|herself|themselves)|touching (?:himself|herself|themselves)|naked|with no clothes|wanking|in (?:his|her|their) (?:pants|underwear|boxers))\\b`,
      `\\b(?:videos?|vids?|pics?|pictures?|photos?|clips?) of (?:a |an |some |this |that )?(?:man|men|guy|bloke|adult|grown up|old man|boy|lad) (?:${W} ){0,2}?(?:touching (?:himself|herself|themselves)|doing (?:stuff|things|it) to (?:himself|herself)|wanking|naked|with no clothes|having sex)\\b`,
      `\\b(?:pressur\\w+|forced|forces|force|made|tricked|bullied|guilt\\w*|talked|blackmail\\w*) (?:me|us|her|him) into (?:sex|having sex|sleeping with|doing (?:stuff|things|it|sexual \\w+)|sending (?:nudes|pics|pictures|photos)|sexual \\w+)\\b`,
      `${subjectThen(PERP_ANY, 4, '(?:rub(?:s|bed|bing)?|press(?:es|ed|ing)?|grind(?:s|ing)?|ground)')}${NOT_NEGATED} (?:(?:himself|herself|themselves|his \\w+|her \\w+) )?(?:up )?(?:against|on|into) (?:me|us|my (?:bum|body|chest|back|legs?))\\b`,
      // grabbing where no one should: "keeps grabbing my chest", "squeezed my bum"
      `\\btickl\\w* (?:me )?(?:in (?:places|private places|my private \\w+|the wrong places?|places i do not like|down there|between my legs)|under my (?:clothes|pants|top|knickers|pyjamas)|(?:my|on my) (?:privates|private parts|bum|boobs|chest|willy|bits))\\b`,
      `\\b(?:had|has|with|felt|feel) (?:his|her|their) (?:hands?|fingers?) (?:in|inside|down|up|under) (?:my|me) (?:pyjamas|pjs|pants|knickers|trousers|shorts|top|skirt|bra|underwear|nightie|nightdress|boxers|clothes|dress)\\b`,
      `\\b(?:told|tells|asked|asks|wants|wanted|made|makes|got|gets) (?:me|us) to (?:touch|play with|rub|film|show) (?:myself|my self|my (?:privates|private parts|body|boobs|chest|willy|bits))\\b`,
      `\\b(?:comes?|came|gets?|got|climbs?|climbed|creeps?|crept) (?:in|into|in to) (?:my|our) (?:bed|room|bedroom)\\b (?:${W} ){0,5}?(?:and|then) (?:does|did|do) (?:things|stuff|it|something|sex\\w*|rude \\w+|bad \\w+)\\b`,
      `\\b(?:offer\\w*|pay\\w*|paid|give\\w*|gave|bribe\\w*) (?:me|us) (?:money|cash|\\w+ pounds|sweets|vapes|a phone|stuff|things)? ?(?:to|if i|if we) (?:show (?:him|her|them) (?:my )?(?:body|boobs|chest|bum|privates|private parts|willy|bits|everything)|send (?:pics|pictures|photos|nudes)|take (?:off )?my (?:clothes|top|pants)|touch (?:him|her|them|his|her)|kiss (?:him|her|them)|sleep with|sit on (?:his|her) (?:lap|knee))\\b`,
      `\\b(?:had to|have to|made to|told to|asked to) (?:take|taking) (?:off )?(?:my|me) (?:clothes|top|pants|knickers|bra|trousers|underwear|shirt) (?:off )?(?:for|in front of|on) (?:him|her|them|a man|the man|an? \\w+|the \\w+|camera|video|facetime|the call)\\b`,
      `${subjectThen(PERP_ANY, 6, '(?:got|gets|get|getting|climbed|climbs|lay|lies|laid|lying)')} on top of (?:me|us)\\b(?! (?:${W} ){0,4}(?:pile|bundle|wrestl\\w*|game|play\\w*|laugh\\w*|tickl\\w*))`,
      `\\b(?:i|we) ${gap(2)}(?:was|were|got|get|been|being|am) (?:touched|groped|felt up|grabbed|rubbed against)\\b (?:${W} ){0,5}?by ${PERP_ANY}\\b`,
      `${subjectThen(PERP_ANY, 4, '(?:grab(?:s|bed|bing)?|squeez(?:e|es|ed|ing)|slap(?:s|ped|ping)?|pinch(?:es|ed|ing)?|smack(?:s|ed|ing)?)')}${NOT_NEGATED} (?:(?:me|us) on )?(?:(?:me )?between (?:my|me) legs|(?:my|me|our|the) (?:bum|boobs?|breasts?|chest|privates|private parts|crotch|willy|penis|dick|fanny|vagina|nipples?|arse|bottom))\\b`,
      `${subjectThen(NON_FAMILY_ADULT, 6, '(?:message[sd]?|messaging|texts?|texted|texting|snaps?|snapped|dms?|dmed|dming|calls?|called|rings?|rang|says?|said|tells?|told|keeps? saying|keeps? telling)')} (?:me )?(?:${W} ){0,3}?(?:saying|says|said|tells? me|told me|telling me|calling me|calls me|that)? ?(?:i (?:look|am|was|looked)|im|i m) (?:so |really |very |well )?(?:hot|sexy|fit|gorgeous|beautiful|pretty|mature|cute|peng)\\b`,
      // a child's friend or sibling: "her uncle touches her", "my sisters boyfriend touches her"
      `\\b(?:touch(?:es|ed|ing)?|grop(?:e|es|ed|ing)|fondl(?:e|es|ed|ing)|molest\\w*)(?<=\\b(?:his|her|their|my (?:sisters|brothers|friends|mates|cousins)) (?:(?:mums|dads|step) )?(?:${PARENT}|${PARTNER}|${OTHER_ADULT}|brothers?|sisters?|cousins?) ${gap(3)}(?:touch(?:es|ed|ing)?|grop(?:e|es|ed|ing)|fondl(?:e|es|ed|ing)|molest\\w*))${NOT_NEGATED} (?:him|her|them)\\b(?! (?:hair|phone|stuff|things|shoulder|arm|hand))`,
      `\\b(?:sex|sexual \\w+|slept|sleep|sleeping|had sex|have sex|having sex|doing it|does it|shagging|shag) with (?:me|us)\\b`,
      `\\b(?:sex|sexual \\w+|slept|sleeping|had sex|have sex|having sex|doing it|shagging) with (?:${W} ){0,2}?(?:a|an|this|that|my|some|the)? ?(?:man|men|older|adult|grown up|guy who is|boy who is|\\d\\d year old|(?:twenty|thirty|forty|fifty)\\w*|teacher|coach|uncle|step dad|mums boyfriend|lodger|neighbour)`,
      `\\b(?:boyfriend|girlfriend|he|she) (?:is|who is|that is) (?:(?:1[89]|[2-9]\\d)|twenty\\w*|thirty\\w*|forty\\w*|an adult|(?:a lot|much|way|loads) older)\\b ${words(8)}(?:sex|sleep together|slept together|sleep with|slept with|stay over|stays over|stayed over|his flat|his place|his house|sexual)`,
      // comes into bed or watches the child undressed
      `${subjectThen(PERP_ADULT, 3, '(?:gets?|got|getting|climbs?|climbed|comes?|came|creeps?|crept|sneaks?|snuck)')} (?:in|into|in to) (?:my|our) (?:bed|room|bedroom) (?:${W} ){0,5}?(?:touch\\w*|with me|at night|in the night|when (?:i am|i was|everyone is|mum is|mum was)|and (?:gets in|lies|lays|does|puts|takes|makes|feels|kisses|strokes|rubs))`,
      `${subjectThen(PERP_ADULT, 3, '(?:watch(?:es|ed|ing)?|film(?:s|ed|ing)?|record(?:s|ed|ing)?|photo\\w*|takes pictures of|took pictures of|spies on|spied on|stares? at)')} (?:me|us) (?:${W} ){0,4}?(?:in the shower|in the bath|getting changed|get changed|undress\\w*|naked|with no clothes|in my (?:underwear|pants|knickers|bra))`,
      // "shows me porn", "showed me his willy"
      `\\b(?:show(?:s|ed|ing)?|send(?:s|ing)?|sent) (?:me|us) (?:${W} ){0,2}?(?:porn\\w*|rude (?:videos|pictures|pics|photos|films|stuff|things)|sex (?:videos|films|pictures)|naked (?:pictures|pics|photos|videos)|nudes|dick pics?|(?:his|her|their) (?:willy|penis|dick|cock|private\\w*|boobs|body|bits|thing))`,
      `\\b(?:show\\w*|sen[dt]\\w*|made me watch|makes me watch|make me watch|put on) (?:me |us )?(?:${W} ){0,3}?(?:videos?|vids?|films?|pictures|pics|photos|clips|stuff) (?:of|with|where) (?:${W} ){0,3}?(?:having sex|doing it|naked|sex|shagging|porn|with no clothes)`,
      `\\b(?:saying|says|said|tells me|told me|telling me|talks about|talking about|messages? about|texts? about|writes about) what (?:he|she|they) (?:wants?|wanted|would like|is going|would|will|could) (?:to )?do (?:to|with) (?:me|my body|us)\\b`,
      `\\b(?:exposed|exposes|flashed|flashes) (?:himself|herself|themselves|his|her) ?(?:${BODY})?(?: (?:to|at) (?:me|us))?`,
      // kissing that is not family affection
      `${subjectThen(PERP_ADULT, 3, '(?:kiss(?:es|ed|ing)?)')}${NOT_NEGATED} (?:me|us) (?:${W} ){0,3}?(?:with (?:his|her) tongue|like a (?:boyfriend|girlfriend)|in a (?:weird|bad|sexual|grown up|funny|horrible) way|in a way (?:that |which )?(?:makes me|i do not like|is not right|feels wrong)|on the lips and|and touch)`,
      `${subjectThen(PERP_ADULT, 3, '(?:tries|tried|trying|keeps trying)')} to (?:kiss|touch|undress|cuddle) me\\b`,
    ],
    unless: [
      NEGATED_SUBJECT,
      `\\b(?:doctor|doctors|nurse|stethoscope|examin\\w*|medical|hospital|check ?up|physio|massage for)\\b`,
      `\\btouch\\w* (?:me |my )?(?:on the |on my )?(?:legs?|arms?|hands?|shoulders?|back|knees?) (?:by accident|accidentally|when (?:we|he|she) (?:passed|walked|went))\\b`,
      `\\b(?:in touch|touch base|touch screen|touchscreen|touch typing|touch rugby|touching (?:story|film|moment|speech|video|song)|touched (?:my heart|me (?:deeply|so much|a lot)))\\b`,
      `\\b(?:tag|tig|it) (?:game|in the playground)|\\bplay(?:ing)? (?:tag|tig|it|piggy in the middle|bulldog)\\b`,
      // a lesson or service about the topic
      `\\b(?:rape|sexual abuse|consent|grooming|abuse|sex ed\\w*|sex education|rshe|pshe) (?:crisis|culture|awareness|prevention|session|talk|lesson|workshop|charity|leaflet|video|class|assembly|was|is)\\b`,
      `\\b(?:about|on|regarding) (?:rape|sexual abuse|consent|sex|grooming|sexting|nudes|porn)\\b`,
    ],
  },
  {
    // Boundary violations without explicit touching. MEDIUM: often the first thing a child will say,
    // and worth a gentle question, but not proof of abuse on their own.
    id: 'en.sexual.boundaries',
    category: 'SEXUAL_HARM',
    severity: 'MEDIUM',
    patterns: [
      `\\b(?:comes?|came|coming|walks?|walked|walking|barges?|barged|bursts?|burst|sneaks?|snuck|keeps? coming|keeps? walking) (?:in|into|in to) (?:the|my|our) (?:bathroom|room|bedroom|toilet|shower) (?:${W} ){0,3}?(?:when|while|whenever) (?:i am|i was|we are|we were) (?:in the (?:shower|bath|toilet)|getting (?:changed|dressed|undressed)|changing|undressed|naked|asleep|in bed|having a (?:wash|bath|shower|wee))`,
      `${subjectThen(PERP_ADULT, 3, '(?:walks?|walked|comes?|came|barges?|barged|bursts?|keeps? (?:walking|coming))')} in (?:${W} ){0,2}?(?:when|while|whenever) (?:i am|i was|we are) (?:in the (?:shower|bath|toilet)|getting (?:changed|dressed|undressed)|changing|undressed|naked)\\b`,
      // a friend's or sister's: "her step dad gets into her bed at night"
      `\\b(?:gets?|got|getting|climbs?|climbed|comes?|came|creeps?|crept|sneaks?|snuck)(?<=\\b(?:his|her|their) (?:(?:mums|dads|step) )?(?:${PARENT}|${PARTNER}|brothers?|cousins?|uncle) ${gap(2)}(?:gets?|got|getting|climbs?|climbed|comes?|came|creeps?|crept|sneaks?|snuck)) (?:in|into|in to) (?:her|his|their) (?:bed|bedroom|room|shower|bath)\\b`,
      `${subjectThen(PERP_ADULT, 3, '(?:makes?|made|making|forces?|forced|wants?|wanted|tells?|told)')} (?:me|us) (?:to )?(?:(?:sleep|lie|lay|get) (?:in|into|on) (?:his|her|their) (?:bed|lap)|(?:shower|bath|bathe|have a (?:bath|shower)|get in the (?:bath|shower)|get naked) with (?:him|her|them))\\b`,
      // "and touches my bum", the person named earlier in the sentence
      `\\b(?:and|then|and then|also|even) (?:${TOUCH_VERB})${NOT_NEGATED} (?:me |us )?(?:on )?(?:my|me|our) (?:bum|bottom|privates|private parts|boobs?|breasts?|chest|nipples?|willy|penis|dick|fanny|vagina|crotch|groin|down there|between my legs)\\b`,
      `\\b(?:asks?|asked|asking|wants?|wanted|keeps asking) (?:me )?to see (?:my|me) (?:body|bum|boobs|chest|privates|private parts|willy|bits|naked|with no clothes|in my (?:underwear|pants|bra|knickers))\\b`,
      // being told that it is normal
      `\\b(?:it is|its|it s|that is|says it is|said it was|it was|is it) (?:normal|ok|okay|fine|allowed|natural|what (?:dads|families|uncles|people who love each other) do)\\b (?:${W} ){0,5}?(?:touch\\w*|kiss\\w* (?:their|his|her|your) (?:daughters?|sons?|kids) (?:there|like that|on the lips)|sleep in (?:the same|his|her|their) bed|see (?:me|you|us) naked|shower together|bath together)`,
      `${subjectThen(PERP_ADULT, 4, 'tries|trying|tried|wants|wanted|waits|waited')} to (?:get|be|catch) (?:me|us) (?:on (?:my|our) own|alone|by (?:myself|ourselves))\\b`,
      // night-time visits: "when dad is drunk he comes in my room and i pretend to be asleep"
      `\\b(?:comes?|came|coming|creeps?|crept|sneaks?|snuck|keeps coming) (?:in|into|in to) (?:my|our) (?:room|bedroom|bed)\\b (?:${W} ){0,6}?(?:pretend\\w* (?:to be )?(?:asleep|to sleep|sleeping)|at night|in the night|middle of the night|when (?:i am|i m|im|we are) (?:asleep|sleeping|in bed)|and (?:gets? in|lies|lays|sits on my bed|touch\\w*|strok\\w*|rubs?|kiss\\w*|stares?|watch\\w*))`,
      `\\b(?:drunk|at night|in the night|middle of the night|when (?:everyone|mum|dad) is asleep) (?:${W} ){0,4}?(?:he|she|they|${PERP_ADULT}) (?:${W} )?(?:comes?|came|creeps?|crept|sneaks?|snuck|gets?|got) (?:in|into|in to) (?:my|our) (?:room|bedroom|bed)\\b`,
      `\\bpretend\\w* (?:to be |i am |that i am )?(?:asleep|sleeping) (?:${W} ){0,4}(?:when|so|until|till|because) (?:he|she|they|${PERP_ADULT})\\b`,
      `\\b(?:he|she|they|${PERP_ADULT}) (?:${W} ){0,5}?(?:loves|likes|wants|fancies|thinks about|talks about|comments on) (?:my|me) (?:body|bum|boobs|chest|figure)\\b`,
      `${subjectThen(PERP_ADULT, 3, '(?:says|said|makes|made|keeps making)')} (?:${W} ){0,2}?(?:comments|things|stuff|jokes) about my (?:body|boobs|bum|chest|legs|figure)`,
      `${subjectThen(PERP_ADULT, 3, '(?:walks? around|walked around|sits? around|comes? in)')} (?:naked|with no clothes on|in (?:his|her) (?:pants|underwear)) (?:in front of|around) (?:me|us)`,
      `\\b(?:tries|tried|trying|keeps trying|wants|wanted) to (?:get in|get into|climb in|climb into|sleep in|come in|come into) (?:my|our) (?:bed|bedroom|room|shower|bath)\\b`,
      `${subjectThen(PERP_ADULT, 3, '(?:gets?|got|getting|climbs?|climbed|comes?|came|lies|lays|laid|lay)')} (?:in|into|in to|on) (?:my |our |the )?bed (?:with|next to|beside|on top of) (?:me|us)\\b`,
      `${subjectThen(PERP_ADULT, 3, '(?:sleeps?|slept|sleeping|gets? in|got in)')} (?:in )?(?:my|our) bed (?:with (?:me|us)|at night|when)`,
    ],
    unless: [
      NEGATED_SUBJECT,`\\b(?:when i was (?:a baby|little|small)|nightmare|thunder|storm|poorly|ill|sick)\\b`],
  },
  {
    // Grooming secrecy offline: an adult making the child's contact with them "our secret".
    id: 'en.sexual.secret',
    category: 'SEXUAL_HARM',
    severity: 'HIGH',
    patterns: [
      `\\bour (?:little |special |own )?secret\\b`,
      `\\b(?:a |our )?(?:little |special )secret (?:between|just for) (?:us|me and (?:him|her|them)|you and me)\\b`,
      `\\b(?:secret|secrets) (?:between|with) (?:me and|us and) ${PERP_ADULT}\\b`,
      `\\bif (?:i|we) (?:ever )?(?:tell|told|say|said|talk|talked) (?:${W} )?(?:to )?(?:anyone|anybody|my \\w+|people|mum|dad|someone|a teacher|you)? ?about (?:us|what we do|what we did|what he does|what she does|our secret|me and him|me and her)\\b`,
    ],
    unless: [
      `\\b(?:surprise|birthday|party|present|presents|christmas|santa|mothers day|fathers day|recipe|den|club|code|handshake|garden|base|game|password)\\b`,
      `\\b(?:secrets?|grooming|abuse|safeguarding|online safety|keeping safe) (?:${ABOUT_THE_TOPIC})\\b|\\b(?:${ABOUT_THE_TOPIC}) (?:about|on|of|regarding) (?:${W} ){0,2}?(?:secrets?|grooming|abuse|keeping safe|safe and unsafe|good and bad|surprises)\\b`,
    ],
  },
  {
    id: 'en.sexual.online-images',
    category: 'SEXUAL_HARM',
    severity: 'HIGH',
    patterns: [
      // "sends me pictures and asks for mine", "wants me to send pics of myself"
      `\\b(?:sends?|sent|sending|shows?|showed|showing) (?:me |us )?(?:${W} ){0,3}?(?:pictures|pics|photos|videos|vids|images|snaps|selfies?|nudes)\\b ${words(6)}(?:asks?|asked|asking|wants?|wanted|tells?|told|makes?|made|keeps? asking|begs?|begged|pressur\\w+) (?:me )?(?:${W} ){0,2}?(?:for )?(?:mine|one back|some back|me to send|to send|send (?:him|her|them|some|one)|my own|of me)`,
      `\\b(?:asks?|asked|asking|wants?|wanted|keeps? asking|begs?|begging|begged|pressur\\w+|tells?|told|makes?|made|forced) (?:me )?(?:${W} ){0,2}?(?:to send|send|for|to take|take) (?:${W} ){0,2}?(?:nudes|naked|rude|sexy|dirty|private|topless|pictures of my body|pics of my body|photos of my body|pictures (?:of me )?(?:in|without) my|pics (?:of me )?(?:in|without) my|photos (?:of me )?(?:in|without) my)`,
      `\\b(?:sent|send|sending|shared|shares|posted|posting|leaked|leaking|spread(?:ing)?)${NOT_NEGATED} (?:${W} ){0,2}?(?:my nudes|nudes of me|naked (?:pictures|pics|photos|videos) of me|rude (?:pictures|pics|photos|videos) of me|pictures of me naked|pics of me naked)`,
      `\\b(?:threaten\\w*|says? (?:he|she|they) will|said (?:he|she|they) would|going to|(?:he|she|they) will|hell|shell|theyll) ${words(2)}(?:send|share|post|show|leak|put) (?:my|the|our) (?:other |private |old |naked |rude )?(?:pictures|pics|photos|nudes|videos|ones|snaps|chats|messages)\\b`,
      // "or he will send them to everyone": pictures already sent, held over the child
      `\\b(?:or|or else|if (?:i|we) (?:do not|did not|will not|stop|refuse|say no|block))\\b (?:${W} ){0,3}?(?:send|share|post|show|leak|put|spread) (?:them|it|those|these|the (?:pics|pictures|photos|videos|nudes)) (?:to|on|round|online|everywhere|with)\\b`,
      `\\b(?:nudes|naked (?:pics|pictures|photos)|rude (?:pics|pictures|photos)) (?:${W} ){0,6}?(?:wants?|asking for|asks for|demand\\w*) (?:more|money|another|others)\\b`,
      // an adult asking about a child's underwear or body
      `\\b(?:ask\\w*|wants? to know|wanted to know|keeps asking)\\b (?:me )?(?:${W} ){0,3}?(?:my (?:underwear|bra|knickers|pants|boxers)|what (?:colour|color|size) (?:my )?(?:underwear|bra|knickers|pants)|(?:if|whether) i (?:am|was|have been) a virgin|what i (?:am|was) wearing in bed|my bra size)\\b`,
      `\\b(?:pictures|pics|photos|videos|vids|snaps|selfies) (?:of me |of my self |of myself )?(?:in|without) (?:my |me )?(?:underwear|bra|pants|knickers|boxers|bikini|swimsuit|nothing|no clothes|the shower|the bath|bed|towel)\\b`,
      `\\b(?:pictures|pics|photos|videos|vids|snaps) of (?:my|me) (?:body|bum|boobs|chest|privates|private parts|bits|willy)\\b`,
      `\\b(?:pictures?|pics?|photos?|videos?|vids?) (?:up|under|down) (?:my|her) (?:skirt|dress|top|shorts)\\b`,
      `\\bif (?:i|you) (?:really )?(?:loved|love|liked|like|trusted|trust|cared about) (?:him|her|them|me)\\b (?:${W} ){0,4}?(?:send|show|do it|sleep with|have sex|nudes|pics|pictures|photos)\\b`,
      `\\b(?:pictures|pics|photos|videos|vids|snaps|selfies|nudes) (?:of (?:me|myself|my self) )?(?:with no|without|with nothing|with not|no) (?:any |my )?(?:clothes|top|pants|bra|knickers|boxers|on)\\b`,
    ],
    // What the pictures are of, not a word such as "school" anywhere near: "shared my nudes round the school".
    unless: [`\\b(?:about|on) (?:sexting|nudes|sharing nudes|online safety)\\b`, `\\b(?:pictures|pics|photos|videos|snaps|selfies) (?:${W} ){0,2}?(?:of|from|at|for) (?:the |my |our |his |her |a )?(?:school (?:trip|play|concert|photo|project|prom|disco)|holiday|dog|cat|pet|drawing|homework|project|team|trip|the play|concert|match|art)\\b|\\b(?:school photos?|class photos?|team photos?|holiday (?:pics|photos|pictures|snaps))\\b`],
  },
];

/*
 * SELF_HARM_SUICIDE. Suicidal thoughts, plans and self-injury are HIGH: risk to life. Low mood, self-hatred
 * and disordered eating are MEDIUM: they need a kind follow-up, not an emergency response.
 */
const SELF = alt('myself', 'my self', 'me self', 'meself', 'mysel', 'ourselves');
const selfHarm: ScreeningRule[] = [
  {
    id: 'en.self.injury',
    category: 'SELF_HARM_SUICIDE',
    severity: 'HIGH',
    patterns: [
      // "i cut myself", "been cutting my arms again", "burn myself with a lighter"
      `\\b(?:cut(?:s|ting|tin)?|slash\\w*|burn(?:s|t|ed|ing)?|hurt(?:s|ing|in)?|harm(?:s|ed|ing)?|punch(?:es|ed|ing)?|hit(?:s|ting)?|bang(?:s|ed|ing)?|scratch(?:es|ed|ing)?|starv(?:e|es|ed|ing)|bit(?:e|es|ing)|strangl\\w+|chok(?:e|ed|ing))${NOT_NEGATED} ${SELF}\\b`,
      `\\b(?:cut(?:s|ting|tin)?|slash\\w*|carv(?:e|es|ed|ing)|burn(?:s|t|ed|ing)?|scrap(?:e|es|ed|ing))${NOT_NEGATED} (?:my|me|our) (?:arms?|wrists?|legs?|thighs?|skin|stomach|tummy|body|self|hips?)\\b`,
      // "i use a blade on my legs when things get bad"
      `\\b(?:razors?|blades?|sharpener|compass|broken glass|glass|scissors|lighter) (?:on|to|across|into|against) (?:my|me) (?:arms?|wrists?|legs?|thighs?|skin|stomach|tummy|hips?)\\b (?:${W} ){0,3}?(?:when|whenever|if|because|cos|so|to|until|till|again|every)\\b`,
      `\\b(?:bang(?:s|ed|ing)?|hit(?:s|ting)?)${NOT_NEGATED} my head (?:on|against) (?:the )?(?:wall|walls|floor|door)`,
      `\\bscratch\\w* ${words(3)}(?:till|until) (?:i|it) (?:bleed|bleeds|bled)`,
      `\\b(?:punch\\w*|hit\\w*|bang\\w*|kick\\w*|headbutt\\w*) (?:the )?walls? (?:${W} ){0,3}?(?:till|until|so|and) (?:my )?(?:knuckles|hands?|fists?|head|fingers) (?:bleed|bled|bleeding|break|broke|hurt|bruise|swell|swelled|crack)\\w*\\b`,
      `\\b(?:hid|hide|hidden|hiding|keep|kept|have|got|stash\\w*) (?:${W} )?(?:razor blades|blades|razors|a blade|pencil sharpener blades)\\b (?:${W} ){0,2}?(?:hidden|in my (?:room|drawer|bag|pencil case|wardrobe|phone case)|under my (?:bed|mattress|pillow))\\b`,
      // "i started cutting again", "been burning at night"
      `\\b(?:i|i have|i am|been|started|start|starting|keep|kept|still|back to|relapsed|stopped|urge to|urges to|want to|wanted to|thinking about|thought about|tempted to|go back to|went back to) ${gap(2)}(?:cutting|cut|burning|scratching|self harming|harming|hurting myself|biting myself)(?: myself)? (?:again|every (?:day|night)|a lot|loads|most (?:days|nights)|at night|in (?:my room|the bathroom)|because|since|when|after|on my (?:arms?|wrists?|legs?|thighs?|stomach|hips?)|my (?:arms?|wrists?|legs?|thighs?|stomach|hips?|skin))\\b`,
      `\\b(?:hide|hiding|hid|cover|covering|covered) (?:up )?(?:the |my )?(?:cuts|scars|marks|burns) (?:${W} ){0,2}?(?:on my|with|from|so)`,
      // "self harm" as something the child does
      `\\b(?:i|we|me|been|started|start|keep|still|stopped|back to|relapsed|urge to|urges to|want to|wanted to|thinking of|thought about|my) ${gap(3)}(?:self ?harm\\w*|self ?injur\\w*|harming myself)`,
      `\\b(?:self ?harm\\w*) (?:again|every|a lot|loads|most|when|because|since|scars|cuts|marks)\\b`,
    ],
    unless: [
      `\\b(?:${SELF}|my (?:${W} )?\\w+) (?:a |an |some |the )?(?:slice|piece|bit|sandwich|portion|bread|cake|apple|toast|snack|drink|haircut|fringe)\\b`,
      `\\bstarv\\w* (?:myself )?(?:before|for) (?:a |the |my )?(?:\\w+ )?(?:\\w+ )?(?:dinner|buffet|party|meal|roast|christmas|birthday|feast|all you can eat|takeaway|nandos)\\b`,
      `\\b(?:by accident|accidentally|on accident|shaving|cooking|chopping|baking|when i fell|cupboard|shelf|bunk bed|door frame|fell off|fell over|playing|football|trampoline|pe|paper cut|on (?:a |the |some )?(?:paper|glass|tin|can|fence|nail|bush|thorn|rock|stone|knife|oven|stove|hob|kettle|iron|pan|tray|grill|radiator|bramble|nettles?)|in the sun|sunburn\\w*|my hair|my nails|my fringe|sparklers?|bonfire|fireworks?|candle|marshmallows?|straighteners|curling \\w+|campfire|barbecue|bbq)\\b`,
      `\\bself ?harm\\w* (?:${ABOUT_THE_TOPIC})\\b`,
      `\\b(?:talk|talks|talked|lesson|lessons|session|sessions|assembly|video|leaflet|poster|learn\\w*|learnt|taught|film|book|project|presentation|info|information|workshop|course|training|charity|campaign|awareness|week|day) (?:${W} )?(?:about|on|regarding|of) self ?harm`,
      `\\bawareness of self ?harm`,
      `\\b(?:my (?:friend|mate|cousin|sister|brother)|someone i know|people who|people that|young people|children who|kids who)\\b`,
    ],
  },
  {
    id: 'en.self.suicide',
    category: 'SELF_HARM_SUICIDE',
    severity: 'HIGH',
    patterns: [
      `\\b(?:kill(?:s|ing|in|ed)?|end(?:ing)?|hang(?:ing)?|hung|drown(?:ing)?|shoot(?:ing)?|poison(?:ing)?|suffocat\\w*|top)${NOT_NEGATED} ${SELF}\\b`,
      `\\b(?:suicid\\w*|commit suicide|take my (?:own )?life|taking my (?:own )?life|end(?:ing)? my (?:own )?life|end it all|end everything|ending it all)${NOT_NEGATED}\\b`,
      // "i want to die", "just wanna be dead", "i am going to end it"
      `\\b(?:want|wanted|wants|wanting|wish|wished|wishing|going|planning|plan|planned|thinking about|think about|thought about|thoughts about|thoughts of|tried|try|trying|ready|decided|deserve|deserved|rather|like i want|feel like i want) ${gap(2)}(?:to |i could |i was |i were |i had |i would )?(?:just |really |actually |finally |all )?(?:die|died|be dead|dead|end it|end things|end my life|not (?:be )?(?:here|alive|exist|wake up|be born)|never (?:have been born|wake up|been born)|not have been born|disappear (?:forever|for ever|for good|permanently)|go to sleep (?:forever|for ever|and (?:never|not) wake(?: up)?)|sleep (?:forever|and never wake)|stop living|stop existing|be gone for good|jump off|jump in front|overdose|od)\\b`,
      // "i do not want to live", "dont want to be here any more"
      `\\b(?:do|does|did|dont) not (?:really |even )?want to (?:live|be alive|exist|wake up(?! (?:early|at \\d|so early|for|before))|carry on|go on|be here any ?more|be here no more|be here any longer|be around any ?more|be on this earth|be in this world)`,
      `\\b(?:can not|no point in|no point|no reason to|nothing to|no reason for|point (?:of|in)|point to|(?:see|find|have|got) (?:a|any|no) (?:reason|point) (?:to|in)) (?!(?:go on|carry on|keep going) (?:carrying|with (?:my|the|this)|walking|running|playing|doing|like this))(?:keep going|keep living|go on|going on|carry on|carrying on|live|living|be alive|being alive|be here|being here|me being (?:here|alive|around)|me living|me existing|life|existing|my life|trying any ?more|anything any ?more)\\b`,
      `\\b(?:do not|can not|no longer|never) (?:really )?see (?:the|any) point(?: (?:any ?more|in anything|of anything|in life|of life|of me|no more)|$)`,
      `\\b(?:life|my life|living) (?:is|feels|is just) (?:${W} )?(?:not worth living|pointless|meaningless|worthless|not worth it)\\b`,
      `\\b(?:better off|happier|easier|be fine|be better|not care|not notice|not miss me|not even notice|be glad|be relieved|be pleased) ${words(3)}(?:without me|if i (?:${W} )?(?:was|were|died|disappeared|did not exist|never existed|killed myself|was not|were not|vanished)(?: (?:dead|gone|here|around|alive|born|in it|there))?\\b)`,
      `\\bi (?:wish|just wish) ${words(2)}(?:was not|were not|was never|had never been) (?:around|here|alive|born)(?: any ?more)?\\b`,
      `\\b(?:nobody|no one|noone|no body) (?:would|will|even) (?:care|notice|miss me|cry)(?: ${words(2)})? if i (?:died|was dead|was gone|disappeared|killed myself|was not here|did not exist)`,
      `\\bwish (?:i|i had|i was|i were|i would) ${gap(2)}(?:dead|never been born|not born|not alive|not wake up|die|died|gone for ever|gone forever)\\b`,
      // methods
      `\\b(?:took|take|taken|taking|swallowed|swallow|save up|saving up|saving|hiding|stockpil\\w*) ${words(2)}(?:pills|tablets|paracetamol|painkillers|meds|medicine|overdose)\\b ${words(4)}(?:to (?:die|end|not wake|sleep forever)|so i (?:would|will|could) (?:die|not wake)|all at once|at once|in one go|hospital|stomach pumped)`,
      `\\b(?:took|take|taken|taking) (?:an |a )?(?:overdose|od)\\b`,
      `\\b(?:put|puts|putting|tied|ties|tie|tying|wrapped|wrap|wraps) (?:a |the |my |some )?(?:belt|rope|cord|cable|dressing gown cord|ligature|noose|wire|lead) (?:round|around) my (?:neck|throat)\\b`,
      `\\b(?:too many|loads of|a load of|a handful of|a whole (?:packet|box|bottle|strip) of|all (?:of )?(?:the|my mums|my dads|mums|dads|her|his|their|my nans|nans)) (?:${W} )?(?:pills|tablets|paracetamol|painkillers|meds|medicine|medication|sleeping pills|antidepressants)\\b`,
      `\\b(?:thinking about|thought about|think about|want to|wanted to|going to|planning to|plan to|tempted to|tried to) (?:take|taking|swallow\\w*|nick\\w*|steal\\w*) ${words(3)}(?:pills|tablets|paracetamol|painkillers|meds|medicine|medication)\\b`,
      `\\b(?:overdos(?:e|ed|ing))${NOT_NEGATED}\\b`,
      `\\b(?:jump|jumping|throw myself|step) (?:off|from|in front of|under) (?:a |the |that )?(?:bridge|building|roof|cliff|car park|train|car|bus|lorry|tracks)`,
      `\\b(?:suicide|goodbye) (?:note|letter|plan|message)\\b`,
      `\\bwhat it would be like (?:if|to) (?:i )?(?:was not|were not|was dead|were dead|died|be dead|not be here|not exist|disappear\\w*|was gone)\\b`,
      `\\b(?:search\\w*|googl\\w*|look\\w* up|research\\w*|find out|found out|asked) (?:${W} ){0,3}?(?:how|ways|the easiest way|the best way|a painless way|what) (?:${W} ){0,6}?(?:to die|to kill (?:myself|yourself)|suicide|to overdose|to end it|not wake up|would kill me|it takes to die)\\b`,
      `\\bhow many (?:pills|tablets|paracetamol|painkillers)\\b (?:${W} ){0,4}?(?:to die|it takes|would kill|to kill|to not wake|to overdose)\\b`,
      // "think about jumping" where the place is named, "thoughts of dying"
      `\\b(?:think\\w*|thought|thoughts) (?:about|of) (?:dying|being dead|ending (?:it|things|everything|my life)|killing myself|not being (?:here|alive|around)|not waking up|hanging myself|how to die)\\b`,
      `\\b(?:bridge|roof|rooftop|edge|cliff|railway|train tracks|tracks|balcony|top floor|car park)\\b (?:${W} ){0,6}?(?:think\\w*|thought|want\\w*|wish\\w*|tempted|nearly|almost|going) (?:about |of |to )?(?:jump|jumping|jumped)\\b`,
    ],
    unless: [
      HYPERBOLE,
      // "kill myself laughing", lessons and services about suicide
      `\\b(?:laugh\\w*|laughter)\\b`,
      `\\b(?:pe|maths|homework|school|lessons?|exams?|tests?|revision|this song|that song|this film|cringe\\w*|embarrass\\w*)\\b (?:${W} ){0,3}?makes? me (?:want to|wanna) die\\b`,
      `\\b(?:suicide|suicidal) (?:${ABOUT_THE_TOPIC})\\b`,
      `\\b(?:talk|talks|talked|lesson|lessons|session|sessions|assembly|video|leaflet|poster|learn\\w*|learnt|taught|film|book|project|presentation|info|information|workshop|course|training|charity|campaign|awareness|week|day) (?:${W} )?(?:about|on|regarding|of) (?:suicide|self harm|overdoses)\\b`,
      `\\b(?:awareness|prevention) of (?:suicide|self harm)\\b`,
      `\\b(?:jump|jumping) (?:off|from) (?:the )?(?:diving board|board|wall|swing|climbing frame|slide|trampoline|bed|stairs|rock)\\b`,
      `\\bkill(?:ing)? myself (?:to|trying to) (?:get|finish|win|make)\\b`,
      `\\b(?:too much|so much|loads of) (?:homework|revision|coursework|school work)\\b`,
      `\\b(?:die|dye|dying|died) (?:my|her|his|your|our) (?:hair|fringe|tips|clothes|top|trainers)\\b`,
      `\\b(?:in|on) (?:the|a) (?:game|film|movie|book|story|show)\\b`,
    ],
  },
  {
    id: 'en.self.someone-else',
    category: 'SELF_HARM_SUICIDE',
    severity: 'HIGH',
    patterns: [
      // a friend or sibling at risk: "my friend said she wants to kill herself", "my sister has been cutting herself"
      `\\b(?:kill(?:s|ing|ed)?|end(?:s|ing)?|hang(?:s|ing)?|hung|cut(?:s|ting)?|slash\\w*|burn(?:s|t|ed|ing)?|harm(?:s|ed|ing)?|hurt(?:s|ing)?|starv(?:e|es|ed|ing)|overdos\\w*)${NOT_NEGATED} (?:himself|herself|themselves|themself)\\b(?! (?:on|with|by|when|while|shaving|cooking|in (?:pe|the game|football)|playing|laughing|by accident|accidentally))`,
      `\\b(?:he|she|they|my (?:\\w+ )?(?:friends?|mates?|sisters?|brothers?|cousins?)) (?:${W} ){0,2}?(?:wants?|wanted|is going|are going|said (?:she|he|they) (?:wants?|is going)|keeps saying (?:she|he|they) (?:wants?|is going)) to (?:die|end it|end (?:her|his|their) life|not be here|disappear forever)\\b`,
    ],
    unless: [HYPERBOLE, `\\b(?:laugh\\w*|film|book|story|show|game|character|lesson|assembly)\\b`, `\\b(?:in|on) (?:the|a) (?:game|film|movie|book|story|show)\\b`],
  },
  {
    id: 'en.self.distress',
    category: 'SELF_HARM_SUICIDE',
    severity: 'MEDIUM',
    patterns: [
      // not self-blame for a slip: "i hate myself for missing that penalty"
      `\\b(?:i|i really|i just|i honestly) (?:hate|despise|loathe) (?:myself|my self|my life|being alive|my body|who i am)\\b(?! for (?:missing|losing|forgetting|eating|buying|saying|dropping|breaking|spilling|getting|not (?:revising|going|bringing|doing|saving)))`,
      `\\b(?:(?:do not|dont) (?:think|know if) i can (?:carry on|go on|keep going|do this|cope)|can not (?:carry on|go on|keep going|keep doing this)) (?:like this|much longer|for much longer)\\b`,
      `\\b(?:can not|can not really) (?:cope|take it|do this|handle it|go on like this)(?: ${words(2)})? (?:any ?more|no more|any longer)\\b`,
      `\\b(?:make|made|making) myself (?:sick|throw up|vomit)\\b`,
      `\\b(?:stopped|stop|not|barely|hardly) eating(?! (?:sweets|chocolate|meat|crisps|sugar|junk|fast food|mcdonalds|dairy|gluten|pork|beef|fish|fruit|bread|cake|biscuits|fizzy|snacks|takeaways|red meat|animals|that|them|it)\\b) (?:${W} ){0,6}?(?:so i|because i|to lose|until|till|fat|weight|ugly|hate)`,
      `\\b(?:do not|dont|never) deserve (?:food|to eat|to live|to be happy|to be alive|anything|love|to exist)\\b`,
      `\\b(?:starv(?:e|ing) myself)\\b`,
      `\\b(?:want|wanted|wish|need) (?:${W} )?(?:it all|everything|things|the pain|the thoughts|my thoughts|my brain|my head|life|the voices) to (?:just )?(?:stop|end|go away|be over)\\b`,
      `\\b(?:want|wanted|wish i could|just want) to (?:just )?(?:disappear|vanish|not exist|stop existing)\\b(?! (?:in|into|under|to|for the|for a|from (?:this|the) (?:lesson|class|room|party)) )`,
      `\\b(?:do not|will not|can not|stopped|refuse to|try not to) eat\\w*(?: (?:anything|food|much|properly|at all|my (?:lunch|dinner|tea|breakfast)|lunch|dinner|tea|breakfast))? (?:because|so|cos) (?:i|that i|then i)\\b`,
      `\\b(?:my )?(?:arms|wrists|legs|thighs) (?:are|is) (?:a mess|covered in (?:cuts|scars|marks)|all cut|cut up|scarred)\\b`,
      `\\b(?:i|everyone|everybody) ${gap(2)}(?:is|am|are|would be|will be) better off (?:dead|gone|without me)\\b`,
    ],
    unless: [
      HYPERBOLE,
      `\\b(?:lol|haha)\\b ${words(1)}$`,
      `\\b(?:sponsored|challenge|lent|ramadan|vegan|vegetarian|allergy|allergic|braces)\\b`,
      `\\bstarv\\w* (?:myself )?(?:before|for) (?:a |the |my )?(?:\\w+ )?(?:\\w+ )?(?:dinner|buffet|party|meal|roast|christmas|birthday|feast|all you can eat|takeaway|nandos)\\b`,
      `\\b(?:about|on) (?:eating disorders|mental health|self harm)\\b`,
      `\\b(?:embarrass\\w*|cringe\\w*|in front of (?:everyone|the class|the school)|when i (?:fell|tripped|said)|headache|toothache|my (?:tooth|knee|leg|arm|ankle|back|tummy|stomach) (?:hurts|pain|ache)|period pain|cramp)\\b`,
    ],
  },
];

/*
 * NEGLECT. MEDIUM: a pattern of going without is serious but is usually assessed over days, not hours.
 * (A child disclosing they are alone and unsafe tonight would also match other, HIGH, rules.)
 */
const CARER = `${DET}(?:${PARENT}|${PARTNER}|he|she|they|nobody|no one|no body|no adult|no adults|no grown up|no grown ups)`;
const HOME = alt('at home', 'in (?:the|our|my|me) (?:house|flat|home|fridge|cupboards?|kitchen)', 'at (?:my|our|me) (?:house|flat|place|mums|dads|nans)', 'at (?:mums|dads|nans)', 'in the fridge', 'in the cupboards?');
const neglect: ScreeningRule[] = [
  {
    id: 'en.neglect.food',
    category: 'NEGLECT',
    severity: 'MEDIUM',
    patterns: [
      // "there is no food at home", "never any food in the house"
      `\\b(?:no|not(?: (?:have|got|had|get|getting|been|be))?(?: any| enough| much)|nothing|not much|hardly any|never any|never enough|never no|barely any|run out of|ran out of|out of) (?:${W} )?(?:food|foods|tea|dinner|dinners|meals?|breakfast|lunch|to eat|money for food|proper food|real food|hot food)\\b (?:${W} ){0,3}?(?:${HOME}|for (?:days|ages|a few days|two days|three days|\\d+ days|the weekend|a week)|and (?:mum|dad|she|he|they|my (?:mum|dad|parents)) (?:has |have |is |are )?(?:gone out|gone away|out|away|at the pub|left|not (?:here|home|back))|since|most days|most nights|all weekend|at weekends|usually|a lot of the time|half the time|again tonight|tonight|for us|for me|for my)`,
      `\\b(?:${HOME}) (?:${W} ){0,3}?(?:there is|there are|there was|we have|we got|we had|i have|i get) (?:no|not any|not enough|nothing|never any|hardly any|barely any) (?:${W} )?(?:food|tea|dinner|meals?|breakfast|to eat)`,
      `\\b(?:fridge|cupboards?) (?:is|are|was|were|has been|have been) (?:always |usually |often |nearly |basically )?(?:empty|bare)`,
      `\\b(?:not had|not eaten|had nothing|eaten nothing|not had anything|had no|not got|gone without|not ate|nothing to eat)(?: (?:a |any )?(?:proper |real |hot |decent |good )?(?:meal|meals|food|dinner|tea|breakfast|anything to eat|anything|to eat))? (?:in|for|since) (?:days|ages|a week|weeks|a while|(?:\\d+|two|three|four) days|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)\\b`,
      `\\b(?:nothing|no food|not (?:any|enough|much) food|never (?:any|enough) food|hardly anything|barely anything|never anything|not anything) ${HOME} (?:${W} )?(?:to eat|for (?:tea|dinner|breakfast|us|me)|in the fridge)\\b`,
      `\\b(?:only|just) (?:eat|have|get) (?:${W} ){0,2}?(?:what|whatever|the food) (?:i|we) (?:get|eat|have) (?:at|from) (?:school|breakfast club|the club|youth club|the food bank)`,
      `\\b(?:nobody|nobodys|no ?ones?|no body|no adult|no grown up)(?: has| have| is)? (?:${W} ){0,2}?(?:made|cooked|given|bought|fed|makes|cooks|gives|buys|feeds) (?:me|us) (?:any |a |proper |real |hot )?(?:food|tea|dinner|breakfast|meals?|lunch|anything)\\b`,
      // "nobody feeds us", "mum forgets to feed us", "we do not get fed"
      `\\b(?:nobody|no one|no body|no adult|no grown up) ${gap(1)}(?:feeds|feed|fed|cooks|makes|gives|buys) (?:for )?(?:me|us|my|our|food|dinner|tea|breakfast|anything)`,
      // "nobody changes him", "no one washes us": a younger child's basic care left undone
      `\\b(?:nobody|no one|noone|no body|no adult|no grown up|mum never|dad never|she never|he never|they never) (?:ever )?(?:changes|washes|baths|bathes|cleans|dresses|feeds|wakes) (?:him|her|them|us|me|my (?:little |baby )?(?:\\w+ )?(?:brothers?|sisters?|siblings?)|the baby|the little ones)\\b(?! (?:hair|car|bike|phone|room))`,
      // the others in the house are fed, the child is not
      `\\b(?:nobody|no one|noone) (?:${W} ){0,2}?(?:cooks|makes|gets|buys|gives)\\b (?:${W} ){0,4}?(?:i|we) (?:just|only) (?:have|eat|get|got|had|ate)\\b`,
      `\\b(?:i|we) (?:${W} ){0,3}?(?:feed|get|dress|wash|look after|take|make|cook for|walk) (?:myself|ourselves|my (?:\\w+ ){0,2}(?:brothers?|sisters?|siblings?)|the little ones|the baby|us|me)\\b (?:${W} ){0,6}?(?:because|cos|as|since) (?:mum|dad|my (?:mum|dad|parents|carers?)|she|he|they|nobody|no one) (?:never|does not|do not|will not|can not|hardly ever|is never|are never) (?:gets? up|wakes? up|gets? out of bed|comes? home|cooks?|feeds? us|awake|up|home|sober|bothers?)\\b`,
      `\\b(?:shoes|trainers|coat|clothes|uniform|school shoes) (?:have|has|had|have got|got) (?:big |massive |loads of )?holes\\b (?:${W} ){0,8}?(?:wet|cold|freezing|nobody|no one|will not|never|does not|do not|says|said|can not afford)\\b`,
      `\\b(?:passes|passed|passing) out (?:${W} ){0,2}?(?:drunk|high|wasted|on the (?:sofa|floor|stairs)|from (?:drink\\w*|drugs|vodka))\\b`,
      `\\b(?:mum|dad|my (?:mum|dad|parents|carers?)|she|he|they|parents) (?:${W} )?(?:is|was|are|were|gets|got) (?:always |often |usually )?(?:too|so) (?:drunk|hungover|hung over|high|wasted|stoned|out of it|off (?:her|his|their) (?:face|head))(?:$| (?:to|that (?:i|we|she|he|they) (?:had|have|could not|can not))\\b)`,
      `\\b(?:gives?|gave|feeds?|fed|makes?|made|buys?|bought) (?:their|his|her|the other|the real|their own) (?:own )?(?:kids|children|sons?|daughters?|boys|girls|family) (?:${W} ){0,4}?but (?:i|me|we|us) (?:only |just )?(?:get|got|have|had|eat|ate|am given)? ?(?:nothing|bread|toast|scraps|leftovers|crisps|cereal|what is left|the leftovers|no \\w+)\\b`,
      `\\b(?:i|we) ${gap(1)}(?:have not|has not|did not|not|never) (?:had|eaten|ate|got) (?:anything|any food|food|a meal|something)(?: to eat)? since (?:${W} ){0,3}?(?:yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last night|the weekend|school|breakfast club)\\b`,
      `\\b(?:forgets? to|forgot to|forgetting to|stopped|stops|never|not|does not|do not|did not|will not|can not|can not afford to|can not be bothered to) (?:${W} )?(?:feed|feeds|feeding|fed|cook for|make (?:us|me) (?:food|dinner|tea|breakfast)) (?:me|us|my|our)\\b`,
      `\\b(?:i|we) ${gap(2)}(?:do not|did not|never|hardly|barely|rarely|do not always) (?:get|got|have|had) (?:fed|feed|food|dinner|tea|breakfast|a meal|meals|proper meals|anything to eat)\\b (?:${W} ){0,3}?(?:${HOME}|for days|most days|because (?:mum|dad|my|she|he|they|there)|unless|at all|every day|on weekends|at weekends|in the holidays)`,
      // "hungry all the time", "go to bed hungry", "my only meal is school dinner"
      `\\b(?:hungry|starving|starved) (?:${W} ){0,3}?(?:all the time|every day|every night|most days|most nights|at home|at night|at weekends|on weekends|when i (?:get|go) home|because there is no|because (?:we|i) (?:do not|have no|never|can not)|because (?:mum|dad|my|she|he|they) (?:${W} ){0,2}(?:does not|do not|did not|never|forgot|forgets|spent|spends|has no|had no|can not)|at bedtime|in bed|for days|all weekend|in the holidays|over the holidays|a lot)`,
      `\\b(?:always|often|usually|constantly|every day|most days|so|really) (?:${W} )?(?:hungry|starving)\\b (?:${W} ){0,3}?(?:at home|because|there is no|no food|nothing to eat|in the holidays|at night|at weekends)`,
      `\\b(?:go|goes|went|going|sent) to (?:bed|school|sleep) (?:${W} )?(?:hungry|starving|with no (?:food|dinner|tea|breakfast)|without (?:food|dinner|tea|breakfast|eating))`,
      `\\b(?:only (?:meal|food|proper meal|hot meal)|only (?:time i|time we|place i|place we) (?:eat|get food)|only eat (?:at|is))\\b (?:${W} ){0,3}?(?:school|free school meals|breakfast club|the club|here|at school|food bank)`,
      `\\b(?:does not|do not|will not|would not|did not|never|wont) let (?:me|us) (?:eat|have (?:any )?(?:food|dinner|tea|breakfast|anything to eat|a drink)|drink|sleep|go to the toilet|use the toilet)\\b`,
      `\\b(?:not|never) (?:allowed|let) (?:to )?(?:eat|any food|food|dinner|tea|breakfast|a drink)\\b(?! (?:in|on) (?:the|my) (?:bus|car|room|bedroom|lesson|class|library))`,
      `\\b(?:locks?|locked|padlocks?|padlocked|hides?|hid) (?:the )?(?:fridge|food|cupboards?|kitchen|snacks)\\b`,
      `\\b(?:does not|do not|did not|never|will not|can not|forgets? to|forgot to) (?:${W} )?(?:give|make|cook|get|buy) (?:us|me) (?:any |a |proper |enough )?(?:dinner|tea|food|breakfast|lunch|meals?|supper|anything to eat)\\b`,
      `\\b(?:does not|do not|never|will not|can not be bothered to) (?:buy|get|bring home) (?:any )?food\\b (?:${W} ){0,3}?(?:(?:he|she|they) (?:just )?(?:drinks|spends|buys|smokes|gambles)|so (?:we|i)|and (?:we|i) (?:are|am|go|have)|because (?:he|she|they) (?:spends|drinks|says))`,
      `\\b(?:make|cook|get|sort) (?:my|our) own (?:tea|dinner|food|meals?|breakfast)\\b (?:${W} ){0,4}?(?:because|cos|as|since) (?:mum|dad|my (?:mum|dad|parents|carers?)|she|he|they|nobody|no one) (?:is|are|never|does not|do not|will not|can not) (?:${W} )?(?:in bed|asleep|drunk|high|out|bothered|cook|cooks|home|there|up|awake)\\b`,
      `\\b(?:can not|do not|can hardly) (?:remember|think of) (?:the last time|when) (?:i|we) (?:last )?(?:had|ate|got) (?:a )?(?:proper |hot |real |decent |good )?(?:meal|dinner|tea|food|breakfast|bath|shower|clean clothes)\\b`,
      `\\b(?:nobody|no one|noone) (?:${W} ){0,3}?(?:cooks|cleans|washes|shops|does the (?:washing|shopping|cooking|cleaning)) (?:or|and|nor) (?:cooks|cleans|washes|shops|does|buys|feeds)\\b`,
      `\\b(?:only|just) (?:have|got|get|eat|had) (?:${W} ){0,3}?(?:bread|toast|ketchup|cereal|crisps|noodles|water|biscuits|dry \\w+|sauce)\\b (?:${W} ){0,3}?(?:in the (?:house|flat|cupboards?|fridge)|at home|to eat|for (?:tea|dinner|days|the week))\\b`,
      `\\b(?:mum|dad|my (?:mum|dad|parents|carers?)|she|he|they) (?:does not|do not|never|will not|can not) (?:wake|get) up\\b (?:${W} ){0,5}?(?:take|get|walk|drop|for) (?:me |us )?(?:to )?school\\b|\\bso (?:i|we) (?:miss|missed) (?:school|loads of school|days|lessons)\\b`,
      `\\b(?:mum|dad|she|he|they|my (?:mum|dad|carers?)) (?:${W} ){0,2}?(?:can not|could not) be bothered\\b(?:$| to (?:feed|cook|wash|get|buy|take|look after|make|clean|sort))`,
      `\\bno money (?:for|on the|to pay for) (?:the )?(?:gas|electric|electricity|heating|food|meter|hot water)\\b`,
      `\\b(?:mum|dad|mums|dads|parents|she|he|they|my (?:mum|dad|mums|dads|parents)) (?:is |are )?(?:always|never|hardly ever) (?:out|home|there|in|around|sober|awake)\\b (?:${W} ){0,4}?(?:have to|has to|got to) (?:look after|fend for|feed|take care of|cook for|sort) (?:ourselves|myself|my \\w+|the little ones)\\b`,
      `\\b(?:mum|dad|my (?:mum|dad|parents|carers?)|she|he|they) (?:does not|do not|never|will not|can not|did not) (?:look after|care for|take care of|feed|wash|watch) (?:me|us|my (?:\\w+ )?(?:brothers?|sisters?|siblings?))(?: (?:properly|at all|any ?more|like (?:she|he|they) should)\\b|$)`,
      `\\b(?:have to|has to|got to) (?:feed|look after|wash|dress|change|bath|take care of|get up for|get up with) (?:my |the )?(?:\\w+ ){0,2}?(?:brothers?|sisters?|siblings?|baby|little ones|kids|him|her|them)\\b (?:${W} ){0,3}?(?:because|cos|as|since) (?:mum|dad|she|he|they|my (?:mum|dad|parents|carers?)) (?:does not|do not|will not|never|can not|is (?:always )?(?:drunk|high|asleep|in bed|out|passed out))(?:$| (?:${W} ){0,3}?(?:bother|care|feed|wake|get up|cook|look))`,
      `\\b(?:never|not|hardly ever|rarely) (?:have|get|got) enough (?:food )?to eat\\b`,
      `\\b(?:not been|have not been|not gone|missed|missing) (?:to )?school (?:for|in) (?:weeks|ages|days|months|a week|a month)\\b (?:${W} ){0,3}?(?:because|cos|as) (?:nobody|no one|mum|dad|she|he|they)\\b`,
      `\\b(?:mum|dad|she|he|my (?:mum|dad)) (?:left|walked out on|abandoned|has left) (?:us|me)\\b (?:${W} ){0,4}?(?:and|but) (?:my )?(?:mum|dad|he|she|nobody) (?:is )?(?:never|not|hardly ever) (?:there|home|around|here)\\b`,
      `\\b(?:give|gives|gave|feed|feeds|fed|get|only have|eat) (?:me |us )?(?:${W} )?(?:out of date|mouldy|rotten|gone off|stale) (?:food|bread|milk|meat|stuff)\\b`,
      `\\b(?:teeth|tooth|toothache)\\b (?:${W} ){0,8}?(?:never|not) (?:been|gone|taken) to (?:a|the) dentist\\b`,
      `\\b(?:cooker|oven|boiler|heating|fridge|toilet|shower|windows?|roof|lights?|front door) (?:is|are|has been|have been) (?:broken|broke|not working|smashed|bust)\\b (?:${W} ){0,4}?(?:nobody|no one|mum|dad|they|she|he) (?:${W} )?(?:fixes|fixed|will fix|sorts|does anything|cares|bothers|will not fix|never fixes|does not fix)\\b`,
      `\\b(?:go|went|going|gone) (?:days|a day|two days|whole days|weeks) without (?:eating|food|a meal|anything to eat|dinner)\\b`,
      `\\blook after (?:myself|ourselves)\\b (?:${W} ){0,3}?(?:mum|dad|she|he|they|nobody|no one|my (?:mum|dad|parents)) (?:does not|do not|never|can not|will not) (?:bother|care|look after)\\b`,
      `\\b(?:go|went|going) to (?:bed|sleep) (?:early )?so (?:i|we) (?:do not|dont|can not) (?:feel|get|notice) (?:hungry|the hunger)\\b`,
      `\\bnappy (?:${W} ){0,4}?(?:had been on|been on|not (?:been )?changed|was not changed) (?:all day|all night|for hours|since (?:yesterday|this morning|last night))\\b`,
      `\\b(?:never|not) (?:anyone|anybody|an adult|a grown up) (?:home|in|there|at home)\\b (?:${W} ){0,8}?(?:(?:do not|dont) know where|at night|for days|all night)\\b`,
      `\\b(?:have to|had to|got to|need to) (?:steal|nick|beg|rob) (?:${W} ){0,2}?(?:to eat|food|for food|to feed)\\b`,
      `\\b(?:nobody|no one|no ones|noone|nobodys)(?: has| s)? (?:been|come|came) (?:back )?home (?:for|since|in|all) (?:days|ages|a week|(?:\\d+|two|three|four|five) (?:days|nights|weeks)|the weekend|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last night)\\b`,
      `\\b(?:mum|mums|dad|dads|my mum|my dad|my mums|my dads) (?:is )?(?:always )?in bed (?:all day|all the time|every day|most days|till (?:tea time|the afternoon|late))\\b|\\b(?:i|we) (?:have to|has to|got to) do everything (?:for|at home|in the house|because)\\b`,
      `\\bis it (?:normal|ok|okay|alright|allowed|right) (?:${W} ){0,4}?(?:not (?:to )?(?:have|get|eat|be given) (?:any )?(?:tea|dinner|food|breakfast|meals?)|go (?:to bed )?hungry|(?:not )?be fed|be left (?:alone|on (?:my|our) own))\\b`,
      `\\b(?:have not|not|did not|never|has not) (?:eaten|ate|had|got) (?:properly|a proper meal|anything proper|much|enough)\\b (?:${W} ){0,2}?(?:all week|for days|in days|since|for a week|most days|this week)\\b`,
      `\\b(?:nobody|no one|noone) (?:ever )?(?:makes sure|checks|cares (?:if|whether)) (?:that )?(?:i|we) (?:${W} ){0,4}?(?:eat|ate|go to school|get to school|have eaten|am fed|are fed|get fed|have food|wash|sleep|come home)\\b`,
      `\\b(?:i|we) (?:do not|never|hardly|barely) (?:eat|get (?:to eat|fed|food|meals?)|have (?:food|meals?|dinner|tea)) (?:at|on|over|during) (?:the )?(?:weekends?|holidays|half term|summer)\\b`,
      `\\b(?:mum|dad|she|he|my mum|my dad) (?:${W} )?(?:will not|can not|could not|would not|did not|does not) wake(?: up)?(?! up)\\b(?! (?:early|till|until|before|on (?:sundays|saturdays|weekends)|for (?:school|work|church)|in the morning|when the alarm))`,
      `\\b(?:forgets?|forgot|forgetting) to (?:pick|collect|fetch) (?:me|us) up\\b (?:${W} ){0,6}?(?:dark|on my own|alone|by myself|walk home|wait\\w* (?:for hours|till|until))\\b`,
      `\\bno (?:kitchen|cooker|fridge|oven|beds?|heating|electric|water) (?:or|and|nor) (?:no )?(?:food|kitchen|beds?|heating|electric|water)\\b|\\b(?:live|living|sleep|sleeping) in (?:one|a single|1) room (?:with|between) (?:\\d+|four|five|six|seven|eight|all) of us\\b`,
      `\\b(?:nobody|no one|noone) (?:will|would|ever|has|wants to|can be bothered to)? ?(?:take|takes|took|taken) (?:me|us) (?:to )?(?:get |the )?(?:dentist|doctor|doctors|hospital|gp|a and e|optician|opticians|glasses|an eye test|my eyes tested|my jabs)\\b`,
      `\\b(?:food bank|food parcels?|food vouchers?|free school meal vouchers?) (?:${W} ){0,6}?(?:sells?|sold|selling|swaps?|swapped|trades?|traded|gives? (?:it )?away)\\b`,
      `\\b(?:does not|do not|did not|never) care (?:if|whether|when|what) (?:i|we) (?:eat or not|eat anything|have eaten|ate or not|go to school|come home|get home|am safe|am fed|have food)\\b`,
      `\\b(?:forgets?|forgot|forgetting|does not|never|will not|do not) (?:to )?(?:give|get|collect|buy|pick up) (?:me |us )?(?:my |our )?(?:inhaler|medicine|medication|meds|tablets|insulin|epipen|prescription)\\b`,
      `\\b(?:only|just) (?:get|got|gets|allowed) (?:fed|food|to eat|dinner|tea|meals?) (?:if|when) (?:i|we) (?:am|are|m|behave|do)\\b|\\b(?:do not|never) (?:get|got) (?:fed|food|dinner|tea) (?:if|when|unless)\\b`,
      `\\b(?:give|gives|gave|giving) (?:me|us) less (?:food )?than (?:the others|everyone|my (?:brothers?|sisters?)|their (?:own )?(?:kids|children))\\b`,
      `\\b(?:nobody|no one|noone) (?:ever )?(?:gets up|looks after|feeds|changes|sees to|goes to) (?:with )?(?:my )?(?:baby|little) \\w+\\b`,
      `\\b(?:nobody|no one|noone) (?:would |will |even |ever |really )*(?:notices?|cares?|asks|checks|knows) (?:if|when|where) (?:i|we) (?:do not|did not|dont|never) (?:come|go|get) (?:back )?home\\b|\\b(?:nobody|no one|noone) (?:ever )?(?:notices?|cares?|asks|checks|knows) where (?:i|we) (?:am|are|go|sleep|stay) (?:at night|all night|overnight|till|until)\\b`,
      `\\b(?:steal|stole|stealing|nick|nicked|nicking) (?:food|bread|snacks) ${words(3)}(?:because|hungry|starving|no food|nothing to eat)`,
    ],
    unless: [
      `\\bbecause (?:we|i) (?:get|got|have|had|go|went) (?:a |to the )?(?:chippy|takeaway|chips|pizza|mcdonalds|nandos|out|school dinners?|a big lunch|big lunch)\\b`,
      `\\b(?:when is|when s|whens|what is for|what s for|can we have|can i have|i could eat|could do with|pizza|chippy|takeaway|(?<!\\b(?:just|only) (?:have |eat |get )?)(?:snacks?|sweets|crisps|chips)|nandos|mcdonalds|lol|haha)\\b`,
      `\\b(?:after|before|during) (?:football|pe|training|swimming|the session|practice|break|breaktime|dinner time|lunch time|lunchtime|dance|gym|the match|the walk)|\\bat (?:football|pe|training|swimming|the session|practice|dance|gym|the match)\\b`,
      `\\b(?:the |this |that )?(?:cafe|canteen|club|session|youth club|tuck shop|trip|party|event|hub|centre|meeting) (?:${W} ){0,3}(?:had|has|ran out|run out|was|were|there was)|\\b(?:at|in) (?:the )?(?:cafe|canteen|session|meeting|hub|event|youth club|club|trip)\\b`,
      `\\b(?:on (?:a |my )?diet|fasting|ramadan|fast|lent|on holiday|went away|been away|moving house|moved house)\\b`,
    ],
  },
  {
    id: 'en.neglect.left-alone',
    category: 'NEGLECT',
    severity: 'MEDIUM',
    patterns: [
      // "left on my own for days", "mum leaves us on our own all weekend"
      `\\b(?:left|leaves?|leaving|get left|gets left|got left|been left|was left|were left|am left|are left) (?:me |us |my \\w+ |my \\w+ \\w+ |the kids |me and my \\w+ |me and my \\w+ \\w+ |us kids )?(?:${W} )?(?:alone|on (?:my|our|me|his|her|their) own|by (?:myself|ourselves|themselves)|home alone|with no (?:money|food|electric|heating)(?: (?:and|or) no (?:money|food|electric|heating))?|in (?:the|a|her|his|our|mums|dads) car|in (?:the|our|my) (?:flat|house)(?= (?:${W} ){0,6}?(?:when|while) (?:he|she|they|mum|dad) (?:goes|go|went|is|are) (?:out|to work|away))|in the house (?:alone|on my own|by myself)|with no (?:adult|adults|grown up|grown ups|one)|without (?:an )?(?:adult|adults|grown up|anyone|food))\\b (?:${W} ){0,4}?(?:for (?:days|nights|weeks|ages|hours|the (?:whole )?(?:weekend|night|day|week)|a (?:few|couple of) (?:days|nights)|(?:\\d+|two|three|four|five|a|one) (?:days?|nights?|weeks?))|overnight|over night|all (?:night|weekend|day|week)|at night|every (?:night|weekend|day)|most (?:nights|days|weekends)|till (?:late|the morning|morning|\\d+)|until (?:late|the morning|morning|\\d+)|when (?:mum|dad|she|he|they) (?:goes|go|went)|while (?:mum|dad|she|he|they) (?:goes|go|went|is|are)|a lot|loads|all the time|most of the time|lots|often|again|and (?:i am|we are|my \\w+ (?:is|are)) (?:\\d|only|just|little|young))`,
      // "mum goes out drinking all weekend and leaves us"
      `${subjectThen(CARER, 3, '(?:goes|go|went|going|stays?|stayed|staying)')} (?:${W} ){0,2}?(?:out|away|off|to the pub|drinking|to (?:her|his|their) (?:boyfriends|girlfriends|mates|friends)|partying|clubbing)\\b (?:${W} ){0,3}?(?:for (?:days|nights|the (?:whole )?(?:weekend|night|week)|a (?:few|couple of) (?:days|nights)|(?:\\d+|two|three) (?:days|nights))|all (?:night|weekend)|overnight|and (?:leaves|leave|left) (?:me|us)|and (?:i|we) (?:am|are|was|were) (?:on|left|alone|home alone)|and does not come (?:back|home)|and did not come (?:back|home)|and (?:i|we) have to (?:look after|feed|cook))`,
      `\\b(?:home alone|on (?:my|our) own|by (?:myself|ourselves)) (?:${W} ){0,3}?(?:for (?:days|nights|the (?:whole )?weekend|a (?:few|couple of) (?:days|nights)|(?:\\d+|two|three) (?:days|nights))|all (?:night|weekend)|overnight|every (?:night|weekend)|most (?:nights|weekends)|at night (?:a lot|most|every|when))`,
      // "mum is always out and me and my baby brother are on our own at night"
      `${subjectThen(CARER, 2, '(?:is|are|goes|go|went|stays|was|were)')} (?:always |usually |often |never |hardly ever )?(?:out|away|at the pub|home|in|there|clubbing|partying)\\b (?:${W} ){0,8}?(?:on (?:my|our|me) own|alone|by (?:myself|ourselves)|home alone) (?:at night|all night|overnight|over night|till late|until late|every night|most nights|all weekend)\\b`,
      // "nobody picks me up from school and i wait on my own till its dark"
      `\\b(?:wait|waited|waiting|stay|stayed|staying|sit|sat|sitting) (?:${W} )?(?:on my own|alone|by myself|outside|in the (?:rain|cold|dark)) (?:${W} ){0,3}?(?:till|until) (?:it is |its |it gets |it got )?(?:dark|late|night|midnight|\\d+ ?(?:pm|oclock)?)\\b`,
      `\\b(?:nobody|no one|no body|noone) (?:ever )?(?:picks|collects|fetches|comes for|takes) (?:me|us) (?:up )?(?:from|after|to) (?:school|nursery|club|the club)\\b`,
      // "nobody looks after me", "no one takes care of us"
      // "mum has not been home since thursday"
      `\\b${DET}(?:${PARENT}|${PARTNER}|they|she|he) (?:has |have |had )?(?:not been|not come|never came|did not come|not came) (?:back )?home (?:for|since|in|all) (?:days|weeks|ages|a week|(?:\\d+|two|three|four|five) (?:days|nights|weeks)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last (?:week|night)|weekend|night)\\b`,
      // "mum is always out and i have to get my little sisters ready"
      `\\b${DET}${PARENT} ${gap(1)}(?:is|are|was|were) (?:always|never|hardly ever|usually|mostly|too) (?:${W} )?(?:out|home|in|around|in bed|asleep|drunk|high|at the pub|away|busy|ill|poorly|off (?:her|his|their) (?:face|head))\\b (?:${W} ){0,5}?(?:so|and|that|which means) (?:i|we) (?:have to|had to|got to|must|need to) (?:look after|feed|get|make|cook|take care of|do everything|put|sort)\\b`,
      // hygiene and basic care
      `\\b(?:do not have|have not got|has not got|not got|no|never have|never had|have no) (?:a |any |proper |warm )?(?:coat|warm clothes|shoes that fit|school shoes|shoes|jumper|winter coat|socks)\\b (?:${W} ){0,6}?(?:winter|cold|freezing|fit|holes|too small|snow|snowing|rain|raining)\\b`,
      `\\b${DET}${PARENT} (?:${W} )?(?:is|are) (?:never|hardly ever|rarely|not often|not ever) sober\\b`,
      `\\b${DET}${PARENT} (?:${W} )?(?:is|are) always (?:drunk|high|stoned|wasted|off (?:her|his|their) (?:face|head|nut)|out of it|passed out)\\b`,
      `\\b(?:leaves?|left|leaving) (?:me|us) with (?:${W} ){0,2}?(?:friends|mates|boyfriend|men|people|strangers|someone) (?:who|that) (?:are|is|were|was) (?:always |often |usually )?(?:drunk|high|stoned|wasted|off their (?:face|heads?))\\b`,
      `\\b(?:nobody|no one|no body|noone|never|not) (?:${W} )?(?:washes|wash|washed|cleans|buys|bought|irons) (?:my|our|me|us|the kids) (?:${W} )?(?:clothes|uniform|uniforms|school clothes|pants|socks|bedding|sheets|shoes)\\b`,
      `\\b(?:called|call me|calls me|say i am|said i am|say i|said i) (?:${W} )?(?:smelly|stinky|dirty|tramp|a tramp)\\b`,
      `\\b(?:have to|had to|has to|got to|left to) (?:fend for|sort|look after|take care of|cook for|feed|get) (?:myself|ourselves|themselves)(?: out)?\\b (?:${W} ){0,4}?(?:because|as|since|cos|mum|dad|nobody|no one|every day|all day|most days|at home)`,
      `${subjectThen(`${DET}${PARENT}`, 2, '(?:sleeps?|stays?|lies|lays|is|are)')} (?:${W} )?(?:in bed )?(?:all day|all the time|every day|most days|till (?:tea time|the afternoon|late))\\b(?! at work)`,
      `\\b(?:nobody|no one|no body|noone|no adult|no adults|no grown up|no grown ups|nobody at home|no one at home|no one really|nobody really) (?:${W} )?(?:looks|look|looking|looked|takes|take|took|taking|cares|care|caring|cared) (?:after|care of|about) (?:me|us|my (?:little |baby |younger )?(?:brothers?|sisters?|siblings?))\\b`,
      `\\b(?:i|we) ${gap(2)}(?:have to|had to|has to|got to) (?:look after|care for|take care of|feed|get|put) (?:myself|ourselves|my (?:\\w+ ){0,2}(?:brothers?|sisters?|siblings?)|the little ones|the baby)\\b (?:${W} ){0,6}?(?:because|as|since|when|while|cos) (?:${W} ){0,2}?(?:mum|dad|parents|she|he|they|no one|nobody) (?:${W} ){0,2}?(?:is|are|was|were|gets|goes|stays) (?:${W} )?(?:out|drunk|asleep|in bed|high|at the pub|away|gone|not there|never there|never home|passed out|off (?:her|his|their) (?:face|head)|too|ill|poorly)`,
    ],
    unless: [
      `\\b(?:for (?:a few |five |ten |\\d+ )?(?:minutes|mins|a minute|a bit|a while|an hour|a little while))\\b`,
      `\\b(?:park|the park|the garden|the planet|the environment|the building|the youth club|the club|the hub|the bins|the library|the area|the estate|the pitch|my phone|my pets?|my dog|my cat|my hamster|my rabbit|the dog|the cat)\\b`,
      `\\b(?:i like|i love|i enjoy|i prefer|peace and quiet|my room to chill|(?:for|to do) (?:my )?(?:homework|revision|reading))\\b`,
    ],
  },
  {
    id: 'en.neglect.home-conditions',
    category: 'NEGLECT',
    severity: 'MEDIUM',
    patterns: [
      // "no electricity at home for a week", "the heating has been off since november"
      `\\b(?:no|not|never|ran out of|run out of|running out of|cut off|turned off|without|nothing on the|can not afford|could not afford)(?: ${W}){0,2}? (?:electric|electricity|electrics|power|heating|heat|gas|hot water|water|lights|light|meter|money on the meter)(?: (?:or|and|nor) (?:${W} )?(?:electric|electricity|power|heating|heat|gas|hot water|water|lights|food))?\\b (?:${W} ){0,4}?(?:${HOME}|for (?:like |about |nearly |over |almost |more than )?(?:days|weeks|ages|a week|months|a month|(?:\\d+|two|three|four) (?:days|weeks|months))|since|all winter|in winter|and (?:it is|its|it s) (?:freezing|cold)|and (?:we|i) (?:are|am) (?:freezing|cold)|so (?:we|i) (?:sleep|have to|wear|can not)|because (?:mum|dad|we|they|she|he) (?:can not|could not|has no|have no|did not|does not|forgot))`,
      `\\b(?:our|my|the house|the flats?|mums|dads|my mums|my dads) (?:electric|electricity|electrics|power|heating|gas|hot water|water|lights) (?:has |have |had )?(?:been |got |is |was |were )?(?:cut off|turned off|switched off|disconnected|run out|ran out)\\b`,
      `\\b(?:electric|electricity|electrics|power|heating|gas|hot water|water|lights) (?:has |have |had )?(?:been |is |are |was |got )?(?:cut off|off|turned off|gone off|run out|ran out|not working) (?:${W} ){0,5}?(?:${HOME}|for (?:days|weeks|ages|a week|months|\\d+ (?:days|weeks))|since|all winter|again at home|because (?:mum|dad|we|they|she|he) (?:can not|could not|has no|have no|did not|does not))`,
      `\\b(?:meter|electric|electricity|gas|the power|the heating) (?:has |had )?(?:ran|run|running|gone|went) out\\b`,
      `\\b(?:no money|nothing) (?:left )?on the (?:meter|electric|gas|key|card)\\b`,
      `\\b(?:go|goes|went|going|sleep|sleeps|slept|sleeping) (?:to bed )?in (?:our|my|their|his|her) coats\\b|\\b(?:go|goes|went|going|sleep|sleeps|slept|sleeping) (?:to bed )?in (?:our|my|their|his|her) coat (?:because|as|cos) (?:there is no|we have no|it is (?:so )?(?:cold|freezing)|no heating|the heating)\\b`,
      // "no clean clothes", "same clothes for a week", "no bed"
      `\\b(?:no|not got|never have|never got|have not got|do not have) (?:any )?(?:clean|washed) (?:clothes|uniform|pants|socks|knickers)`,
      `\\b(?:same|dirty|smelly) (?:clothes|uniform|pants|socks) (?:${W} ){0,2}?(?:for (?:days|a week|weeks|ages|\\d+ days)|every day|all week)`,
      `\\b(?:i|we|my \\w+) (?:${W} )?(?:do not have|have not got|has not got|does not have|have no|has no|got no|not got|never had) (?:a |my own |proper |any |a proper )?(?:bed|beds|mattress)\\b(?! (?:yet|at the moment|till|until))`,
      `\\bno (?:beds?|mattress(?:es)?) (?:in|at) (?:our|my|the|me) (?:house|flat|home)\\b|\\bno (?:beds?|mattress(?:es)?)\\b (?:${W} ){0,6}?(?:sleep|sleeps|sleeping|slept) on the (?:sofa|floor|settee|couch)\\b(?! bed)`,
      `\\b(?:sleep|sleeps|slept|sleeping) on the floor (?:${W} ){0,3}?(?:because|as|cos|no bed|there is no|do not have|every night|at home)`,
      `\\b(?:mattress|mattresses) on the floor\\b|\\bshare (?:a|one|the same) (?:bed|mattress) with (?:${W} )?(?:\\d+|three|four|five|six|all)\\b`,
      // "the house is filthy", "dog poo everywhere"
      `\\b(?:house|home|flat|place|kitchen|bedroom|room) (?:is|was) (?:always |so |really |dead )?(?:filthy|disgusting|minging|full of rubbish|covered in|a tip|infested|full of (?:mould|rats|mice|dog poo|cockroaches|bugs))`,
      `\\b(?:dog poo|dog mess|rats|mice|cockroaches|mould|bed bugs|nits|rubbish|bin bags|rubbish bags|dirty nappies|flies|maggots) (?:${W} ){0,1}(?:everywhere|all over|in (?:my|our|the) (?:bed|room|house|flat|kitchen))`,
      // medical neglect: "mum will not take me to the dentist"
      `${subjectThen(CARER, 2, '(?:will not|would not|won t|do not|does not|did not|never|refuses? to|can not be bothered to)')} (?:${W} )?take (?:me|us) to (?:the )?(?:doctor|doctors|dentist|hospital|gp|optician)`,
      // parental substance misuse
      `\\b${DET}${PARENT}${`(?: (?:and (?:${DET}(?:${PARENT}|${PARTNER}))))?`} ${gap(2)}(?:is|are|was|were|gets|get|got|getting) (?:always |usually |often |so |really |too |like )?(?:drunk|wasted|high|stoned|off (?:her|his|their) (?:face|head|nut)|passed out|out of it|on drugs|smashed|hammered|battered)\\b (?:${W} ){0,4}?(?:every|all the time|most (?:days|nights)|a lot|again|when (?:i|we) (?:get|come) home|and (?:can not|does not|do not|forgets|forgot|passes out|falls|we have to|i have to|leaves|left|hits|shouts)|too (?:drunk|high)|to (?:look after|care)|in the (?:morning|day))`,
      `${subjectThen(`${DET}${PARENT}`, 3, 'drinks|drink|drinking')} (?:${W} ){0,2}?(?:all day|every day|every night|all the time|till (?:she|he|they) pass|until (?:she|he|they) pass|and (?:passes|pass|passed) out|so much|too much|and (?:can not|does not|do not|forgets|hits|shouts))`,
      `${subjectThen(`${DET}${PARENT}`, 4, '(?:takes|take|taking|does|do|doing|smokes|smoke|smoking|sniffs|snorts|injects|uses)')} (?:drugs|crack|heroin|coke|cocaine|weed|spice|ket|ketamine|meth|smack|gear|pills)\\b`,
    ],
    unless: [
      `\\b(?:at|in) (?:the )?(?:park|beach|street|town|playground|hotel|caravan|tent|school|hall|centre|club|session|hub|leisure centre|pool|changing rooms?|building|library|meeting|office|gym|church|mosque|camp|campsite)\\b`,
      `\\b(?:power cut|camping|festival|holiday|storm)\\b`,
      `\\b(?:wedding|party|christmas|new year|birthday|barbecue|bbq|celebrat\\w*|only once|just once|once at|at the (?:match|game))\\b`,
      `\\b(?:used to|when i was (?:little|younger|small)|before (?:she|he|they) got (?:help|better|clean|sober)|is sober|got sober|in recovery|stopped drinking)\\b`,
    ],
  },
];

/*
 * FEAR_OF_HOME. MEDIUM: fear says something is wrong at home but not yet what; a person needs to ask.
 * When the child also says why ("because he hits me"), the HIGH harm rules match as well.
 */
const FEAR = alt('scared', 'afraid', 'frightened', 'terrified', 'petrified', 'fearful', 'worried', 'nervous', 'anxious', 'panicky', 'panicking', 'dreading', 'dread', 'freaked out', 'freaking out', 'shaking', 'scared stiff');
const GOING_HOME = alt(
  'home', 'go home', 'going home', 'get home', 'getting home', 'go back home', 'going back home', 'go back there', 'going back there',
  'be at home', 'being at home', 'be home', 'being home', 'stay at home', 'staying at home', 'be in the house', 'being in the house',
  '(?:go|going|get|getting|be|being) back to (?:my |the |that )?(?:mums|dads|house|flat|placement|foster \\w+|carers|home|my mums|my dads|nans|place)',
  '(?:going|being|staying|stay) (?:at|to) (?:my |the )?(?:mums|dads|my mums|my dads)',
  'go to (?:my |the )?(?:mums|dads|my mums|my dads|nans|placement|contact)', 'come home', 'coming home', 'leave here',
);
const fearOfHome: ScreeningRule[] = [
  {
    id: 'en.fear.home',
    category: 'FEAR_OF_HOME',
    severity: 'MEDIUM',
    patterns: [
      // "scared to go home", "terrified of going home tonight"
      `\\b${FEAR}${NOT_NEGATED} (?:${W} )?(?:to|of|about|when|before) (?:${W} )?${GOING_HOME}\\b`,
      // "i do not want to go home because", "never want to go back to dads"
      `\\b(?:do not|does not|did not|never|really do not|do not ever|not|hate|hating|dread|dreading) (?:want|wanna|wanting|like)? ?(?:to )?(?:go|going|be|get|getting|come|coming|stay|staying|being) (?:back )?(?:home|at home|in the house|there|back to (?:my |the )?(?:mums|dads|house|flat|placement|home|nans|foster \\w+|carers)|to (?:my |the )?(?:mums|dads|nans|contact))\\b (?:${W} ){0,3}?(?:because|as|since|when|he|she|they|mum|dad|ever|again|tonight|today|this weekend|after school|to (?:him|her|them)|at all|it is|its|it gets|of what|after what|if (?:he|she|they)|cos of|in case|on my own|with (?:him|her|them)|anymore|any more)\\b`,
      // "scared of my dad", "my step dad scares me", "afraid of what he will do"
      `\\b${FEAR}${NOT_NEGATED} (?:of|around|about|by|when i am with|to be with|to be around|to be alone with|to tell) ${DET}(?:${PARENT}|${PARTNER}|${LIVES_WITH})\\b(?! (?:dog|cat|snake|spider|car|driving|snoring|jokes|films?|stories|music|singing|dancing|cooking|telling)\\b)`,
      // "i always feel scared when im at home", "frightened in my own house"
      `\\b${FEAR}${NOT_NEGATED} (?:${W} ){0,2}?(?:at home|in (?:my|our|the) (?:house|home|flat)|when (?:i am|we are|i get|we get|i go|i am back) (?:at )?home|of being (?:at )?home|in my own (?:home|house|room|bed))\\b`,
      // barricading the bedroom door
      `\\b(?:lock|locks|locked|locking|barricad\\w+|wedg\\w+|block|blocks|blocked|(?:a|my|the) (?:chair|drawers|desk|bed|wardrobe) (?:against|behind|in front of|under)) (?:my |the )?(?:bedroom )?(?:door|door handle)\\b (?:${W} ){0,5}?(?:because|cos|as|so|at night|every night) (?:${W} ){0,3}?(?:scared|afraid|frightened|terrified|(?:he|they|dad|my (?:\\w+ )?dad|mums \\w+) (?:can not|does not|do not|will not|cant) (?:get|come) in)`,
      `${subjectThen(`${DET}(?:${PARENT}|${PARTNER})`, 3, '(?:scares|scared|frightens|frightened|terrifies|terrified|threatens|threatened|intimidates|bullies|bullied)')}${NOT_NEGATED} (?:me|us)\\b`,
      `\\b${FEAR} (?:of )?what (?:${PERP_ADULT}) (?:will|would|might|is going to|are going to|is gonna|could) (?:do|say)\\b`,
      // "i do not feel safe at home", "home is not safe"
      `\\b(?:do not|does not|never|not|dont|no longer|can not|un) ?(?:feel|feeling|felt|am|is|be)? ?(?:safe|safe any ?more) (?:at home|in (?:my|our|the) (?:house|home|flat|room|bed)|with (?:${DET}(?:${PARENT}|${PARTNER}|him|her|them))|around (?:${DET}(?:${PARENT}|${PARTNER}|him|her|them))|when (?:he|she|they|my|mum|dad) (?:is|are|gets|comes)|there|anywhere)\\b`,
      `\\b(?:home|my house|our house|my flat|mums house|dads house|my placement) (?:is|does not feel|does not feel|is not|never feels|feels) (?:${W} )?(?:unsafe|not safe|scary|dangerous|frightening|terrifying|like hell|horrible because|hell)\\b`,
      `\\b(?:i|we) (?:am|are) not safe\\b`,
      // staying out to avoid home
      `\\bso (?:i|we) (?:do not|did not|will not|can) (?:have to )?(?:avoid |not )?(?:go|be|get|face|see|deal with|be near|be around|be alone with|go back to|run into) (?:home|back home|back$|back there|in the house|there|near (?:him|her|them)|him|her|them|${DET}(?:${PARENT}|${PARTNER}))\\b`,
      `\\b(?:when|every time|whenever|as soon as|if) (?:i|we) (?:hear|see|heard|saw|hears) (?:his|her|their|${DET}(?:${PARENT}|${PARTNER})s?) (?:${W} )?(?:car|van|voice|key|keys|footsteps|feet|door|coming|come in|walk in|get home|gets home|pull up|shouting|drunk)\\b ${words(5)}(?:shak\\w*|trembl\\w*|panic\\w*|freez\\w*|cry\\w*|scared|terrified|frightened|hide|hiding|run to my room|go to my room|heart (?:races|pounds|goes))`,
      `\\b(?:shak\\w*|trembl\\w*|panic\\w*|freez\\w*|scared|terrified|frightened|hide|hiding) ${words(3)}(?:when|every time|whenever|as soon as) (?:i|we) (?:hear|see) (?:his|her|their|${DET}(?:${PARENT}|${PARTNER})s?) (?:${W} )?(?:car|van|voice|key|keys|footsteps|feet|coming|come in|get home|pull up|shouting)\\b`,
      `\\b(?:can not|could not) (?:take|stand|cope with|handle|bear|deal with) (?:it|being|living|life) (?:at home|there|in that house|in (?:my|our|the) (?:house|flat)|with (?:him|her|them|${DET}(?:${PARENT}|${PARTNER})))\\b`,
      `\\b(?:walk\\w*|tiptoe\\w*|tip toe\\w*) (?:${W} )?(?:on|around) egg ?shells\\b`,
      // "i am always scared at home", "i lock my door at night because of him"
      `\\b(?:i am|i feel|i get|i m|i|we are|we) (?:${W} )?(?:always |so |really |very |often |constantly )?(?:scared|afraid|frightened|terrified|unsafe|on edge|petrified) (?:at home|in (?:my|our|the) (?:house|flat|home)|when i am (?:at )?home|(?:when|whenever|every time|as soon as) (?:he|she|they|${DET}(?:${PARENT}|${PARTNER})) (?:is|are|gets|get|comes|come|walks|goes) (?:home|in|back|drunk|angry))\\b`,
      `\\b(?:lock|locks|locked|locking|barricade|barricaded|put a chair (?:against|under)) (?:my|the|our) (?:bedroom )?(?:door|room) (?:${W} ){0,4}?(?:because of|cos of|so (?:he|she|they) (?:can not|do not|does not|will not)|in case (?:he|she|they)|to keep (?:him|her|them) out|from (?:him|her|them))\\b`,
      `\\b(?:do not|never|can not|could not) (?:want to |wanna |stand to |bear to )?(?:be|live|stay|sleep|being|living) (?:in the same (?:house|room|flat|home)|under the same roof) (?:as|with) (?:him|her|them|${DET}(?:${PARENT}|${PARTNER}))\\b`,
      // "i dread going home", "i wish i did not have to go home", "please do not make me go home"
      `\\b(?:dread|dreads|dreading|dreaded|hate|hates|hating) (?:going|getting|being|coming|walking) (?:back )?(?:home|in the house|back there)\\b`,
      `\\bwish (?:i|we) (?:did not|do not|never|would not|was not|were not|could not) (?:have to |had to )?(?:go|going|live|living|be|get|stay|come|came) (?:back )?(?:home|at home|there|back there|with (?:him|her|them|${DET}(?:${PARENT}|${PARTNER})))\\b`,
      `\\b(?:please )?(?:do not|never) (?:make|send|take) (?:me|us) (?:go )?(?:back )?(?:home|back there|back to (?:him|her|them|my \\w+|that house))\\b`,
      // home described as bad: "things at home are really bad"
      `\\b(?:things|it|life|stuff|everything) (?:at home|in my house|at my house|at mums|at dads|in my placement|in my foster home|at home with (?:him|her|them)) (?:is|are|has been|have been|is getting|are getting|got|get|gets) (?:${W} )?(?:bad|awful|horrible|terrible|hard|scary|worse|unbearable|a nightmare|hell|not good|not ok|not okay|rough|really bad|so bad)\\b`,
      // a plain cry for help, not for help with something
      `\\b(?:please |pls |plz )?(?:can |could |will )?(?:someone|somebody|anyone|anybody|you) (?:please )?(?:help|save) (?:me|us)(?! (?:with|to|do|find|get|learn|understand|choose|pick|out with|on|by|in|at|make|fix|sort))\\b`,
      `\\b(?:please|pls|plz) (?:help|save) (?:me|us)\\b(?! (?:with|to|do|find|get|learn|understand|choose|pick|out|on|by|in|at|make|fix|sort|revise|write|spell|read|think|decide))`,
      // "i cry every night because i do not want to be at home"
      `\\b(?:cry|cries|crying|cried|scared|upset|sick|shaking|can not sleep) (?:${W} ){0,4}?(?:because|as) (?:i|we) (?:do not|never|really do not) (?:want|wanna) (?:to )?(?:go|be|get|stay|going|come|live) (?:back )?(?:home|at home|there|back there|in that house|with (?:him|her|them))\\b`,
      `\\bi (?:really )?need (?:some )?help(?! (?:with|to|in|on|for|finding|getting|choosing|understanding|doing|making))\\b (?:${W} ){0,4}?(?:please|at home|now|right now|urgent\\w*|asap|scared)`,
      // silenced: "dad said he would throw me out if i told the social worker anything"
      `\\b(?:said|says|told me|tells me|threaten\\w*|warned me|warns me) (?:${W} ){1,8}?(?:if|when) (?:i|we) (?:ever )?(?:tell|told|say|said|speak|spoke|talk|talked|grass|grassed|snitch|snitched) (?:anything )?(?:to )?(?:the |my |a |our )?(?:social worker|social|police|school|teachers?|anyone|anybody|you|workers?|someone|social services)\\b`,
      // kept quiet about home: "if i tell anyone what happens at home i will be taken away"
      `\\b(?:not (?:to |allowed to |supposed to )?tell|can not tell|never tell|if i (?:ever )?tell|if i told|do not tell|scared to tell|afraid to tell) (?:${W} )?(?:anyone|anybody|people|school|teachers?|social workers?|the police|you|no one|nobody)? ?(?:about )?what (?:happens|goes on|happened|went on|he does|she does|they do) (?:at home|in (?:our|my|the) (?:house|flat)|behind closed doors|indoors)\\b`,
      // the body's fear on the way home: "i feel sick on the way home in case he is there"
      `\\b(?:feel|feeling|feels|felt|get|gets|getting|start) (?:${W} )?(?:sick|ill|shaky|shaking|panicky|anxious|nervous|scared|frightened|a knot|butterflies|a panic attack|panic attacks|(?:horrible|bad|sick|funny|weird|awful|scary|horrid) feeling) (?:${W} ){0,4}?(?:(?:when|every time|whenever|before) (?:i|we) (?:have to |has to |got to |need to )?(?:go|get|walk|come) (?:back )?(?:home|to (?:my |the |that )?(?:mums|dads|house|placement|nans|flat))|on the way home|going home|walking home|before (?:i|we) (?:go|get) home|when (?:i|we) (?:go|get|walk) home|about going home|when it is time to go home|(?:it is|its) time to go home|at home time|home time|going back(?! to (?:school|class|lessons|college|work|the (?:club|session|dentist|doctors))))`,
      `\\bin case (?:${PERP_ADULT}) (?:is|are|was|were) (?:${W} )?(?:there|home|in|back|awake|up|drunk|angry|in a mood)\\b`,
      `\\b(?:hide|hiding|hid)(?! (?:${W} ){0,12}(?:washing up|chores|homework|tidy\\w*|hoover\\w*|hide and seek|the dishes)) (?:${W} ){0,2}?(?:in (?:my|the|our) (?:room|bedroom|cupboard|wardrobe|bathroom|toilet|shed)|under (?:my|the) bed|from (?:${DET}(?:${PARENT}|${PARTNER}|him|her|them)))\\b`,
    ],
    unless: [
      NEGATED_SUBJECT,
      `\\b(?:spiders?|dogs?|the dark|clowns|heights|needles|exams?|tests?|ghosts|films?|horror|spooky|the dentist|the doctor)\\b`,
      `\\b(?:washing up|chores|tidy\\w*|hoover\\w*|fun|trip|amazing|awesome|having (?:a|so much|such)|enjoy\\w*|boring|bored|great|brilliant|good time|love it here|like it here|stay longer|stay here|more time|party|sleepover|want to stay|wanna stay|so good|the best|lol|haha|too short|ends? too|wish it was longer|bus|train|late|the rain|the weather|walk home in the dark|on my own in the dark|homework)\\b`,
      `\\b(?:jump(?:ed|s)? out|prank\\w*|joke|joking|halloween|surprise|boo|hide and seek|playing|game)\\b`,
      `\\b(?:lost|broke|broken|forgot|ripped|smashed|cracked) (?:my|the|his|her) (?:phone|coat|keys|bag|shoes|glasses|homework|jumper|tablet|ipad|window|screen|vase|blazer)\\b|\\b(?:wifi|wi fi|internet|no signal|no tv|xbox|playstation)\\b`,
      `\\b(?:worried|anxious|nervous|scared|afraid) (?:${W} ){0,3}(?:about|for) (?:${DET}(?:${PARENT}|${PARTNER}))(?: (?:because|cos|as) (?:she|he|they) (?:is|are|has|have|was|were) (?:ill|poorly|sick|unwell|in hospital|working|sad|lonely|old|getting old))`,
      `\\bnot safe (?:at|in|on) (?:school|class|the session|the meeting|the playground|town|the park|online|the bus|the youth club|the club|the estate|the street)\\b`,
    ],
  },
];

/*
 * RUNNING_AWAY. MEDIUM for running away, going missing and having nowhere to live: a missing episode
 * needs a return conversation. Sleeping rough or on the streets is HIGH because of the immediate risk
 * of exploitation and harm.
 */
const runningAway: ScreeningRule[] = [
  {
    id: 'en.missing.ran-away',
    category: 'RUNNING_AWAY',
    severity: 'MEDIUM',
    patterns: [
      // "i ran away from home last week", "i keep running away from my placement"
      `\\b(?:i|we|me and my \\w+) ${gap(4)}(?:run|runs|running|runnin|ran|runned|running off|ran off|run off)(?: off)? away\\b ${words(4)}(?:from (?:home|the house|my (?:house|home|mums|dads|foster \\w+|placement|carers|nans|family|parents)|foster \\w+|care|(?:the |my )?(?:care|childrens|kids) home|the unit|my family|my parents|them|him|her)|again|before|last (?:night|week|weekend|month|year)|(?:a |the )?(?:few|couple|lot|two|three|four|five|\\d+|loads of|lots of) (?:of )?times|loads|lots|twice|once|tonight|at night|in the night|because (?:of )?(?:my|mum|dad|he|she|they|them|him|her|it is|its|home|of what)|so (?:he|she|they) (?:can not|could not|would not)|and (?:slept|sleep|stay|stayed|went|go|did not come back|the police)|to (?:my (?:friends|mates|boyfriends|girlfriends|nans|aunties|dads|mums)|london|manchester|the city|another town))`,
      `\\b(?:i|we|me and my \\w+) ${gap(4)}(?:run|ran|running|runnin) away${CLAUSE_END}`,
      // "i want to run away", "thinking about running away from here"
      `\\b(?:want|wanted|wanna|thinking|think|thought|going|planning|plan|gonna|might|will|wish i could|wish i can|feel like|dream of|dream about|decided) ${gap(2)}(?:to )?(?:run|running|ran) away(?! from (?!home|my|our|the house|the flat|foster|care|here|it all|everything|them|him|her|this)(?:${W}))\\b`,
      `\\b(?:runaway|run away) (?:from home|from care|again)\\b`,
      `\\b(?:do|doing|did|done|does) a runner\\b`,
      `\\b(?:left|walked out of|stormed out of|ran out of|run out of) (?:home|the house|my house|our house|the flat|my placement|my foster \\w+)\\b (?:${W} ){0,4}?(?:and )?(?:i )?(?:have |has )?(?:not|never) (?:been|gone|went) back\\b`,
      `\\b(?:leave|leaving|left|walk out|walked out|walking out) (?:home|the house|my house|the flat) (?:and (?:never|not) (?:come|coming|go|going) back|for good|tonight|forever|for ever)\\b`,
      `\\b(?:left|walked out of|ran from|run from|absconded from|not been back to|not gone back to|not been to) (?:my |the |our )?(?:foster (?:placement|home|carers|house|family)|placement|care home|childrens home|kids home|home|unit|house) (?:${W} ){0,6}?(?:staying|been staying|sleeping|living|stopping|dossing|crashing) (?:at|with|in|on|round)\\b`,
      `\\b(?:i|we) (?:have |had )?(?:not been|not gone|never went|did not go|not slept) (?:back )?(?:home|at home) (?:for|since|in) (?:days|weeks|ages|a week|(?:\\d+|two|three|four|five) (?:days|nights|weeks)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last (?:week|night))\\b`,
      `\\b(?:locked|locks|lock|shut|shuts|slammed) the door on (?:me|us)\\b|\\b(?:would not|will not|did not|does not|wont) let (?:me|us) (?:back )?in(?: the house)?\\b`,
      // "i went missing", "the police found me", "reported me missing"
      `\\b(?:i|we|me) ${gap(3)}(?:went|go|goes|going|been|was|were|got|get|keep going|kept going) missing\\b`,
      `\\b(?:reported|report|reports) (?:me|us) (?:as )?missing\\b`,
      `\\bpolice (?:${W} )?(?:found|find|brought|bring|picked up|pick up|picked|picks|pick|took|take|fetched|fetch|returned|return|looking for|looked for|searched for|searching for) (?:me|us)(?: up| back| home)?\\b(?: ${words(4)}(?:back|home|missing|after|days|nights|sleeping|on the streets|in the park|at \\w+ (?:station|park)|at (?:\\d+|one|two|three|four|five) ?(?:am|in the morning|oclock at night)|in the (?:middle of the )?night|late at night|in town|wandering)|$)`,
      `\\b(?:\\d+|two|three|four|five|a few|a couple of|couple of) (?:days|nights|weeks) missing\\b`,
      `\\bmissing for (?:\\d+|two|three|four|five|a few|a couple of|couple of|days|nights|a week|a night|the weekend|ages)\\b`,
      // "kicked me out", "not allowed back home", "nowhere to live"
      `\\b(?:kicked|kicks|kick|threw|throws|throw|thrown|chucked|chucks|chuck|put|puts|locked|locks|lock) (?:me|us) out(?! by accident| accidentally)(?! of (?:the |my |our )?(?:game|match|class|lesson|club|team|school|group|chat|shop|cinema|library|session|room|car|lesson|account|phone|xbox|playstation|bathroom|bedroom))\\b`,
      `\\b(?:i|we) ${gap(2)}(?:got|get|was|were|been|am|are) (?:kicked|thrown|chucked|put|locked) out (?:of (?:home|the house|my house|our house|the flat|our flat|my mums|my dads)|again|last night|for the night|all night|at night|and)`,
      `\\b(?:not allowed|can not go|can not come|can not ever go|told not to come) (?:back )?(?:home|back to (?:my |the )?(?:house|flat|mums|dads|home))\\b`,
      `\\b(?:nowhere|no where|no place|nowhere safe) (?:to|i can|we can) (?:live|sleep|stay|go tonight|go at night|go)\\b`,
      `\\b(?:i am|we are|i was|we were|made|i became|we became|i will be|we will be) (?:${W} )?homeless\\b`,
      // staying out all night
      `\\b(?:stay|stayed|staying|stays|was|am|were) out (?:all night|overnight|for days|till (?:\\d+ ?am|[1-6] in the morning|morning|the morning|4|5|6)|until (?:\\d+ ?am|morning|the morning))`,
    ],
    unless: [
      `\\b(?:from|away from) (?:the|a|that|this) (?:maths |english |science |french |history |pe |boring |\\w+ )?(?:bee|wasp|dog|spider|bull|goose|geese|swan|ghost|monster|zombie|meeting|room|session|class|lesson|test|question|questions|camera|bully|bullies)\\b`,
      `\\b(?:circus|pirates|fairies|disney|hogwarts|narnia|lol|haha|joke|joking|in the game|in my dream|in a dream|in the film|in the book|at first|at the start|hide and seek|tag|tig)\\b`,
      `\\b(?:dog|cat|hamster|rabbit|puppy|kitten|pet|tortoise|budgie|guinea pig|horse|pony|goat|chicken|bird|parrot|snake|ferret)s? (?:${W} )?(?:ran|run|runs|running|got|escaped|went) (?:away|off|out|missing)\\b`,
      `\\b(?:my|the|our) (?:dog|cat|hamster|rabbit|puppy|kitten|pet|tortoise|budgie|guinea pig|ball|bike|phone|keys|money)\\b`,
      `\\b(?:missing (?:from home|person|people) (?:team|worker|service|officer))|\\b(?:${ABOUT_THE_TOPIC}) (?:about|on) (?:homeless\\w*|running away|missing)\\b`,
      `\\b(?:sleepover|sleep over|party|festival|new year|prom|camping|ramadan|eid|christmas eve|disco|disney|holiday)\\b`,
    ],
  },
  {
    id: 'en.missing.sleeping-rough',
    category: 'RUNNING_AWAY',
    severity: 'HIGH',
    patterns: [
      // "slept on a bench in town", "kipping in a bus shelter"
      `\\b(?:sleep|sleeps|sleeping|slept|kip|kipped|kipping|doss|dossed|dossing|spent the night|spend the night|spent nights|spend nights|stay|stayed|staying)${NOT_NEGATED} (?:${W} )?(?:on|in|under|at|behind) (?:a |the |some |an )?(?:bench|benches|bus shelter|bus stop|shelter|bridge|stairwell|stair well|stairwells|doorway|doorways|shop doorway|alley|alleyway|underpass|subway|bin shed|bus station|train station|station|multi storey|car park|park|streets?|woods|canal|garages?|sheds?|abandoned \\w+|derelict \\w+)\\b(?! (?:ride|trip|cafe|party|playground)\\b)`,
      // staying with unknown adults
      `\\b(?:staying|stayed|stay|sleeping|slept|living|crashing|dossing|stopping) (?:at|with|round|in) (?:some|a|this|these|an|random) (?:lads|guys|mans|man s|older \\w+|randoms?|strangers?|blokes?|mens|adults?|man i met|guy i met|people i met)(?: (?:flat|house|place|car))?\\b`,
      `\\b(?:sleep|sleeping|slept|sleeps|living|lived|live|lives|stay|stayed|staying|stays|spent the night|spend the night|spent nights|spend nights)${NOT_NEGATED} (?:${W} )?(?:rough|on the streets?|in (?:the|a) (?:park|street|streets|doorway|doorways|stairwell|stair well|bin shed|bus station|train station|station|alley|underpass|multi storey|car park|subway)|in (?:doorways|parks|stairwells)|in (?:the|a|my|our|mums|dads) car (?:because|as|cos|for|every|since)|outside (?:because|as|cos|all night|for)|on (?:the )?streets)\\b`,
      `\\bsofa ?surf\\w*|\\bcouch ?surf\\w*`,
      `\\b(?:i am|i m|im|we are|been|living|i have been|i was|we were|ended up|end up) (?:${W} )?on the streets?\\b`,
      `\\b(?:sleep|sleeping|slept|stay|stayed|staying) (?:on|at) (?:${W} ){0,2}?(?:sofas|couches|floors|different (?:houses|places|peoples|mates|friends)|random (?:houses|places|peoples|mates|friends|peoples houses)|strangers|anyone who|whoever|whatever)\\b`,
      `\\b(?:sleep|sleeping|slept|stay|stayed|staying) (?:on|at) (?:${W} ){0,3}?(?:sofa|couch|floor|house|flat|place)\\b (?:${W} ){0,4}?(?:because|as|cos|since) (?:${W} ){0,2}?(?:can not|could not|am not allowed|was not allowed|do not want to|no where|nowhere|kicked|threw) (?:${W} ){0,2}?(?:go|going|stay|be|live|home|out)`,
    ],
    unless: [
      `\\b(?:joking|jk|lol|haha|homework|revision|camp\\w*|trip|scouts|cubs|beavers|brownies|guides|festival|holiday|duke of edinburgh|dofe|d of e|sleepover|sleep over|expedition|fun|garden|sleepout|sleep out|charity|sponsored|stargazing|birthday)\\b`,
      `\\b(?:${ABOUT_THE_TOPIC}) (?:about|on) (?:homeless\\w*|sleeping rough|rough sleep\\w*)\\b`,
      `\\b(?:homeless (?:people|man|men|woman|person)|people (?:who|that) (?:are|sleep))\\b`,
    ],
  },
];

/*
 * EXPLOITATION. Always HIGH: criminal and sexual exploitation escalate fast, the child is often
 * threatened into silence, and the window to act is short.
 */
const OLDER = alt(
  `older (?:${W} )?(?:friends?|boys?|lads?|girls?|men|man|guys?|kids|people|mates|ones|boyfriends?|girlfriends?|group|gang|bloke|woman|lot)`,
  '(?:someone|somebody|people|a man|a guy|a lad|a woman) (?:much |way |a lot )?older',
  'grown up (?:friends?|men|man|guys?|people)', '(?:\\d\\d|twenty|thirty|forty) year old (?:\\w+ )?(?:man|men|guy|guys|lad|lads|woman|friends?|boyfriend|girlfriend)',
  '(?:a |this |some |these |those )?(?:man|men|guy|guys|bloke|lads|olders|elders)', 'the olders', 'the elders',
);
const GIFT = alt(
  'drugs', 'weed', 'money', 'cash', 'phones?', 'a phone', 'new phones?', 'trainers', 'clothes', 'vapes?', 'alcohol', 'drink',
  'booze', 'vodka', 'drinks', 'cigs', 'fags', 'cigarettes', 'gifts', 'presents', 'lifts?', 'rides?', 'takeaways?', 'nandos', 'mcdonalds',
  'stuff', 'things', 'gear', 'food', 'nails', 'free \\w+', 'designer \\w+',
);
const CARGO = alt(
  'drugs', 'weed', 'gear', 'bits', 'packages?', 'parcels?', 'bags?', 'stuff', 'things', 'phones?', 'a phone', 'burner',
  'money', 'cash', 'knives', 'a knife', 'a blade', 'weapons?', 'a gun', 'guns', 'it', 'them', 'food', 'coke', 'crack', 'pills',
  'wraps', 'deals?', 'shots', 'boxes', 'envelopes?', 'knife', 'blade', 'shank', 'gun', 'machete',
);
const exploitation: ScreeningRule[] = [
  {
    id: 'en.exploitation.criminal',
    category: 'EXPLOITATION',
    severity: 'HIGH',
    patterns: [
      // "older friends give me drugs and money", "the olders bought me trainers"
      `${subjectThen(OLDER, 4, '(?:gives?|gave|giving|buys?|bought|buying|pays?|paid|paying|offers?|offered|gets?|got|getting|sends?|sent)')} (?:me|us) (?:${W} ){0,3}?${GIFT}\\b`,
      // "they make me sell", "makes me carry things for them", "paid me to deliver packages"
      `\\b(?:makes?|made|making|forces?|forced|forcing|pressur\\w+|pays?|paid|paying|gives? me money|uses?|used|using|sends?|sent|sending|gets?|got|getting) (?:me|us|her|him|them|my (?:\\w+ )?(?:friends?|mates?|sisters?|brothers?)) (?:${W} ){0,2}?(?:to )?(?:sell|selling|deal|dealing|shot|shotting|run|running|move|moving|carry|carrying|hold|holding|hide|hiding|stash|stashing|deliver|delivering|drop|dropping|drop off|collect|collecting|take|taking|bring|bringing|keep|keeping|steal|stealing|nick|nicking|rob|robbing|shoplift\\w*) (?:${W} )?(?:${CARGO}|for (?:them|him|her|the|some|older|these|those))\\b`,
      `\\b(?:they|them|the (?:lads|boys|men|guys|olders|elders|gang)|these (?:lads|boys|men|guys|people)|some (?:lads|boys|men|guys|people)|older (?:ones|lads|boys|men|kids|friends)|he|she) ${gap(2)}(?:make|makes|made|force|forces|forced|pressur\\w+) (?:me|us) (?:${W} )?(?:sell|deal|shot|run|carry|hold|hide|stash|deliver|move|drop|steal|nick|rob|shoplift|do (?:runs|drops|jobs|deliveries|shots))\\b`,
      // "made to deliver packages", "forced to carry things"
      `\\b(?:made|forced|paid|pressured|sent|used) to (?:deliver|drop off|drop|carry|hold|hide|take|move|sell|collect|run|stash|keep|shot|deal) (?:${W} ){0,2}?${CARGO}\\b`,
      // "i owe them", "they said i owe them money"
      `\\b(?:i|we) ${gap(2)}(?:owe|owes|owed|in debt to) (?:them|him|her|the (?:lads|boys|men|guys|olders|elders|gang|dealers?)|these|those|some|people|money|a debt|a lot|loads|them money|him money)\\b(?! (?:them |him |her )?(?:a go|a turn|a favour|a game|a rematch|a drink|a sweet|a pound|a quid|a fiver|a tenner|one|lunch|a chocolate|a biscuit|a can|a new one|another one)\\b)`,
      `\\b(?:they|he|she) (?:say|says|said|told me|tell me|keep saying) (?:${W} )?(?:i|we) (?:owe|owes)\\b(?! (?:them |him |her )?(?:a go|a turn|a favour|a game|a rematch|a drink|a sweet|a pound|a quid|a fiver|a tenner|one|lunch|a chocolate|a biscuit|a can|a new one|another one)\\b)`,
      `\\b(?:pay|paying|work|working|give|giving) (?:${W} )?(?:back|off) (?:what|the money|everything|all) (?:i|we) (?:owe|owed)\\b`,
      // sexual exploitation: passed between older males
      `\\b(?:sleep|slept|sleeping|have sex|had sex|do stuff|do things|hook up|hooked up|go) with (?:his|her|their|the) (?:mates|friends|boys|lads|cousins|mate|friend|older \\w+)\\b`,
      `\\b(?:in debt|a debt)\\b ${words(3)}(?:to them|to him|to the|to older|for drugs|for weed|for the)`,
      `${subjectThen(OLDER, 3, '(?:told|tell|tells|asked|asks|got|get|gets|made|make|makes|want|wants|wanted)')} (?:me|us) to (?:hide|hold|keep|carry|stash|sell|deliver|drop|move|take|bring|mind|look after) (?:${W} ){0,2}?${CARGO}\\b`,
      // street dealing and body-packing
      `\\b(?:taken|driven|sent|took|take|takes) (?:me |us )?(?:out of town|out of the area|miles away|country)\\b (?:${W} ){0,6}?(?:sell|selling|deliver\\w*|drugs|for days|by (?:older|the lads|men|the olders|the elders))\\b`,
      `(?<!\\b(?:mum|dad|nan|grandad|grandma|parents|carers?) )\\b(?:gives?|gave|buys?|bought) (?:me|us) (?:${W} ){0,4}?(?:lifts|money|presents|gifts|vapes|phones?|alcohol|drink)\\b (?:${W} ){0,4}?(?:and|then) (?:(?:takes|took) (?:photos|pictures|pics|videos) of (?:me|us)|(?:wants|asks|asked|tells|told) (?:me )?(?:to )?(?:keep (?:it )?(?:a )?secret|not tell|meet|come to|sit on|kiss|send))\\b`,
      `\\b(?:1[89]|[2-5]\\d|twenty\\w*|thirty\\w*|forty\\w*) (?:year old|yr old|yo)\\b (?:${W} ){0,5}?(?:be my boyfriend|be my girlfriend|go out with me|date me|dating me|meet me|meet up|fancies me|likes me|my boyfriend|my girlfriend|wants me|sleep with me|kiss me)\\b`,
      `\\b(?:get|got|getting|gets) paid (?:${W} ){0,2}?(?:just )?to (?:hold|keep|carry|hide|stash|look after|mind|deliver|drop|take|move) (?:${W} )?${CARGO}\\b`,
      `\\b(?:wants?|wanted|asked|asks|told|tells|keeps asking) (?:me )?to run away with (?:him|her|them)\\b`,
      `\\b(?:have to|got to|must|need to) (?:work|sell|deal|run|carry) for (?:them|him|the (?:lads|gang|boys|men|olders|elders))\\b (?:${W} ){0,3}?(?:or (?:else|they|he|she)|to pay|because (?:i|we) owe)|\\bif (?:i|we) want to (?:be safe|stay safe|be left alone)\\b (?:${W} ){0,4}?(?:have to|got to|must|need to) (?:work|sell|deal|run|carry)\\b`,
      `\\b(?:messages|texts|calls|people (?:i|we) (?:do not|did not) know|the phone|burner|a phone) (?:${W} ){0,6}?(?:telling|tell|tells|told) (?:me|us) where to (?:go|be|meet)\\b`,
      `\\b(?:told|made|not allowed|could not|can not) (?:${W} )?(?:not )?(?:to )?leave (?:${W} ){0,2}?(?:until|till) (?:${W} ){0,3}?(?:sold|gone|done|finished|paid)\\b|\\b(?:driven|taken|dropped|sent) (?:off )?to (?:a|some|this|their|an empty) (?:flat|house|place|hotel)\\b (?:${W} ){0,6}?(?:told|made|kept|locked|sell|selling|not (?:allowed|to leave))\\b`,
      `\\b(?:earn|make|get) (?:money|cash|quick money|easy money|some money|loads of money|\\d+ (?:quid|pounds))\\b (?:${W} ){0,4}?(?:if|by) (?:i|we) (?:go to (?:parties|his|their|a flat|a party)|meet (?:him|his|them|men|some)|come to (?:his|their)|carry|deliver|sell|hold|drop|do (?:runs|drops|jobs for)|sleep with|stay with)\\b`,
      `(?<!\\b(?:mum|dad|nan|grandad|parents|carers?|teacher|school|coach|auntie|uncle) (?:${W} )?)\\b(?:took|take|takes|taken|sent|send|drove|drives|driven) (?:me|us) (?:${W} ){0,6}?(?:to|into) (?:another|other|different|a different) (?:town|city|area|towns|cities|county)\\b(?! (?:for|to see) (?:a |the |my )?(?:wedding|funeral|holiday|match|trip|day out|shopping|visit|family|cousins?|nan|grandparents))`,
      `\\b(?:go|going|went|sent) out (?:late |at night |late at night |in the night )+(?:${W} ){0,2}?for (?:them|him|the (?:lads|boys|men|olders|elders|gang|guys))\\b|\\bfor (?:them|him|the \\w+) and (?:come|came|bring|brought) back (?:with )?(?:the )?(?:money|cash)\\b`,
      `\\b(?:rings?|ringing|rang|calls?|calling|called|texts?|texting|texted|messages?|messaging) (?:me|us) to (?:do|go on|collect|pick up) (?:a |the |some |more )?(?:drops?|runs?|deliveries|jobs?|pick ?ups?)\\b`,
      `\\b(?:arrested|caught|stopped|picked up by (?:the )?police) (?:${W} ){0,4}?(?:in (?:another|a different) (?:town|city|area)|with (?:drugs|weed|a knife|knives|cash|money|a bag|gear) (?:that|which) (?:were not|was not|werent|wasnt|are not|is not) (?:mine|ours))\\b`,
      `\\b(?:want|wants|wanted|ask|asks|asked|keep asking)(?<=\\b(?:${OLDER}|(?:the )?(?:boys|lads|gang|men) (?:at|from|in|on|round) (?:the |my )?\\w+) ${gap(6)}(?:want|wants|wanted|ask|asks|asked|keep asking)) (?:me|us) to (?:run|carry|hold|deliver|drop|sell|move|stash|hide|keep) (?:${W} )?${CARGO}\\b`,
      `${subjectThen(`${NON_FAMILY_ADULT}|someone|somebody`, 4, '(?:waits?|waiting|waited|hangs? around|hanging around|parks?|parked|sits?|sitting)')} (?:${W} )?for me (?:outside|by|near|at|after) (?:my |the )?(?:school|house|gates|school gates|bus stop|college|home)\\b|${subjectThen(`${NON_FAMILY_ADULT}|someone|somebody`, 4, '(?:offer\\\\w*|keeps? offering)')} (?:me|us) (?:a )?(?:lifts?|rides?)\\b`,
      `\\b(?:offer\\w*|pay\\w*|paid|give\\w*|gave|promised) (?:me|us) (?:(?:\\d+|a hundred|hundreds|a grand|loads of|good|easy|quick) (?:quid|pounds|money|cash|grand)|\\d+(?:k| quid| pounds)?|money|cash)\\b (?:${W} ){0,2}?to (?:take|carry|deliver|drop|hold|keep|hide|move|bring|sell|run) (?:${W} )?${CARGO}\\b`,
      `\\b(?:use|uses|used|using|took over|take over|taken over|taking over) (?:my|our|mums|my mums|my nans) (?:flat|house|home|place|room)\\b (?:${W} ){0,3}?(?:to sell|to deal|for (?:dealing|selling|drugs)|to store|to stash|to keep|as a (?:trap|base))\\b`,
      `\\b(?:sleep|slept|sleeping|have sex|had sex|do stuff|do things) with (?:older |grown |adult )?(?:men|man|guys|blokes|adults|strangers|people)\\b (?:${W} ){0,4}?(?:for|to get) (?:money|cash|somewhere to stay|a place to stay|drugs|weed|food|a bed|gifts|stuff)\\b`,
      `\\b(?:sent|send|sends|get sent|got sent) (?:out )?to (?:rob|steal|mug|shoplift|nick|stab|jump|beat up|fight)\\b`,
      `\\b(?:will|would|going to|offered to|offers to|promised to|says he will|said he would) (?:pay|give|buy|send) (?:me|us) (?:${W} ){0,3}?if (?:i|we) (?:meet|meet up|come (?:to|over|round)|go (?:to|round)|send|show|sleep with|stay|visit)\\b`,
      // a cover story: "he said it was extra training but took me to his flat"
      `\\b(?:said|says|told (?:me|us|my \\w+)|tells (?:me|us)) (?:that )?(?:it was|it is|its|it s) (?:just |only |extra |a )?(?:training|practice|a job|work|a favour|a game|helping out|a lift|nothing|a test|a trial)\\b (?:${W} ){0,2}?but (?:${W} ){0,10}?(?:flat|house|bags?|parcels?|packages?|drugs|weed|money|vodka|drink|alcohol|car|another (?:town|city)|other (?:towns|places|cities)|sell|deliver\\w*|carry|drop|alone|on my own|stay)\\b`,
      `${subjectThen(NON_FAMILY_ADULT, 8, '(?:took|takes|taking|invited|invites|brought|brings|drove|drives)')} (?:me|us) (?:back )?(?:to|round|into|in) (?:his|her|their) (?:flat|house|place|car|room|hotel room|van)\\b (?:${W} ){0,8}?(?:vodka|drink|drinks|alcohol|beer|weed|drugs|pills|money|secret|not to tell|alone|on my own|just me|at night|overnight|stay the night|stayed over|sleep over)\\b`,
      `\\b(?:go|going|went|goes) (?:wherever|where) (?:they|he|she|the \\w+) (?:says?|said|tells? me|told me|sends? me|sent me)\\b|\\b(?:tell|tells|told|text|texts|texted|ring|rings|rang) (?:me|us) where to (?:go|take|drop|deliver|meet|be)\\b (?:${W} ){0,4}?(?:drop|deliver|carry|take|collect|pick up|sell|parcels?|packages?|bags?|stuff)\\b`,
      `\\b(?:hand|handing|handed|drop|dropping|dropped|deliver\\w*|take|taking|took|give|giving|gave) (?:over |off )?${CARGO}\\b (?:${W} ){0,4}?(?:to )?(?:people|houses|strangers|men|someone|flats|doors|addresses) (?:i|we) (?:do not|did not|dont|didnt) know\\b|\\b(?:houses|flats|places|people|addresses|doors) (?:i|we) (?:do not|did not|dont|didnt) know\\b (?:${W} ){0,4}?(?:hand|drop|deliver|take|give|collect|pick up)\\w*\\b`,
      `\\bpart of (?:their|the|his|her) (?:family|crew|gang|team|squad|ting|fam) now\\b (?:${W} ){0,6}?(?:have to|got to|must|owe|do what)\\b|\\b(?:i|we) (?:have to|has to|got to|must) do (?:what|whatever|everything) (?:they|he|she|the (?:lads|boys|men|olders|elders|gang)) (?:says?|tells? me|wants?)\\b`,
      `\\b(?:errands|jobs|runs|drops|favours|work) for (?:the )?(?:lads|boys|men|olders|elders|gang|guys|older \\w+)\\b`,
      `\\b(?:will|would|going to|gonna|threaten\\w* to|said (?:they|he|she) (?:will|would)) (?:send|share|post|show|leak|put up) (?:them|it|those|the (?:pics|pictures|photos|videos)|my (?:pics|pictures|photos|videos|nudes)) (?:${W} ){0,4}?(?:unless|if (?:i|we) (?:do not|stop|will not|refuse|tell|say no|leave))\\b`,
      `\\b(?:let|lets|letting) (?:me|us) (?:stay|sleep|crash|live) (?:at|in|round) (?:their|his|her) (?:flat|house|place)\\b (?:${W} ){0,6}?(?:pay|owe|work|do (?:jobs|stuff|things)|sell|sleep with)\\b`,
      `\\b(?:keep|keeping|kept|be|being|stand|standing) (?:a )?(?:look ?out|watch|lookout|guard|dog)\\b (?:${W} ){0,4}?(?:while|when|for) (?:they|them|he|the (?:lads|boys|olders|men|gang)) (?:sell|deal|rob|steal|break in|do (?:it|deals|a job))`,
      `\\b(?:make|makes|made|keep|keeps|kept|force\\w*) (?:me|us) (?:to )?(?:stay|sleep|live|wait) (?:in|at) (?:a|the|their|his|some) (?:flat|house|trap house|hotel|room)\\b (?:${W} ){0,3}?(?:for days|for nights|for a week|overnight|all weekend|till|until|with (?:no|no one))\\b`,
      `\\b(?:gave|give|gives|giving|handed|hands) (?:me|us) (?:a |the |some |their |his )?${CARGO} to (?:take|carry|deliver|drop|bring|hold|keep|hide|look after)\\b (?:${W} ){0,6}?(?:train|bus|coach|another (?:city|town|area)|other (?:towns|cities)|different (?:towns?|cities)|someone|a house|a flat|them|him)\\b`,
      `\\b(?:recruited|groomed|used|forced|made|paid|pressured|roped in) (?:by|into) (?:a |the |some |older |this )?(?:gang|lads|boys|men|dealers?|olders|elders|county lines|selling|dealing)\\b|\\brecruit\\w* (?:me|us|kids|children|young \\w+) (?:to|into|for) (?:sell|carry|deal|the gang|their gang|a gang|county lines)\\b`,
      `\\b(?:pay|paying|paid|work|working|worked) (?:off|back) (?:my|the|our|a|his|their) (?:debt|debts|drug debt|tab)\\b|\\b(?:do|doing|did|done) (?:jobs|runs|drops|favours|deliveries|shifts) for (?:them|the (?:lads|boys|men|olders|elders|gang|guys)|older \\w+)\\b`,
      // third person and being picked up: "some men pay my friend to go to their flat", "men i do not know pick me up"
      `${subjectThen(OLDER, 4, '(?:pay|pays|paid|paying|give|gives|gave|giving)')} (?:my (?:\\w+ )?(?:friends?|mates?|sisters?|brothers?)|her|him|them|girls|boys|kids|us|me) (?:${W} ){0,2}?to (?:go|come|stay|sleep|do (?:stuff|things)) (?:to |round |at |with |in )?(?:their|his|the|a) (?:flat|flats|house|place|car|hotel|party)\\b`,
      `${subjectThen(OLDER, 4, '(?:gives?|gave|giving|buys?|bought|offers?|offered)')} (?:them|the girls|the kids|the boys|girls|kids|boys|my (?:\\w+ )?(?:friends?|mates?|sisters?)) (?:${W} )?(?:drink|drinks|alcohol|vodka|drugs|weed|pills|vapes|cigarettes|money)\\b`,
      `\\b(?:picks?|picked|picking) (?:up )?(?:girls|boys|kids|children|us|them|my (?:\\w+ )?(?:friends?|mates?|sisters?))(?: up)? (?:${W} ){0,3}?(?:from|outside|near) (?:the |our |my )?(?:care home|childrens home|kids home|home|school|school gates|unit|placement)\\b`,
      `\\b(?:picked up|collected|driven|taken|fetched) (?:${W} ){0,3}?by (?:older |grown |some |random )?(?:men|man|guys|guy|lads|blokes|adults|strangers|people) (?:i do not know|i have never met|i met online|in cars|in a car|from online)\\b|\\b(?:men|guys|lads|blokes|adults) (?:i (?:do not|did not) know|i have never met|i met online) (?:${W} ){0,5}?(?:take|took|takes|pick|picks|picked|drive|drove|gives?|gave)\\b`,
      `\\b(?:i|we) ${gap(2)}(?:have to|has to|had to|got to|need to|must) (?:go|travel|get sent) to (?:other|another|different) (?:towns?|cities|city|areas?|places|flats|houses)\\b(?! (?:for|with) (?:my |the |our )?(?:football|rugby|cricket|netball|hockey|swimming|sports?|team|club|tournaments?|matches|fixtures|competitions?|galas?|races?|shows?|gigs?|school|work))`,
      `\\b(?:paid|pay me|pays me|paying me|get paid|got paid) to (?:stand|wait|sit|hang around|stay) (?:${W} )?(?:on|at|by|outside) (?:the |a )?(?:corner|block|street|estate|park|shop|flats|station)\\b|\\b(?:give|giving|gave|hand|handing|handed|pass|passing|passed) (?:people|customers|them|kids|users|cars) (?:little |small |the )?(?:bags|packets|wraps|deals|baggies|parcels)\\b`,
      `\\b(?:put|hide|carry|keep|stuff|plug|hold) (?:${W} ){0,2}?(?:package|packages|drugs|bag|bags|wrap|wraps|parcel|stuff|it|them) (?:inside me|inside my body|up (?:my|me) (?:bum|arse|ass)|in my (?:bum|underwear|pants|bra|knickers|socks|boxers))\\b`,
      // "had to take bags to other towns"
      `\\b(?:take|takes|took|taking|carry|carries|carried|carrying|bring|brings|brought|bringing|deliver\\w*|drop\\w*|move|moving|moved) (?:${W} )?${CARGO} (?:${W} ){0,3}?(?:to|round|across|into|out to) (?:other|another|different) (?:towns?|cities|city|areas?|places|estates?)\\b`,
      // "i have to go shoplifting for the older boys"
      `\\b(?:i|we) ${gap(2)}(?:have to|has to|had to|got to|need to|must|am made to|was made to|were made to|get told to|got told to|am told to|was told to) (?:go |keep )?(?:sell\\w*|deal\\w*|shoplift\\w*|steal\\w*|nick\\w*|rob\\w*|shot\\w*|(?:deliver\\w*|carry\\w*|hold\\w*|hide\\w*|stash\\w*|drop\\w*|mov\\w*|collect\\w*|keep\\w*|take\\w*) (?:${W} )?${CARGO}) (?:${W} ){0,4}?for (?:them|him|her|the (?:older|olders|elders|lads|boys|men|gang|guys|dealers?)|older|some (?:older|lads|men|boys|guys)|these|those|my (?:\\w+ )?(?:brothers?|cousins?)s? (?:friends?|mates?))\\b`,
      // a child moving drugs for anyone is being exploited
      `\\b(?:carry|carrying|carried|hold|holding|held|sell|selling|sold|deliver\\w*|move|moving|moved|stash\\w*|hide|hiding|hid|drop|dropping|dropped|bag|bagging) (?:the |their |his |some )?(?:drugs|weed|gear|coke|crack|heroin|pills|ket|wraps|bags of \\w+|food)\\b (?:${W} ){0,3}?(?:for|to|from) (?:them|him|her|my \\w+|some|these|those|the|older|people|a \\w+)\\b`,
      `\\b(?:i|we) ${gap(3)}(?:carry|carrying|carried|sell|selling|sold|deliver|delivering|delivered|move|moving|stash|stashing|deal|dealing|dealt|run|running|ran|drop|dropping|dropped|shot|shotting) (?:drugs|weed|gear|coke|crack|heroin|pills|ket)\\b`,
      `\\b(?:parties|party|flats?|houses?|hotels?|cars?) with (?:${W} )?(?:older|grown up|adult|much older) (?:men|lads|guys|boys|people|blokes)\\b`,
      // "taxing": robbed of what they were made to hold, then told they owe it
      `\\b(?:robbed|mugged|jumped|taxed|rushed|got done|stabbed|beaten up|set up) (?:for|with|over) (?:the|their|some|all the) (?:stuff|drugs|gear|bits|money|cash|package|parcel|bag|food|work|weed|stash)\\b`,
      `\\b(?:pay|paying|give|giving|work|working) (?:it|them|him|her|that|the money|the debt|everything|it all) (?:back|off)\\b (?:${W} ){0,3}?(?:or else|or they|or he|or she|or i will|or i get|or i am|or there|or my|otherwise)`,
      // county lines vocabulary
      `\\b(?:county lines?|trap ?house|trapping|going country|gone country|go country|went country|cuckoo\\w*|plugging|run(?:ning)? (?:a|the|their|his) line|work(?:ing)? (?:a|the|their|his) line|on the line|drug runs?|doing runs(?! (?:for|with|in) (?:the |my |our )?(?:cross country|running|athletics|team|club|school|charity|park ?run|marathon|cricket))|doing drops)\\b`,
      `\\b(?:sent|send|sends|sending|took|take|takes|taken|go|goes|going|went|travel\\w*) (?:me |us )?(?:${W} )?(?:to|out to) (?:other (?:towns?|cities)|another (?:town|city|area)|different (?:towns?|cities|areas)|a flat|a house|someone\\w* (?:flat|house)|london|birmingham|liverpool|manchester|leeds|places i do not know|a flat|a house) (?:${W} ){0,6}?(?:sell|deliver|drop|carry|stay|for days|money|drugs|stuff|for (?:them|him|the (?:lads|boys|men|olders|elders|gang)))`,
      // "the older boys said i have to keep a bag at my house for them and not look inside"
      `\\b(?:keep|keeping|kept|hold|holding|held|hide|hiding|hid|stash\\w*|look after|looking after|mind|minding) (?:a|the|their|his|her|some|this|these) (?:bag|bags|package|packages|parcel|parcels|box|phone|phones|stuff|knife|knives|gun|money|cash|drugs|weed|bits) (?:${W} ){0,5}?for (?:them|him|her|some|these|those|the (?:lads|boys|men|olders|elders|gang)|older)\\b`,
      `\\b(?:not|never|do not) (?:to )?(?:look|looking|open|opening) (?:inside|in it|in the bag|in the box|at what)\\b`,
      `\\b${OLDER} (?:${W} ){0,3}(?:said|say|says|told me|tell me|told us) (?:that )?(?:i|we) (?:have to|got to|need to|must|owe|work for)\\b`,
      `\\b(?:do|doing|did|done) (?:a|one more|another|the|some|their|his|a few) (?:drops?|drug runs?|deliveries|shots|jobs? for (?:them|him))\\b`,
      // gifts and drugs from adults
      `\\b(?:gives?|gave|giving|sells?|sold|offers?|offered) (?:me|us) (?:${W} )?(?:drugs|weed|coke|cocaine|ket|ketamine|pills|spice|crack|mdma|ecstasy)\\b`,
      // carrying weapons
      `\\b(?:i|we) ${gap(3)}(?:carry|carrying|carried|have|got|bring|brought|keep|kept|hold|holding|hide|hiding|hid) (?:a |my |his |the |their |an )?(?:knife|blade|machete|shank|zombie knife|gun|weapon|flick knife)\\b(?! and fork)`,
    ],
    unless: [
      `\\b(?:county lines|exploitation|grooming|knife crime|drugs?) (?:${ABOUT_THE_TOPIC})\\b`,
      `\\b(?:${ABOUT_THE_TOPIC}) (?:about|on|of) (?:${W} ){0,3}?(?:county lines|exploitation|drugs|knife crime|debt)\\b`,
      `\\b(?:at|in|from) the (?:chippy|shop|cafe|chip shop|takeaway|market|bakery|canteen|counter|till|ice cream van|corner shop)\\b (?:${W} ){0,1}(?:gave|gives|give|giving) (?:me|us) (?:a |some )?(?:free|extra)\\b`,
      `\\b(?:a thank you|an apology|a sorry|a birthday|a card|lunch|for (?:helping|the help)|for the bus)\\b|\\b(?:a quid|a pound|a fiver|a tenner) (?:for|to) (?:the bus|sweets|helping|tidying|washing|the shop|my lunch|lunch)\\b`,
      // a knife or gun that belongs to cooking, camping or a game
      `\\b(?:butter|kitchen|cake|bread|chef|cooking|cook|carving|vegetables|to cut the|penknife for|scouts|camping|whittling)\\b(?<=\\b(?:knife|knives|blade|penknife)\\b.*)|\\b(?:knife|knives|blade|penknife) (?:${W} ){0,4}(?:butter|kitchen|cake|bread|chef|cooking|cook|carving|vegetables|scouts|camping|whittling)\\b|\\b(?:nerf|water gun|water pistol|toy gun|laser gun|in the game|on fortnite|in fortnite|paintball)\\b`,
      `(?<!\\b(?:friends|mates|cousins|boyfriends|girlfriends|neighbours) )\\b(?:(?:my |our )?(?:mum|dad|nan|grandad|auntie|uncle|teacher|boss)|(?:my|a|part time|saturday|weekend) (?:job|paper round)|(?:at|in) (?:the|my|a) shop)\\b ${words(4)}(?:pays?|paid|gives?|gave|asks?|asked|makes?|made|gets?|got|offer\\w*)`,
      `\\b(?:newspapers|papers|leaflets|parcels for my (?:mum|dad|nan)|shopping|washing|bins|dishes)\\b`,
      // The thing carried is sports kit. A session named nearby excuses nothing: "they said it was
      // training" and "the coach at training" are how exploitation is dressed up.
      `\\b(?:footballs|balls|cones|bibs|kit|kit bags?|equipment|water bottles|bags? (?:for|of) (?:the|a) (?:team|trip|match|training|balls|kit)|the goals|the nets|the corner flags)\\b`,
    ],
  },
  {
    // Threats that keep a child working for others: "if i stop they will hurt my family".
    id: 'en.exploitation.threats',
    category: 'EXPLOITATION',
    severity: 'HIGH',
    patterns: [
      `\\b(?:threaten\\w*|will|would|going to|gonna|said (?:they|he|she) (?:will|would)) ${words(2)}(?:hurt|stab|kill|get|come for|go after|do something to|shank|beat up|find) (?:me|my (?:family|mum|dad|little|sister|brother)|us) (?:${W} ){0,4}?if (?:i|we) (?:do not|did not|stop|tell|told|say no|said no|leave|left|refuse|refused|snitch|grass|go to the police|speak)`,
      `\\bif (?:i|we) (?:ever )?(?:do not|did not|stop|stopped|tell|told|say no|said no|leave|left|refuse|refused|snitch|grass|go to the police|speak|try to (?:leave|stop|get out)|do not pay|can not pay|do not do it|quit) ${words(4)}(?:they|he|she|them|someone|the \\w+|they d|they ll) (?:will|would|are going to|is going to|gonna|going to|said they would|will come and|d|ll) ${words(5)}(?:hurt|stab|kill|get|come for|go after|do something to|shank|beat|find|batter|burn|smash|come after) (?:me|us|her|him|them|my \\w+|my \\w+ \\w+)\\b`,
      `\\b(?:they|them|the \\w+|these \\w+|those \\w+|some \\w+|he|she|someone|people) (?:going to|gonna|will|would|ll|d|are going to|is going to|said they would|said he would|threaten\\w* to) (?:${W} )?(?:merk|shank|wet|juk|end|do in|batter|stab|kill|hurt|smash|beat up|come for|get) (?:me|us|my \\w+)(?: in)? (?:if|unless|when|cos|because)\\b`,
      `\\bor (?:else )?(?:they|he|she|them|someone|the \\w+) (?:will|would|are going to|is going to|gonna|going to|said they would|d|ll) ${words(3)}(?:hurt|stab|kill|come for|go after|do something to|shank|beat up|batter|burn|smash|come after) (?:me|us|her|him|them|my \\w+|my \\w+ \\w+)\\b`,
    ],
    unless: [JOKE_THREAT, `\\b(?:in|on) (?:the|a) (?:game|film|movie|book|play|story|video|show|cartoon)\\b`],
  },
  {
    id: 'en.exploitation.online-grooming',
    category: 'EXPLOITATION',
    severity: 'HIGH',
    patterns: [
      // "someone i met online wants to meet up and said keep it a secret"
      `\\b(?:met|meet|meeting|talking|talk|talked|chatting|chat|chatted|speaking|messaging|messages|message|snapchat|snap|snapping|added|friended|follows?|followed|dms?|dming|texting|texts) ${words(2)}(?:someone|somebody|a (?:man|guy|boy|girl|woman|person|lad|stranger)|this (?:man|guy|boy|girl|person|lad|woman)|an older|older|people|strangers|him|her|them)\\b ${words(4)}(?:online|on (?:snapchat|snap|insta|instagram|tiktok|discord|fortnite|roblox|xbox|ps\\d|playstation|whatsapp|facebook|an app|a game|games|omegle|minecraft|the internet|kik|telegram|yubo|wink|hoop|twitch|reddit|twitter|x))\\b (?:${W} ){0,12}?(?:wants? (?:me )?to meet|wanted (?:me )?to meet|asked (?:me )?to meet|asks (?:me )?to meet|meet up|meet me|meeting up|come and get me|pick me up|picking me up|keep (?:it|us|this|our \\w+|everything|things) (?:a )?secret|secret|not (?:to )?tell|do not tell|delete (?:the|our|my) (?:messages|chats|snaps|texts)|pictures|pics|photos|nudes|video call|send|buy me|bought me|gifts|money|years old|is \\d\\d|older than|my address|where i live|which school|my school)`,
      // "a man i met online wants me to meet him"
      `\\b(?:met|meet|know|talk to|talking to|chat to|chat with|chatting to|speak to|play with|playing with|found) (?:him|her|them )?online\\b (?:${W} ){0,12}?(?:wants? (?:me )?to meet|wanted (?:me )?to meet|ask(?:s|ed|ing)? (?:me )?to meet|meet up|meet (?:him|her|them)|meet me (?:alone|on my own|somewhere)|not (?:to )?tell|do not tell|keep (?:it|this|us) (?:a )?secret|send (?:pics|pictures|photos|nudes|videos)|come to (?:his|her|their)|get in (?:his|her) car|my address|where i live)`,
      // the same, in the other order: "he wants to meet up ... from snapchat"
      `\\b(?:wants? (?:me )?to meet|wanted (?:me )?to meet|asked (?:me )?to meet|asks (?:me )?to meet|meet up with|meeting up with|keep (?:it|us|this) (?:a )?secret|not to tell) (?:${W} ){0,12}?(?:online|on (?:snapchat|snap|insta|instagram|tiktok|discord|fortnite|roblox|xbox|playstation|whatsapp|facebook|an app|a game|omegle|minecraft|the internet|kik|telegram|yubo))\\b`,
      `\\b(?:man|guy|bloke|lad|boy|girl|woman|person|someone|somebody|he|she|they|stranger|adult|grown up) (?:${W} ){0,3}?(?:from|off|on|(?:i|we) (?:met|know|talk to|chat to|play with)(?: on| from)?) (?:snapchat|snap|insta|instagram|tiktok|discord|fortnite|roblox|xbox|playstation|whatsapp|facebook|an app|a game|omegle|minecraft|the internet|online|kik|telegram|yubo) (?:${W} ){0,15}?(?:wants?|asked|asks|keeps asking|keeps telling|told|tells|said|says|begs|begging|pressur\\w+|offered|offers) (?:me )?(?:${W} ){0,3}?(?:meet|secret|not (?:to )?tell|do not tell|send|pics|pictures|photos|nudes|video call|come to|visit|stay with|see (?:him|her|them)|go to (?:his|her|their)|get in (?:his|her) car|my address|where i live|which school|pick (?:me )?up|collect me|come (?:and )?get me|drive me|take me (?:out|to|somewhere))`,
      // a child's age beside an adult partner's: "my sister is 12 and has a boyfriend who is 25"
      `\\b(?:[5-9]|1[0-5]|eleven|twelve|thirteen|fourteen|fifteen)\\b (?:${W} ){0,8}?(?:boyfriend|girlfriend|seeing|dating|going out with|sleeping with)\\b (?:${W} ){0,3}?(?:who is|whos|that is|is|aged|age) (?:1[89]|[2-4]\\d|twenty\\w*|thirty\\w*|forty\\w*)\\b`,
      `\\b(?:boyfriend|girlfriend)\\b (?:${W} ){0,3}?(?:who is|whos|that is|is|aged) (?:1[89]|[2-4]\\d|twenty\\w*|thirty\\w*)\\b (?:${W} ){0,8}?(?:i am|i m|im|she is|he is|and i am|and she is|and he is) (?:only )?(?:[5-9]|1[0-5]|eleven|twelve|thirteen|fourteen|fifteen)\\b`,
      // an adult "seeing" a child: "a lad whos 22 who i have been seeing picks me up from school"
      `\\b(?:lad|guy|man|boy|bloke|boyfriend|girlfriend|girl|woman|someone|he|she|fella)(?: (?:i|we) (?:talk|talked|chat|chatted|speak|spoke|met|meet|game|play) (?:to |with )?(?:${W} ){0,3}?(?:is|who is))?(?: who is| that is| thats| is)? (?:like |about |around |nearly |over )?(?:in (?:his|her|their) (?:[2-5]0s|twenties|thirties|forties|fifties)|1[89]|[2-4]\\d|twenty\\w*|thirty\\w*|forty\\w*)(?: years? old)?\\b (?:${W} ){0,8}?(?:seeing|going out|dating|with him|with her|my boyfriend|my girlfriend|picks me up|buys me|buying me|bought me|gives me|(?:his|her) (?:girlfriend|boyfriend)|messag\\w+ me|texting me|snapping me|sleep|slept|stay over|stayed over|his flat|his car|her flat|kiss\\w*|sex|wants? to meet|meet up)`,
      `\\b(?:seeing|going out with|dating|sleeping with|with) (?:a |this |an )?(?:lad|guy|man|boy|bloke|girl|woman|someone)(?: who is| whos| that is)? (?:1[89]|[2-4]\\d|twenty\\w*|thirty\\w*|older|much older|way older|a lot older|an adult)\\b`,
      // personal details sought by someone met online
      `\\b(?:online|snapchat|snap|insta|instagram|tiktok|discord|fortnite|roblox|xbox|playstation|whatsapp|facebook|omegle|minecraft|kik|telegram|yubo|an app|a game|added me|adding me|messag\\w+ me|dms?|dming me) (?:${W} ){0,12}?(?:asking|asks|asked|ask|wants to know|wanted to know|keeps asking) (?:me )?(?:${W} ){0,2}?(?:where i live|my address|what school|which school|where i go to school|what i look like|if i am (?:alone|home alone|on my own)|if my (?:parents|mum|dad) (?:are|is) (?:home|in|around)|for my number|for my address|to video call|to facetime|for pics|for pictures|for photos)`,
      // offline grooming: an adult's gifts with an invitation or a secret
      `\\b(?:man|woman|guy|bloke|neighbour|lady|someone|he|she|uncle|lodger|${OLDER}) (?:${W} ){0,4}?(?:gives?|gave|buys?|bought|offers?|offered) (?:me|us) (?:${W} ){0,2}?(?:sweets|money|presents|gifts|vapes|cigarettes|fags|alcohol|drink|phones?|stuff|lifts|things|treats|food|free \\w+)\\b (?:${W} ){0,8}?(?:asks?|asked|wants?|wanted|tells?|told|invites?|invited|says?|said) (?:me |us )?(?:to )?(?:come (?:in|inside|round|over|to (?:his|her|their))|go (?:in|inside|to (?:his|her|their)|round)|get in|keep|not tell|meet|sit on|secret)`,
      // an adult outside the family in private contact: "a teacher used to message me at night"
      `${subjectThen(NON_FAMILY_ADULT, 6, '(?:message[sd]?|messaging|texts?|texted|texting|snaps?|snapped|dms?|dmed|dming|calls?|called|rings?|rang|facetimes?|facetimed)')} (?:me|us) (?:${W} ){0,3}?(?:at night|late|every night|in the night|all the time|on (?:his|her) (?:personal|own) phone|on snap|from (?:his|her) phone|and (?:tells?|told|says|said) (?:me )?(?:i am|i was|im)|and (?:asks?|asked) (?:me )?(?:to )?(?:meet|keep|not tell|delete))`,
      `\\b(?:tell|tells|told|telling|says|said) (?:me )?(?:that )?(?:i am|i was|im|i m) (?:so |really |very |more )?(?:special|mature|grown up|beautiful|sexy|hot|gorgeous|(?:his|her) favourite|different from the others|not like (?:the )?other)\\b (?:${W} ){0,6}?(?:secret|not (?:to )?tell|our|meet|older|for my age|at night)`,
      `${subjectThen(NON_FAMILY_ADULT, 8, '(?:tell|tells|told|telling|says|said)')} (?:me )?(?:that )?(?:i am|i was|im|i m) (?:so |really |very |more )?(?:special|mature|grown up for my age|beautiful|sexy|hot|gorgeous|(?:his|her) favourite)\\b`,
      // grooming named
      // an age that is a lie, or travel paid for: "says he is 16", "sent me a train ticket to see him"
      `\\b(?:says|said|claims|claimed|pretends|pretended|told me|tells me) (?:he|she|they) (?:is|was|are|were) (?:only )?(?:1[0-7]|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\\b (?:${W} ){0,10}?(?:meet|pics|pictures|photos|send|secret|video call|alone|address|where i live|not tell)`,
      `\\b(?:sent|send|sends|bought|buys|paid for|pays for|gave|gives|booked|paid|pays) (?:me|us) (?:money |cash |\\w+ pounds |\\d+ )?(?:to |for )?(?:buy |get )?(?:a |an )?(?:train|bus|coach|plane|taxi|uber) (?:tickets?|fares?|rides?)\\b (?:${W} ){0,4}?(?:see|meet|visit|come to|stay with|go to) (?:him|her|them|his|their)\\b`,
      `\\b(?:groom(?:s|ed|ing)? (?:me|us)|groomer)${NOT_NEGATED}\\b`,
      `\\b(?:i|we|me) ${gap(3)}(?:being|been|was|were|get|got|getting|am|are)${NOT_NEGATED} groomed\\b`,
      // adult secrecy: "he said not to tell anyone about what we do"
      `\\b(?:says|said|tells|told|tell|make|makes|made) (?:me |us )?(?:${W} ){0,2}?(?:not to tell|to not tell|never to tell|never tell|do not tell|keep (?:it|this|us|everything) (?:a )?secret|to keep (?:it|this|us|everything) (?:a )?secret) (?:${W} ){0,3}?(?:anyone|anybody|nobody|no one|my (?:mum|dad|parents|carers|social worker|teacher)|mum|dad|about (?:us|what we do|what he does|what she does|what happens|what happened|the money|the drugs|him|her|where i go|where i was)|or (?:he|she|they|i|something|it))\\b`,
    ],
    unless: [
      `\\b(?:surprise|party|present|birthday|christmas|crush|fancies|fancy|spoilers?)\\b`,
      `\\b(?:grooming|online safety|stranger danger) (?:${ABOUT_THE_TOPIC})\\b|\\b(?:${ABOUT_THE_TOPIC}) (?:about|on) (?:grooming|online safety|strangers)\\b`,
      // grooming a dog or a horse, or hair
      `\\bgroom\\w* (?:${W} ){0,3}(?:dog|dogs|pet|pets|horse|horses|pony|hair|salon|kit|brush)\\b|\\b(?:dog|dogs|pet|pets|horse|horses|pony|hair|salon|kit|brush) (?:${W} ){0,3}groom\\w*`,
      `\\b(?:my (?:cousin|friend|mate|best friend|nan|grandad|auntie|uncle) (?:from|in|who lives in) \\w+|(?:we |i )?(?:already )?(?:know|knew|met) (?:him|her|them) (?:from|at) (?:school|my school)|(?:is|are|was) in my class)\\b`,
    ],
  },
];

/*
 * Indirect phrasing: children often describe what happens without naming harm ("knocks me about",
 * "the back of his hand", "does things to me", "so no one sees the marks"). Each pattern still needs
 * an act done to the child (or a hidden injury, or a reason not to go home), not just a topic word.
 */
const indirect: ScreeningRule[] = [
  {
    id: 'en.harm.indirect',
    category: 'HARM_BY_OTHERS',
    severity: 'HIGH',
    patterns: [
      `\\b(?:throw|throws|threw|throwing|chuck|chucks|chucked|knock|knocks|knocked|shove|shoves|shoved|drag|drags|dragged|fling|flings|flung|push|pushes|pushed)${NOT_NEGATED} (?:me|us) (?:about|around|round)\\b`,
      `\\b(?:get|gets|got|getting|give|gives|gave)${NOT_NEGATED} (?:me |us )?(?:the )?back of (?:his|her|their|dads|mums|a|the) hand\\b`,
      `\\b(?:so|cos|because) (?:no one|nobody|noone|people|teachers|school|anyone) (?:can |will |does not |do not |would )?(?:see|sees|notice|notices|ask|asks) (?:the |my |what \\w+ (?:did|does|done) to my )?(?:marks|bruises|burns|cuts|arms|legs|back|neck)\\b`,
      `\\b(?:marks|bruises|burns) (?:that )?(?:he|she|they|${PERP_ADULT}) (?:leaves|left|makes|made|gives|gave)\\b`,
      `\\btwist(?:s|ed|ing)? my (?:arm|arms|wrist|fingers|ear) (?:${W} ){0,3}?(?:behind|till|until|so hard|it popped|it snapped|it cracked|on purpose)\\b`,
      `\\b(?:slam|slams|slammed|shut|shuts|trapped|traps) my (?:fingers|hand|hands|head|arm|foot) in (?:the|a) (?:door|drawer|car door|window)\\b(?! (?:by accident|accidentally))`,
      `\\b(?:make|makes|made|making) (?:me|us) (?:kneel|stand|sit|stay|sleep)(?! (?:in goal|in (?:the |a )?(?:queue|line)|at the (?:bus stop|front|back)|still for (?:the )?(?:photo|picture))) (?:${W} ){0,4}?(?:for hours|all night|in the (?:cold|rain|snow|dark)|with no (?:shoes|coat|clothes)|on (?:rice|the floor))\\b`,
    ],
    unless: [NEGATED_SUBJECT, PLAY_OR_SPORT, IDIOM, '\\b(?:by accident|accidentally|in the pool|on holiday|laughed|was funny|it was funny|the net)\\b'],
  },
  {
    id: 'en.sexual.indirect',
    category: 'SEXUAL_HARM',
    severity: 'HIGH',
    patterns: [
      `\\b(?:does|did|doing|done|do)${NOT_NEGATED} (?:things|stuff|sex things|sexual (?:things|stuff)|rude (?:things|stuff)|bad (?:things|stuff)|horrible (?:things|stuff)) (?:to|with) (?:me|us)\\b`,
      `\\b(?:photos?|pictures?|pics?|videos?|vids?|images?|films?) of (?:me|us) (?:${W} ){0,2}?(?:with no clothes|without (?:any |my )?clothes|naked|in my (?:underwear|pants|knickers|bra)|undressed|topless)\\b`,
      `\\b(?:takes?|took|taking|films?|filmed|filming)${NOT_NEGATED} (?:photos|pictures|pics|videos|video) (?:${W} ){0,4}?(?:no clothes|naked|undressed|without (?:any |my )?clothes)\\b`,
      `\\b(?:our|a|his|her) (?:little |special |secret )+(?:game|secret)\\b(?: ${W}){0,8}? (?:not to tell|do not tell|never tell|can not tell|must not tell|keep it (?:a )?secret)\\b`,
      `\\b(?:our|a|his|her) (?:little |special |secret )+game\\b (?:${W} ){0,6}?(?:it hurts|hurts|touch\\w*|clothes|bed|private)\\b`,
    ],
    unless: ['\\b(?:surprise|party|present|birthday|christmas|frisbee|football|park|board game|pshe|lesson|learnt|learned)\\b'],
  },
  {
    id: 'en.neglect.indirect',
    category: 'NEGLECT',
    severity: 'MEDIUM',
    patterns: [
      // "we do not eat for two days", "we go hungry", "spends the money on drink"
      `\\b(?:i|we) (?:${W} )?(?:do not|did not|never|can not|could not|have not|had not) (?:eat|get to eat|have anything|get anything to eat|ate|eaten|get fed)\\b (?:anything )?(?:for|in) (?:days|a day|a week|a whole day|(?:\\d+|two|three|four|a couple of|a few) (?:days|whole days))\\b`,
      `\\b(?:i|we|my \\w+|the kids) (?:${W} )?(?:go|goes|went|going|have to go) (?:to bed |to school )?(?:hungry|without (?:food|dinner|tea|meals?|eating))\\b`,
      `\\b(?:spends?|spent|spending|wastes?|wasted) (?:all )?(?:the |our |my |her |his )?(?:money|benefits|food money|dinner money|wages|it|everything|all of it|all her money|all his money) on (?:drink|drinks|drugs|booze|alcohol|vodka|beer|fags|gambling|bingo|weed|betting)\\b`,
      `\\b(?:did not|never|have not|not) (?:have|get|had|got) (?:any )?(?:tea|dinner|breakfast|lunch|food)\\b (?:${W} ){0,3}?(?:or|and no|nor) (?:any )?(?:breakfast|tea|dinner|lunch)\\b`,
      // "i look after my baby brother all night because mum goes out"
      `\\b(?:i|we) (?:have to |had to |has to |got to )?(?:look|looks|looked|looking) after (?:my (?:\\w+ ){0,2}(?:brothers?|sisters?|siblings?)|the little ones|the baby|the kids|him|her|them) (?:${W} ){0,3}?(?:all night|every night|all weekend|overnight|when|while|because|cos) (?:${W} ){0,2}?(?:mum|dad|parents|she|he|they) (?:${W} ){0,2}?(?:is|are|goes|go|went|stays|gets) (?:out|drunk|off|away|out drinking|to the pub|high|asleep)\\b`,
      // "nits for months and nobody will sort them", "mum forgets about us for days"
      `\\b(?:nits|lice|head lice|headlice|rash|toothache|ear infection|sore|eczema) (?:${W} ){0,8}?(?:(?:nobody|no one) (?:will |ever |does |would |has )?|(?:mum|dad|they|she|he) (?:${W} )?(?:will not|never|does not|do not|did not|can not be bothered to) )(?:sort|sorts|sorted|treat|treats|treated|deal with|deals with|help|helps|take me|get|buy|do anything|do nothing|care|bother)\\b`,
      `\\b(?:forgets?|forgot|forgotten|forgetting) (?:about )?(?:me|us|my (?:little |baby )?(?:brothers?|sisters?)) (?:${W} ){0,2}?(?:for (?:days|hours|ages|a day|the whole day|weekends?|the weekend)|all day|all weekend|at school|at the school gates?|at nursery)\\b`,
      `\\b(?:eat|eats|ate|eating|get|got|getting|find|found|take|took) (?:food )?(?:out of|from) (?:the|a|other peoples) bins?\\b`,
      `\\b(?:eat|eats|ate|eating|get|got|getting|find|found|take|took) (?:${W} ){1,2}?(?:out of|from) (?:the |a |other peoples |the school |school )?bins?\\b`,
      // "mum never gets up so i feed my sisters"
      `\\b(?:mum|dad|parents|she|he|they|my (?:mum|dad|parents|carers?)) (?:never|does not|do not|will not|can not|hardly ever) (?:gets? up|wakes? up|gets? out of bed|comes? home|cooks?|feeds? us|looks? after us)\\b (?:${W} ){0,3}?(?:so|and) (?:i|we) (?:have to |has to |got to )?(?:feed|look after|get|make|cook|dress|wash|take care of|get ready)\\b`,
      `\\b(?:will not|does not|do not|never|refuses to|can not afford to|would not) (?:put|turn|switch|have) (?:the |our )?(?:heating|heater|electric|gas|lights) on\\b(?! (?:in|during|till|until|yet|because it is (?:warm|hot|summer)))`,
      `\\b(?:not|never|have not|has not|had not) (?:had|have|been able to have|got) (?:a )?(?:bath|shower|wash) (?:in|for) (?:weeks|ages|days|a week|a month|months|(?:\\d+|two|three|four) (?:days|weeks))\\b`,
      `\\b(?:baby|little|younger) \\w+ (?:${W} ){0,5}?(?:nobody|no one|mum|dad|she|he|they) (?:never|does not|do not|will not|did not) (?:get up|go to|see to|feed|change|pick (?:her|him|them) up|comfort|check on)\\b`,
      `\\b(?:nobody|no one|noone|no adult) (?:is|was|are) (?:ever )?(?:awake|up|sober|home|there|around) (?:${W} ){0,3}?(?:to (?:take|get|wake|feed|make|walk)|so (?:i|we) (?:have to|walk|go|get|make))\\b|\\b(?:walk|get|go|take myself|get myself) (?:${W} ){0,7}?(?:because|cos|as) (?:nobody|no one|noone|no adult) (?:is|was) (?:ever )?(?:awake|up|sober|home)\\b`,
      `\\b(?:nobody|no one|noone) (?:${W} ){0,2}?(?:helps|looks after|cares for|takes care of|checks on) (?:me|us) (?:when (?:i am|im|we are|i was) (?:ill|sick|poorly|hurt|unwell)|(?:${W} ){0,4}?(?:i|we) (?:have to|had to|got to) (?:look after|take care of|fend for|sort|feed) (?:myself|ourselves))`,
      `\\b(?:did not|have not|had no|not|never) (?:have|had|get|got|eat|eaten) (?:any )?(?:dinner|tea|food|breakfast|lunch|anything to eat|a meal) (?:yesterday|last night) (?:or|and|nor) (?:today|this morning|tonight)\\b`,
      `\\b(?:sells|sold|selling|swaps|swapped|trades|traded) (?:the|our|all the|all our|my) (?:food|food bank food|food parcels?|food vouchers|vouchers|free school meal \\w+)\\b`,
      // "we have to find our own food", "nobody gets me up for school"
      `\\b(?:have to|had to|got to|has to) (?:find|get|make|buy|steal|sort|cook|beg for) (?:our|my|their) own (?:food|tea|dinner|meals|breakfast|lunch)\\b`,
      `\\b(?:nobody|no one|noone|mum never|dad never|they never|she never|he never) (?:ever )?(?:gets|wakes|takes|drops|walks) (?:me|us) (?:up )?(?:for|to) school\\b`,
      // "we do not have food", "i live on crisps because there is nothing else"
      `\\b(?:we|i) (?:have|got|get|had|have got) no (?:\\w+ (?:and|or) no )?(?:food|electric|electricity|heating|gas|hot water)(?: (?:and|or) no (?:food|electric|electricity|heating|gas|hot water|money))?(?:$| (?:at home|in the house|in the flat|again|today|tonight|and|because|cos|for))`,
      `\\b(?:we|i) (?:do not|never|did not|hardly ever) (?:have|get|got) (?:any )?(?:food|anything to eat|dinner|tea)(?:$| (?:at home|in the house|in the flat|again|today|tonight|and|because|cos|most days|some days|at weekends))`,
      `\\b(?:live|living|lived|survive|surviving|survived|exist|existing) (?:off|on) (?:crisps|bread|toast|dry \\w+|cereal|noodles|biscuits|sweets|scraps|leftovers|what i can find|whatever i can find|school dinners)\\b`,
      `\\b(?:there is|there s|theres|there was) (?:never )?(?:nothing|no food|none) (?:else )?(?:to eat|in the (?:house|fridge|cupboards?|flat)|at home|for (?:us|me) to eat)\\b`,
      // "nobody is home at night and i am 8"
      `\\b(?:nobody|no one|no adults?|no grown ups?) (?:is|are|was|were) (?:ever )?(?:home|in|at home|in the house|there|around|with (?:me|us))\\b (?:${W} ){0,4}?(?:at night|all night|overnight|over night|for days|all weekend|and i am (?:[4-9]|10|11|four|five|six|seven|eight|nine|ten|eleven)\\b)`,
      // "my clothes are too small and mum will not buy new ones"
      `\\b(?:clothes|shoes|trainers|uniform|coat|school shoes) (?:are|is|were|was) (?:${W} )?(?:too small|falling apart|full of holes|ripped|do not fit|worn out)\\b (?:${W} ){0,6}?(?:will not|never|does not|do not|can not be bothered|refuses|refused|nobody|no one)\\b`,
      // "nobody takes me to the dentist", "toothache for months"
      `\\b(?:nobody|no one|mum|dad|they|she|he|my \\w+) (?:${W} ){0,2}?(?:will not|never|does not|do not|did not|refuses to|refused to|can not be bothered to) (?:take|takes|took) (?:me|us) to (?:the )?(?:dentist|doctor|doctors|hospital|gp|a and e|optician|opticians)\\b`,
      `\\b(?:toothache|tooth ache|earache|ear ache|bad tooth|rotten teeth|my teeth hurt) (?:${W} ){0,2}?for (?:weeks|months|ages|a year|(?:\\d+|two|three|four|six) (?:weeks|months))\\b`,
      `\\b(?:leaves|left|leaving) (?:me|us) (?:${W} ){0,8}?(?:for days|for the whole weekend|all weekend|overnight|all night|for a week|for nights)\\b`,
      `\\bno (?:heating|electric|electricity|gas|hot water|water|food|beds?)\\b (?:${W} ){0,8}?(?:no one|nobody|noone) (?:sorts|fixes|does|cares|helps)\\b`,
      `\\b(?:no|not any) (?:heating|electric|electricity|gas|hot water) (?:${W} ){0,3}?for (?:weeks|months|ages|days)\\b`,
    ],
    unless: [
      // the school's own kitchen or trip, a relative minding the children: not the home going without
      '\\b(?:storm|power cut|holiday|(?:at|in) school (?:today|yesterday|this week)|the school (?:canteen|kitchen|trip|hall)|canteen|dinner hall|tuck shop|(?:at|to) (?:my )?(?:nans|grandmas|grandads|aunties)|with (?:my )?(?:nan|grandma|grandad|auntie|babysitter))\\b',
      '\\b(?:not hungry|full|fasting|ramadan|lent|diet|vegetarian|vegan|meat|camping|scouts|the walk|the trip|d of e|duke of edinburgh|so i can play|on my phone)\\b',
    ],
  },
  {
    id: 'en.self.indirect',
    category: 'SELF_HARM_SUICIDE',
    severity: 'HIGH',
    patterns: [
      `\\bscratch(?:es|ed|ing)? (?:my|me) (?:arms?|legs?|skin|wrists?|face|stomach) (?:${W} ){0,2}?(?:till|until|so) (?:they|it|i) (?:bleed|bleeds|bled|bleeding)\\b`,
      `\\b(?:nobody|no one|noone) (?:would|will|would even|will even) (?:care|notice|miss me|be sad) if (?:i|im|i am) (?:was not|were not|am not|is not|was gone|were gone|died|disappeared|dead|gone|not)\\b`,
      `\\b(?:better off|happier) (?:${W} ){0,2}?(?:without me|if i (?:was not|were not|was gone|died|was dead|disappeared))\\b`,
      `\\b(?:sleep|go to sleep) (?:forever|and never wake up|and not wake up)\\b`,
    ],
    unless: ['\\b(?:phone|homework|holidays|weekend|lie in)\\b'],
  },
  {
    id: 'en.exploitation.indirect',
    category: 'EXPLOITATION',
    severity: 'HIGH',
    patterns: [
      `\\b(?:gave|give|gives|giving) (?:me|us) a (?:phone|burner|sim) (?:${W} ){0,6}?(?:have to|got to|must|make me|tell me|tells me|told me) (?:where |what )?(?:to )?(?:go|do|answer|take|drop|deliver|carry)\\b`,
      `\\b(?:sent|send|sends|sending)${NOT_NEGATED} (?:me |us )?(?:${W} ){0,3}?(?:to|out to) (?:another|other|a different) (?:town|city|area|place)s? (?:${W} ){0,4}?(?:shot|shotting|graft|sell|work|deliver|drop|for them|for him)\\b`,
      `\\b(?:boyfriend|girlfriend|fella|man|guy|bloke)\\b (?:${W} ){0,3}?(?:is|who is|whos|aged) (?:1[89]|[2-4]\\d)\\b (?:${W} ){0,10}?(?:takes me|take me|gives me|give me|buys me|picks me up) (?:${W} ){0,4}?(?:flat|house|party|parties|vodka|drink|alcohol|weed|drugs|cigarettes|vapes|hotel|car)\\b`,
    ],
    unless: ['\\b(?:brother|cousin|uncle|dad|my nan|to the match|football|cinema)\\b'],
  },
  {
    // Violence to a parent the child lives with: "step dad threw mum down the stairs".
    id: 'en.domestic.harm-to-parent',
    category: 'DOMESTIC_ABUSE',
    severity: 'HIGH',
    patterns: [
      `\\b(?:threw|throws|throw|chucked|chucks|pushed|pushes|shoved|shoves|slammed|slams|dragged|drags|grabbed|grabs|strangl\\w*|chok\\w*|throttl\\w*|slaps?|slapped|punch\\w*|kick\\w*|hits?|hitting|beat\\w*|batter\\w*|hurt\\w*|attack\\w*|assault\\w*|stab\\w*)${NOT_NEGATED} (?:up )?(?:my |me |our )?(?:mum|mother|nan|step mum|auntie|aunty|aunt|her)\\b(?! (?:own )?(?:back|arms?|legs?|knees?|ankles?|foot|feet|wrists?|hands?|neck|shoulders?|head|feelings|hip|fingers?|toes?|tooth|teeth|eyes?|wheelchair|pram|buggy|swing|car|trolley|bike)\\b)(?! (?:the|a|an|her|some|his) (?:keys|car keys|ball|phone|remote|towel|bag|coat|party|surprise|present|kiss|look|sweets?|biscuits?|drink|frisbee)\\b)(?: (?:${W} ){0,2}?(?:down|across|against|into|onto|into|about|around|by (?:the|her) (?:hair|neck|throat|arm)|up|to the floor|on the floor|\\w+ (?:stairs|wall|floor|fridge|door|kitchen)))?`,
      `\\b(?:watch\\w*|saw|see|seen|hear\\w*|heard) (?:him|her|them|my \\w+|dad|my dad) (?:${W} ){0,1}?(?:strangl\\w*|chok\\w*|hit\\w*|beat\\w*|punch\\w*|kick\\w*|hurt\\w*|slap\\w*|push\\w*|shov\\w*|grab\\w*|drag\\w*|throw\\w*|threw) (?:my )?(?:mum|mother|nan|her)\\b`,
      // a cover story for a parent's injuries: "mum says she walked into a door"
      `\\b(?:mum|my mum|she|nan) (?:says|said|told (?:me|us|people|everyone|the \\w+)|pretends|pretended|makes out|made out) (?:that )?(?:she|mum) (?:walked into|fell|tripped|banged|slipped)\\b (?:${W} ){0,6}?(?:but|really|actually|i saw|i heard|i know)\\b`,
      `\\bthr(?:ow|ows|ew|owing) (?:things|stuff|plates|cups|bottles|glasses|chairs?|knives|a knife|a glass|a plate|a bottle|a chair|the tv|the remote|his drink|hot \\w+) at (?:my |our )?(?:mum|mother|nan|step mum|her)\\b`,
      `\\bthr(?:ow|ows|ew|owing|own) (?!(?:a |the |some )?(?:ball|balls|frisbee|snowball|snowballs|pillow|cushion|teddy|sweets?|kiss|party|look|glance|smile|water balloon|surprise)\\b)(?:(?:a|the|his|her|their|some|my) )?(?:\\w+ ){0,2}?at (?:my |our )?(?:mum|mother|nan|step mum|her)\\b(?! (?:friends?|mates?|sisters?|brothers?|dog|cat|teacher|cousins?|class|team)\\b)(?! (?:${W} ){0,4}(?:laugh\\w*|caught it|for fun|in the garden|on the beach))`,
      `\\b(?:smash|slam|bang|bash|knock|hit|shove|push)\\w* (?:my )?(?:mums|her|my mums|nans) (?:head|face) (?:against|into|on|off|through)\\b`,
      // "dad tried to kill my mum"
      `\\b(?<!\\b(?:i|we) (?:am |are |was |were )?)(?:tried|tries|trying|try|wants|wanted|going|threatened|threatens|threatening) to (?:kill|strangle|stab|drown|choke|burn|murder|run over|set fire to|run (?:my |our )?(?:mum|her|nan) over) (?:my |me |our )?(?:mum|mother|nan|step mum|her|sister|brother|little \\w+|baby \\w+|over|in the car)\\b(?! (?:${W} ){0,3}?for (?:breaking|eating|taking|stealing|losing|using|reading|ruining|touching|wearing|borrowing|telling|hiding))`,
    ],
    unless: [NEGATED_SUBJECT, PLAY_OR_SPORT, IDIOM, STORY, '\\b(?:swing|towel|by accident|accidentally|pillow|(?:in|on) (?:the|a) (?:film|game|tv|show)|laughed|we all laughed|hug\\w*)\\b'],
  },
  {
    id: 'en.fear.indirect',
    category: 'FEAR_OF_HOME',
    severity: 'HIGH',
    patterns: [
      `\\b(?:can not|cant|do not want to|will not|never want to) (?:go|going) back (?:there|home|to that house|to (?:my|his|her) house)\\b`,
      `\\bso (?:that )?(?:i|we) (?:do not|dont|did not|never|will not|can not) (?:have to )?(?:go|be|get) (?:back )?(?:home|back|at home|in the house|there)\\b(?! (?:yet|early|so early|straight away|first|late|for (?:tea|dinner)))`,
      `\\b(?:wish|hope) (?:i|we) (?:did not|do not|never|would not) (?:have to )?(?:go|going) (?:back )?(?:home|to (?:that|my|the|his|her) (?:house|home|flat|place)|there)\\b`,
      `\\bso (?:i|we) (?:get|go|come) (?:back|home|in) (?:after|once|when) (?:he|she|they|dad|mum|${PERP_ADULT}) (?:has |have |is |are )?(?:gone to bed|asleep|gone out|left|at work|passed out|out)\\b`,
      `\\bsafer (?:${W} ){0,3}?than (?:at home|in my house|with (?:my (?:mum|dad|parents|step \\w+|foster \\w+)|him|her|them)|at (?:my )?(?:dads|mums))\\b`,
      `\\bwhat (?:mood|state) (?:he|she|they|dad|mum|${PERP_ADULT}) (?:${W} ){0,4}?in\\b (?:${W} ){0,3}?(?:when (?:i|we) (?:get|go|come) (?:home|back|in)|scares? me|scared|afraid|frightened|worried|on edge)`,
      `\\b(?:only|never) (?:go|come|get|going) (?:back )?home (?:when|till|until|once) (?:he|she|they|dad|mum|${PERP_ADULT}) (?:is|are|has|have)? ?(?:out|asleep|gone|at work|not (?:there|home|in|back))\\b|\\bnot when (?:he|she|they|dad|mum|my (?:\\w+ )?dad|mums \\w+) (?:is|are|gets?) (?:home|back|in|there|drunk)\\b`,
      `\\b(?:cry|crying|cries|sob|sobbing|shake|shaking|panic|panicking|beg|begging) (?:${W} ){0,2}?(?:every time|whenever|when|before) (?:i|we) (?:have to |has to |got to )?(?:go|get|walk|come) (?:back )?(?:home|to (?:my |the |that )?(?:mums|dads|house|placement|nans|flat|foster \\w+))\\b`,
      `\\bif (?:i|we) (?:go|get|went) (?:back )?home\\b (?:${W} ){0,6}?(?:what will happen|what (?:he|she|they) will do|scared|afraid|hurt me|hit me|kill me|beat me)\\b`,
      `\\b(?:going|being|getting) (?:back )?home (?:makes|gives) me (?:${W} ){0,2}?(?:sick|scared|anxious|panic\\w*|shaky|nervous|fear|dread|stomach ache|want to cry)\\b`,
      `\\b(?:heart (?:races|racing|pounds|pounding|beats fast|starts racing)|stomach (?:drops|turns|churns)|i (?:start )?(?:shaking|shake|freeze)) (?:${W} ){0,3}?(?:when|as) (?:i|we) (?:get|walk|come) (?:to|up to|near|through) (?:my|our|the) (?:front )?(?:door|house|street|road|flat|gate)\\b`,
      `\\brather (?:be|sleep|live|stay) (?:${W} ){0,2}?(?:on the streets?|outside|in the park|anywhere) (?:${W} ){0,2}?than (?:at home|go home|be at home|go back|in my house|at my house|with (?:him|her|them))\\b`,
      `\\b(?:scared|afraid|frightened|terrified) (?:of )?what (?:will|is going to|might|would) (?:happen|he will do|she will do|they will do) (?:${W} ){0,2}?(?:when|if) (?:i|we) (?:get|go) (?:back|home|in)\\b`,
      `\\b(?:home|my house|that house|our house|the house) (?:is not|isnt|is never|aint|does not feel|do not feel|never feels|no longer feels) (?:safe|a safe place|like a safe place)\\b`,
      // "i stay out as late as possible because of my step dad"
      `\\b(?:stay|stays|stayed|staying|stop|stopped) (?:out|away|at (?:my )?(?:\\w+s|school|the club)) (?:${W} ){0,5}?(?:because of|cos of|to avoid|so i do not (?:have to )?see|away from) (?:him|her|them|${DET}(?:${PARENT}|${PARTNER}))\\b`,
      `\\b(?:i am|im|i|i do) (?:not|never) (?:safe|feel safe) (?:at home|in (?:my|our|the|that) (?:house|home|flat)|at (?:my |our )?(?:dads|mums|nans|\\w+s) (?:house|flat|place)|there|with (?:him|her|them|${PERP_ADULT}))\\b`,
      `\\b(?:hope|hoping|pray|praying|wish)\\w* (?:that )?(?:he|she|they|${PERP_ADULT}) (?:is not|are not|will not be|is out|is asleep|has gone|is gone|is not there|is not in|is not home|is not back)\\b (?:${W} ){0,3}?(?:when (?:i|we) (?:get|go|come) (?:back|home|in)|home)\\b`,
    ],
    unless: ['\\b(?:club|fun|spiders?|dark|holiday|tent|mum said|said its (?:ok|fine))\\b'],
  },
];

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** The built-in English rule set. Frozen: screening caches compiled patterns per rule-set object. */
export const DEFAULT_RULES_EN: RuleSet = deepFreeze({
  version: 'en-2026.12.1',
  language: 'en',
  rules: [...harmByOthers, ...sexualHarm, ...selfHarm, ...neglect, ...fearOfHome, ...runningAway, ...exploitation, ...indirect],
});
