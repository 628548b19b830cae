import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { send, setApiLanguage } from '../api/client.js';
import { en } from './en.js';
import { fr } from './fr.js';

export type UiLang = 'fr' | 'en';

function systemLang(): UiLang {
  return (navigator.languages?.[0] ?? navigator.language ?? 'en').toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

function apply(lang: UiLang): void {
  document.documentElement.lang = lang === 'fr' ? 'fr-CA' : 'en';
  setApiLanguage(lang);
}

/** The saved choice wins, then the system language. */
export async function initI18n(): Promise<void> {
  let lang = systemLang();
  try {
    const settings = await send('settings.get');
    if (settings.uiLang) lang = settings.uiLang;
  } catch {
    // The library is unreachable: the interface still opens and shows the error where it matters.
  }
  await i18n.use(initReactI18next).init({
    resources: { en: { translation: en }, fr: { translation: fr } },
    lng: lang,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
  apply(lang);
}

export async function switchLanguage(lang: UiLang): Promise<void> {
  await i18n.changeLanguage(lang);
  apply(lang);
  await send('settings.update', { uiLang: lang });
}
