import type { SupportMessage } from './support.types.js';
import { AgeBand } from '../shared/enums.js';
import type { Language } from '../shared/language.js';

// Calm, kind, no alarm and no blame; simpler words for younger children.
const MESSAGES: Record<Language, { young: string; older: string; childline: string; emergency: string }> = {
  en: {
    young: 'Thank you for telling us. A grown-up whose job is to keep children safe will read what you wrote. You can talk to someone now if you want to.',
    older: 'Thank you for telling us. Someone whose job is to keep young people safe will read what you wrote soon. If you want to talk to someone now, you can.',
    childline: 'Childline (free, any time)',
    emergency: 'In an emergency, call 999',
  },
  ur: {
    young: 'ہمیں بتانے کا شکریہ۔ ایک بڑا جس کا کام بچوں کو محفوظ رکھنا ہے، آپ کی بات پڑھے گا۔ اگر آپ چاہیں تو ابھی کسی سے بات کر سکتے ہیں۔',
    older: 'ہمیں بتانے کا شکریہ۔ جس شخص کا کام نوجوانوں کو محفوظ رکھنا ہے وہ جلد آپ کی بات پڑھے گا۔ اگر آپ ابھی کسی سے بات کرنا چاہیں تو کر سکتے ہیں۔',
    childline: 'چائلڈ لائن (مفت، کسی بھی وقت)',
    emergency: 'ایمرجنسی میں 999 پر کال کریں',
  },
  pl: {
    young: 'Dziękujemy, że nam powiedziałeś. Dorosły, który dba o bezpieczeństwo dzieci, przeczyta to, co napisałeś. Jeśli chcesz, możesz teraz z kimś porozmawiać.',
    older: 'Dziękujemy, że nam powiedziałeś. Osoba, która dba o bezpieczeństwo młodych ludzi, wkrótce przeczyta to, co napisałeś. Jeśli chcesz porozmawiać z kimś teraz, możesz.',
    childline: 'Childline (bezpłatnie, o każdej porze)',
    emergency: 'W nagłym wypadku zadzwoń pod 999',
  },
};

/** The support to show, in the person's language and words for their age, with the organisation's contacts. */
export function supportMessage(ageBand: AgeBand | null, contacts: SupportMessage['contacts'], language: Language): SupportMessage {
  const words = MESSAGES[language];
  const young = ageBand === AgeBand.AGE_4_TO_7 || ageBand === AgeBand.AGE_8_TO_11;
  return {
    message: young ? words.young : words.older,
    contacts: [
      { name: words.childline, phone: '0800 1111', url: 'https://www.childline.org.uk' },
      ...contacts.map((c) => ({ name: c.name, phone: c.phone ?? null, url: c.url ?? null })),
      { name: words.emergency, phone: '999', url: null },
    ],
  };
}
