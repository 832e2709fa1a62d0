/**
 * Catalog sections that belong to one area of the app. Each language stays one catalog file, but
 * these sections are split out of it at build time (vite.config.ts: `./en.json?part=staff`) and
 * load with their area (loadCatalogPart in i18n.ts), so a child's phone never downloads staff or
 * forum wording. Sections in no part load at start-up. A test (sections.test.ts) fails if a page
 * outside a part's folder uses one of its sections.
 */
export const CATALOG_PARTS = {
  staff: {
    folder: 'features/staff/',
    sections: ['staff', 'role', 'staffSurveys', 'events', 'safeguarding', 'allVoices', 'people', 'auditLog', 'staffForums', 'staffProposals', 'trace', 'orgSettings', 'myAccount'],
  },
  forum: {
    folder: 'features/forum/',
    sections: ['forum'],
  },
  // The public receipt and "you said, we did" pages: only people who open them download their words.
  receipt: {
    folder: 'features/participate/',
    sections: ['receipt', 'saidWeDid'],
  },
  // The participant's home (/me).
  me: {
    folder: 'features/participate/',
    sections: ['participant'],
  },
  // An event's "what we heard" page, likewise.
  event: {
    folder: 'features/participate/',
    sections: ['eventFeedback'],
  },
  // The welcome, join, sign-in and password pages: a child opening a survey link needs none of their words.
  access: {
    folder: 'features/access/',
    sections: ['welcome', 'join', 'signIn', 'setPassword', 'forgotPassword'],
  },
  // The privacy notice and the accessibility statement: long, and read by few.
  about: {
    folder: 'features/participate/',
    sections: ['privacy', 'accessibility'],
  },
} as const satisfies Record<string, { folder: string; sections: readonly string[] }>;

export type CatalogPart = keyof typeof CATALOG_PARTS;

/** The part a section belongs to, if any. */
export function partOf(section: string): CatalogPart | undefined {
  return (Object.keys(CATALOG_PARTS) as CatalogPart[]).find((part) => (CATALOG_PARTS[part].sections as readonly string[]).includes(section));
}
