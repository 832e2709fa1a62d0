import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  normaliseForScreening,
  screenText,
  validateRuleSet,
  type RuleSet,
  type ScreeningCategory,
} from '../../server/src/voices/screening/screening.js';
import { DEFAULT_RULES_EN } from '../../server/src/voices/screening/rules.en.js';

interface CorpusEntry {
  text: string;
  disclosure: boolean;
  category: ScreeningCategory | null;
  note?: string;
}

const corpus = JSON.parse(readFileSync(new URL('./train/en.json', import.meta.url), 'utf8')) as CorpusEntry[];
const EN = [DEFAULT_RULES_EN];
// V8 compiles each of the ~450 regular expressions on first use (about a second in all, more on a busy
// machine), and the corpus test is the first to use most of them.
const SLOW = 120_000;

describe('screening corpus', () => {
  it('is big and balanced enough to mean something', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(160);
    const disclosures = corpus.filter((c) => c.disclosure);
    expect(disclosures.length / corpus.length).toBeGreaterThan(0.4);
    expect(disclosures.length / corpus.length).toBeLessThan(0.6);
    const categories = new Set(disclosures.map((c) => c.category));
    expect(categories.size).toBe(8);
    for (const c of corpus) expect(c.disclosure ? c.category !== null : c.category === null).toBe(true);
  });

  it('catches every disclosure (recall 1) with precision of at least 0.9', () => {
    const falseNegatives: string[] = [];
    const falsePositives: string[] = [];
    const wrongCategory: string[] = [];
    let truePositives = 0;
    for (const entry of corpus) {
      const result = screenText(entry.text, EN);
      if (entry.disclosure && result.flagged) {
        truePositives++;
        const categories = result.matchedRules.map((id) => DEFAULT_RULES_EN.rules.find((r) => r.id === id)?.category);
        if (!categories.includes(entry.category!)) wrongCategory.push(`${entry.category} ← ${result.matchedRules.join(', ')}: ${entry.text}`);
      } else if (entry.disclosure) {
        falseNegatives.push(`[${entry.category}] ${entry.text}`);
      } else if (result.flagged) {
        falsePositives.push(`${result.matchedRules.join(', ')}: ${entry.text}`);
      }
    }
    const recall = truePositives / (truePositives + falseNegatives.length);
    const precision = truePositives / (truePositives + falsePositives.length);
    console.log(
      [
        `screening corpus: ${corpus.length} texts, recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}`,
        `false negatives (${falseNegatives.length}):`,
        ...falseNegatives.map((t) => `  ${t}`),
        `false positives (${falsePositives.length}):`,
        ...falsePositives.map((t) => `  ${t}`),
        `flagged under another category (${wrongCategory.length}):`,
        ...wrongCategory.map((t) => `  ${t}`),
      ].join('\n'),
    );
    expect(falseNegatives).toEqual([]);
    expect(recall).toBe(1);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  }, SLOW);
});

describe('normalisation', () => {
  const exact = (t: string): string => normaliseForScreening(t).exact;
  const collapsed = (t: string): string => normaliseForScreening(t).collapsed;

  it('lower-cases, strips accents and punctuation, and removes apostrophes', () => {
    expect(exact('Mum’s BOYFRIEND… hurts me!!!')).toBe('mums boyfriend hurts me');
    expect(exact('café — naïve')).toBe('cafe naive');
    expect(exact('step-dad')).toBe('step dad');
  });

  it('expands text-speak and children’s spellings', () => {
    expect(exact('im scared 2 go home coz he h1ts me')).toBe('i am scared to go home because he hits me');
    expect(exact('u dont no wot its like at skool')).toBe('you do not no what its like at school');
    expect(exact('wanna die bcoz evry1 h8s me')).toBe('want to die because everyone hates me');
    expect(exact('my stepdad hurtz me pls help')).toBe('my step dad hurts me please help');
    expect(exact('mam keeps askin 4 money')).toBe('mum keeps asking for money');
  });

  it('treats a lone number as a number when it counts something', () => {
    expect(exact('left alone for 2 days')).toBe('left alone for 2 days');
    expect(exact('i want 2 go')).toBe('i want to go');
  });

  it('keeps real double letters in one form and collapses stretched words in the other', () => {
    expect(normaliseForScreening('soooo scared, he killlls me')).toEqual({ exact: 'soo scared he kills me', collapsed: 'so scared he kils me' });
    expect(collapsed('hiiiits me')).toBe('hits me');
    expect(exact('really good')).toBe('really good');
  });

  it('tolerates missing apostrophes and odd spacing', () => {
    expect(exact("I don't want")).toBe(exact('i dont want'));
    expect(exact('  he’s   always\nhitting\tme ')).toBe('he is always hitting me');
  });

  it('does not trip over words that are Object.prototype keys', () => {
    expect(exact('constructor toString __proto__')).toBe('constructor tostring proto');
  });
});

