import { randomInt } from 'node:crypto';

// 256 short words a child can read aloud and spell: 8 bits each.
const WORDS = [
  'apple', 'acorn', 'amber', 'anchor', 'angel', 'arrow', 'aspen', 'autumn', 'badge', 'bamboo', 'banjo',
  'barley', 'basil', 'beach', 'beacon', 'bean', 'bear', 'beaver', 'bell', 'berry', 'birch', 'biscuit',
  'blossom', 'blue', 'bluebell', 'boat', 'bonfire', 'breeze', 'brick', 'bridge', 'brook', 'bubble', 'bucket',
  'bumble', 'bunny', 'butter', 'button', 'cabin', 'cactus', 'camel', 'candle', 'canoe', 'canyon', 'carrot',
  'castle', 'cedar', 'cello', 'cherry', 'chess', 'chestnut', 'cider', 'circle', 'cliff', 'clock', 'cloud',
  'clover', 'coast', 'cobble', 'comet', 'compass', 'copper', 'coral', 'cotton', 'crane', 'crayon', 'cricket',
  'crystal', 'cuckoo', 'daisy', 'dandelion', 'dawn', 'deer', 'desert', 'dingo', 'dolphin', 'dove', 'dragon',
  'drum', 'duck', 'dune', 'eagle', 'echo', 'elder', 'elm', 'ember', 'emerald', 'falcon', 'fern', 'ferry',
  'fiddle', 'field', 'finch', 'firefly', 'flag', 'flint', 'flute', 'forest', 'fossil', 'fox', 'frost',
  'garden', 'gecko', 'ginger', 'glacier', 'glade', 'globe', 'goose', 'granite', 'grape', 'grove', 'gull',
  'hamster', 'harbour', 'harp', 'hazel', 'heather', 'hedge', 'heron', 'hill', 'honey', 'hoop', 'horizon',
  'island', 'ivy', 'jade', 'jam', 'jasmine', 'jelly', 'jigsaw', 'juniper', 'kayak', 'kestrel', 'kettle',
  'kite', 'kiwi', 'koala', 'ladder', 'lagoon', 'lake', 'lantern', 'lark', 'lemon', 'lily', 'lime', 'linen',
  'lion', 'llama', 'lotus', 'lupin', 'magpie', 'mango', 'maple', 'marble', 'meadow', 'melon', 'mint',
  'mitten', 'moon', 'moose', 'moss', 'mountain', 'mouse', 'muffin', 'nectar', 'nest', 'noodle', 'nutmeg',
  'oak', 'oasis', 'ocean', 'olive', 'onion', 'orange', 'orbit', 'orchid', 'otter', 'owl', 'oyster', 'paddle',
  'panda', 'pansy', 'parrot', 'peach', 'pear', 'pebble', 'pelican', 'pepper', 'piano', 'pine', 'planet',
  'plum', 'pond', 'poppy', 'puffin', 'pumpkin', 'quail', 'quartz', 'quill', 'rabbit', 'rainbow', 'raven',
  'reed', 'ribbon', 'river', 'robin', 'rocket', 'rose', 'ruby', 'saffron', 'sail', 'salmon', 'sand',
  'sapphire', 'seal', 'shell', 'shore', 'silver', 'skylark', 'sledge', 'sloth', 'snail', 'snow', 'sparrow',
  'spruce', 'squirrel', 'star', 'stone', 'storm', 'stream', 'sugar', 'summer', 'sun', 'swallow', 'swan',
  'teapot', 'thistle', 'thunder', 'tiger', 'timber', 'toffee', 'tomato', 'topaz', 'tortoise', 'toucan',
  'tractor', 'trail', 'tulip', 'tunnel', 'turnip', 'valley', 'velvet', 'violet', 'volcano', 'walnut',
  'walrus', 'water',
];

/**
 * A receipt code: three words and four digits (about 37 bits), e.g. `otter-maple-cloud-4271`.
 * Easy to read aloud and type; unguessable online because look-ups are rate-limited; never reused
 * because the column is unique (a collision is retried with a new code).
 */
export function newReceiptCode(): string {
  const pick = () => WORDS[randomInt(WORDS.length)];
  return `${pick()}-${pick()}-${pick()}-${String(randomInt(10_000)).padStart(4, '0')}`;
}

/** Lower-case, single dashes: tolerant of spaces and capitals when typed back in. */
export function normaliseReceiptCode(input: string): string {
  return input.trim().toLowerCase().replace(/[\s_]+/g, '-').replace(/-+/g, '-');
}

export const RECEIPT_WORDS: readonly string[] = WORDS;
