import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, LANGUAGES } from '../i18n/i18n';

/** NL / EN, remembered in localStorage. Each option is named in its own language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const active = currentLanguage();
  return (
    <div className="bb-language-switch" role="group" aria-label={t('language.label')} data-language={i18n.language}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="bb-language-switch__option"
          aria-pressed={language === active}
          onClick={() => void changeLanguage(language)}
        >
          {t(`language.${language}`, { lng: language })}
        </button>
      ))}
    </div>
  );
}