describe('screenText', () => {
  it('flags text-speak, stretched and misspelt disclosures', () => {
    expect(screenText('my step dad hiiiits me', EN).flagged).toBe(true);
    expect(screenText('he dont let me eat nd theres no food at home 4 days', EN).flagged).toBe(true);
    expect(screenText('i wanna k1ll myslef', EN).flagged).toBe(true);
  });

  it('does not flag negated statements, but a negation elsewhere does not hide a disclosure', () => {
    expect(screenText('nobody hurts me at home', EN).flagged).toBe(false);
    expect(screenText('my dad has never hit me', EN).flagged).toBe(false);
    expect(screenText('I have never been hit', EN).flagged).toBe(false);
    expect(screenText("I'm not allowed to tell anyone but he touches me", EN).flagged).toBe(true);
    expect(screenText('my dad does not hit me any more but my step mum does, she hits me with a belt', EN).flagged).toBe(true);
  });

  it('reports the highest severity among the rules that matched', () => {
    const medium = screenText('there is no food at home most days', EN);
    expect(medium).toMatchObject({ flagged: true, severity: 'MEDIUM' });
    const both = screenText('there is no food at home most days and my step dad hits me', EN);
    expect(both.severity).toBe('HIGH');
    expect(both.matchedRules.length).toBeGreaterThanOrEqual(2);
    const none = screenText('the youth club is great', EN);
    expect(none).toEqual({ flagged: false, severity: null, matchedRules: [] });
  });

  it('orders severity HIGH over MEDIUM whichever rule matches first', () => {
    const set: RuleSet = {
      version: 't-1',
      language: 'en',
      rules: [
        { id: 't.medium', category: 'NEGLECT', severity: 'MEDIUM', patterns: ['\\bapple\\b'] },
        { id: 't.high', category: 'HARM_BY_OTHERS', severity: 'HIGH', patterns: ['\\bpear\\b'] },
        { id: 't.medium2', category: 'NEGLECT', severity: 'MEDIUM', patterns: ['\\bplum\\b'] },
      ],
    };
    expect(screenText('apple pear plum', [set])).toEqual({ flagged: true, severity: 'HIGH', matchedRules: ['t.medium', 't.high', 't.medium2'] });
    expect(screenText('apple plum', [set]).severity).toBe('MEDIUM');
  });

  it('lets an unless pattern cancel only the match it sits next to', () => {
    const set: RuleSet = {
      version: 't-1',
      language: 'en',
      rules: [{ id: 't.hit', category: 'HARM_BY_OTHERS', severity: 'HIGH', patterns: ['\\bhits me\\b'], unless: ['\\bpillow\\b'] }],
    };
    expect(screenText('my brother hits me with a pillow', [set]).flagged).toBe(false);
    const far = 'my brother hits me with a pillow when we play, which is fine and we laugh about it afterwards. my uncle hits me';
    expect(screenText(far, [set]).flagged).toBe(true);
    // and in the built-in rules
    expect(screenText('my brother hit me with a pillow in a game', EN).flagged).toBe(false);
    expect(screenText('my brother hit me with a pillow in a game. my dad beats me when he is drunk', EN).flagged).toBe(true);
  });

  it('keeps the classic near-misses quiet', () => {
    for (const text of [
      'I hit the ball',
      'scared of spiders',
      'the film made me want to die laughing',
      "I'd kill for a pizza",
      'I cut myself a slice of cake',
      'I ran away from the bee',
      'my dad is running a marathon',
      'nobody looks after the park',
      "I'm starving, when's lunch",
      'the drugs talk at school was good',
      'I want to go home early because the session is boring',
      'I feel safe at home',
    ]) {
      expect(screenText(text, EN), text).toMatchObject({ flagged: false });
    }
  });

  it('adds the matches of an extra organisation rule set in another language', () => {
    const polish = validateRuleSet({
      version: 'pl-2026.11.1',
      language: 'pl',
      rules: [
        {
          id: 'pl.harm.bije',
          category: 'HARM_BY_OTHERS',
          severity: 'HIGH',
          // "ojczym mnie bije" (my stepfather beats me), in either word order; accents are stripped first
          patterns: ['\\b(?:tata|ojciec|ojczym|mama|matka|macocha|on|ona|chlopak mamy)\\b(?: \\S+){0,3} (?:mnie|nas) (?:bije|bil|bila|kopie|krzywdzi)\\b',
            '\\b(?:bije|bil|bila|kopie|krzywdzi) (?:mnie|nas)\\b'],
          unless: ['\\bnie (?:bije|bil|bila|kopie|krzywdzi)\\b'],
        },
      ],
    });
    const text = 'Ojczym mnie bije, gdy mama jest w pracy';
    expect(screenText(text, EN).flagged).toBe(false);
    const result = screenText(text, [DEFAULT_RULES_EN, polish]);
    expect(result).toMatchObject({ flagged: true, severity: 'HIGH', matchedRules: ['pl.harm.bije'] });
    // English text-speak expansion is not applied to Polish ("ma" is a Polish verb, not "mum")
    expect(normaliseForScreening('on ma Łódź', 'pl').exact).toBe('on ma lodz');
    expect(screenText('Nikt mnie nie bije', [polish]).flagged).toBe(false);
  });
});

