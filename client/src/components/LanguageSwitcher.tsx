import { LANGUAGES, changeLanguage, useTranslation } from '../i18n/i18n';

/** All languages, always, each named in itself and marked with its own lang so it is read out right. */
export function LanguageSwitcher() {
  const { t, language: current } = useTranslation();
  return (
    <nav className="language-switcher" aria-label={t('language.label')}>
      <ul className="language-switcher__list">
        {LANGUAGES.map((language) => {
          const active = language.code === current;
          return (
            <li key={language.code}>
              <button
                type="button"
                className="language-switcher__button"
                lang={language.code}
                dir={language.dir}
                aria-current={active ? 'true' : undefined}
                onClick={() => void changeLanguage(language.code)}
              >
                {language.name}
                {active ? <span className="visually-hidden"> {t('language.current')}</span> : null}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