describe('prefilter', () => {
  it('never changes a result: the same rules with the prefilter defeated agree on every corpus text', () => {
    // "|\b\B" (never matches) gives each pattern an alternative with no literal, so the prefilter can
    // find no needle it requires and has to run the pattern on every text.
    const unfiltered: RuleSet = {
      ...DEFAULT_RULES_EN,
      rules: DEFAULT_RULES_EN.rules.map((r) => ({ ...r, patterns: r.patterns.map((p) => `(?:${p}|\\b\\B)`) })),
    };
    const texts = corpus.map((c) => c.text);
    for (let i = 0; i + 1 < texts.length; i += 7) texts.push(`${texts[i]} ${texts[i + 1]}`, `${texts[i]}. ${texts[i + 1]}`);
    const differences = texts.filter((t) => JSON.stringify(screenText(t, EN)) !== JSON.stringify(screenText(t, [unfiltered])));
    expect(differences).toEqual([]);
  }, SLOW);
});

describe('validateRuleSet', () => {
  const good = { version: 'x-1', language: 'en', rules: [{ id: 'x.ok', category: 'NEGLECT', severity: 'MEDIUM', patterns: ['\\bno food\\b'] }] };

  it('accepts the built-in rules and a JSON round trip of them', () => {
    const copy = validateRuleSet(JSON.parse(JSON.stringify(DEFAULT_RULES_EN)));
    expect(copy).toEqual(DEFAULT_RULES_EN);
    expect(screenText('my dad hits me', [copy]).flagged).toBe(true);
  }, SLOW);

  it('rejects a pattern that does not compile, naming the rule', () => {
    const bad = { ...good, rules: [...good.rules, { id: 'x.broken', category: 'SEXUAL_HARM', severity: 'HIGH', patterns: ['\\btouch(es|ed\\b'] }] };
    expect(() => validateRuleSet(bad)).toThrow(/x\.broken/);
    const badUnless = { ...good, rules: [{ ...good.rules[0], unless: ['[unclosed'] }] };
    expect(() => validateRuleSet(badUnless)).toThrow(/x\.ok.*unless\[0\]/);
  });

  it('rejects wrong fields, naming the rule', () => {
    const rule = good.rules[0];
    expect(() => validateRuleSet({ ...good, rules: [{ ...rule, category: 'BULLYING' }] })).toThrow(/x\.ok.*category/);
    expect(() => validateRuleSet({ ...good, rules: [{ ...rule, severity: 'LOW' }] })).toThrow(/x\.ok.*severity/);
    expect(() => validateRuleSet({ ...good, rules: [{ ...rule, patterns: [] }] })).toThrow(/x\.ok.*patterns/);
    expect(() => validateRuleSet({ ...good, rules: [{ ...rule, unles: ['x'] }] })).toThrow(/x\.ok.*unles/);
    expect(() => validateRuleSet({ ...good, rules: [rule, rule] })).toThrow(/x\.ok.*duplicate/);
    expect(() => validateRuleSet({ ...good, rules: [{ ...rule, patterns: ['a*'] }] })).toThrow(/x\.ok.*empty/);
    expect(() => validateRuleSet({ ...good, language: 7 })).toThrow(/language/);
    expect(() => validateRuleSet('rules')).toThrow();
  });

  it('accepts upper-case letters in patterns, since matching ignores case', () => {
    const set = validateRuleSet({ ...good, rules: [{ ...good.rules[0], patterns: ['\\bNo Food\\b'] }] });
    expect(screenText('there is NO FOOD', [set]).flagged).toBe(true);
  });
});
