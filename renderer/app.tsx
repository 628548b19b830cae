import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from './api/client.js';
import { SearchBox } from './components/search-box.js';
import { ShortcutsHelp, MOD } from './components/shortcuts-help.js';
import { Toasts, toast } from './components/toasts.js';
import { ImportCenter, openFilePicker } from './components/import-center.js';
import { KitPackageImport } from './components/kit-package-import.js';
import { switchLanguage, type UiLang } from './i18n/index.js';
import { dataChanged, errorMessage, useQuery } from './lib/data.js';
import { href, navigate, useRoute, type Route } from './lib/router.js';
import { createBlankRelease } from './lib/new-release.js';
import { formatNumber } from './lib/format.js';
import { ReleasesScreen } from './screens/releases.js';
import { ReleaseEditor } from './screens/release-editor.js';
import { KitsScreen } from './screens/kits.js';
import { KitEditor } from './screens/kit-editor.js';
import { LogosScreen } from './screens/logos.js';
import { ContactsScreen } from './screens/contacts.js';
import { OrganizationsScreen } from './screens/organizations.js';
import { TrashScreen } from './screens/trash.js';
import { SettingsScreen } from './screens/settings.js';
import { ConflictsScreen } from './screens/conflicts.js';
import { SyncIndicator } from './components/team-library.js';

const NAV: { screen: Route['screen']; icon: string }[] = [
  { screen: 'releases', icon: 'M4 4h12v12H4z M7 8h6 M7 11h6 M7 14h3' },
  { screen: 'kits', icon: 'M3 6h14v10H3z M7 6V4h6v2' },
  { screen: 'logos', icon: 'M4 4h12v12H4z M4 13l4-4 3 3 2-2 3 3' },
  { screen: 'contacts', icon: 'M10 9a3 3 0 1 0 0-6 3 3 0 0 0 0 6z M4 17c0-3.3 2.7-5 6-5s6 1.7 6 5' },
  { screen: 'organizations', icon: 'M4 17V6l6-3 6 3v11z M8 17v-4h4v4' },
  { screen: 'trash', icon: 'M5 6h10l-1 11H6z M3 6h14 M8 6V4h4v2' },
  { screen: 'settings', icon: 'M10 7a3 3 0 1 0 0 6 3 3 0 0 0 0-6z M10 2v3 M10 15v3 M2 10h3 M15 10h3 M4.3 4.3l2.1 2.1 M13.6 13.6l2.1 2.1 M4.3 15.7l2.1-2.1 M13.6 6.4l2.1-2.1' },
];

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

export function App() {
  const { t, i18n } = useTranslation();
  const route = useRoute();
  const searchRef = useRef<HTMLInputElement>(null);
  const [help, setHelp] = useState(false);
  const info = useQuery(() => send('library.info'), []);

  useEffect(() => {
    document.title = `${t(`nav.${route.screen}`)} · ${t('app.name')}`;
  }, [route.screen, t, i18n.language]);

  // After a change of screen, keyboard and screen-reader users start at the top of the new content.
  const firstScreen = useRef(true);
  useEffect(() => {
    if (firstScreen.current) {
      firstScreen.current = false;
      return;
    }
    const content = document.getElementById('content');
    if (content && !content.contains(document.activeElement)) content.focus({ preventScroll: true });
  }, [route.screen, 'id' in route ? route.id : undefined]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && key === 'k') {
        e.preventDefault();
        searchRef.current?.focus();
      } else if (e.key === '/' && !mod && !isTyping(e.target)) {
        e.preventDefault();
        searchRef.current?.focus();
      } else if (e.key === '?' && !isTyping(e.target)) {
        e.preventDefault();
        setHelp(true);
      } else if ((mod && !e.shiftKey && key === 'n') || (e.altKey && key === 'n')) {
        e.preventDefault();
        void newRelease();
      } else if (mod && key === 'e') {
        e.preventDefault();
        window.dispatchEvent(new CustomEvent('mk:export'));
      } else if (mod && key === 's') {
        e.preventDefault();
        window.dispatchEvent(new CustomEvent('mk:save'));
      } else if (e.altKey && /^[1-7]$/.test(e.key)) {
        e.preventDefault();
        const item = NAV[Number(e.key) - 1];
        if (item) navigate({ screen: item.screen } as Route);
      } else if (mod && key === 'o') {
        e.preventDefault();
        openFilePicker();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const newRelease = async () => {
    try {
      const rel = await createBlankRelease(i18n.language === 'fr' ? 'fr-CA' : 'en-US');
      dataChanged();
      navigate({ screen: 'releases', id: rel.id });
    } catch (err) {
      toast(errorMessage(err), 'error');
    }
  };

  const counts = info.data?.counts;
  const countOf = (screen: Route['screen']): number | undefined => {
    if (!info.data) return undefined;
    if (screen === 'trash') return info.data.trash;
    if (screen === 'contacts') return counts?.contacts;
    return counts?.[screen as 'releases' | 'kits' | 'logos' | 'organizations'];
  };

  return (
    <div className="app">
      <a className="skip-link" href="#content">
        {t('app.skip')}
      </a>
      <aside className="sidebar">
        <div className="brand">
          <svg viewBox="0 0 32 32" aria-hidden="true" className="brand-mark">
            <rect x="2" y="2" width="28" height="28" rx="7" fill="var(--accent)" />
            <path d="M9 22V10l7 7 7-7v12" fill="none" stroke="#fff" strokeWidth="2.6" strokeLinejoin="round" strokeLinecap="round" />
          </svg>
          <span className="brand-name">{t('app.name')}</span>
        </div>
        <nav aria-label={t('nav.label')}>
          <ul>
            {NAV.map((item, i) => (
              <li key={item.screen}>
                <a href={href({ screen: item.screen } as Route)} aria-current={route.screen === item.screen ? 'page' : undefined} title={`Alt+${i + 1}`}>
                  <svg viewBox="0 0 20 20" aria-hidden="true">
                    <path d={item.icon} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" strokeLinecap="round" />
                  </svg>
                  <span>{t(`nav.${item.screen}`)}</span>
                  {countOf(item.screen) !== undefined && countOf(item.screen)! > 0 && <span className="nav-count">{formatNumber(countOf(item.screen)!)}</span>}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar-foot">
          <SyncIndicator />
          <label className="field-inline">
            <span aria-hidden="true">{t('app.language')}</span>
            <select
              aria-label={t('app.language')}
              value={i18n.language}
              onChange={(e) => {
                switchLanguage(e.target.value as UiLang).catch((err: unknown) => toast(errorMessage(err), 'error'));
              }}
            >
              <option value="fr">Français</option>
              <option value="en">English</option>
            </select>
          </label>
          <button type="button" className="link-btn" onClick={() => setHelp(true)}>
            {t('shortcuts.title')} <kbd>?</kbd>
          </button>
          {info.data?.readOnly && <p className="warning-text">{t('app.readOnly')}</p>}
        </div>
      </aside>
      <div className="main">
        <header className="topbar">
          <SearchBox ref={searchRef} />
          <div className="topbar-actions">
            <button type="button" className="btn" onClick={openFilePicker} title={`${MOD}+O`}>
              {t('import.button')}
            </button>
            <button type="button" className="btn primary" onClick={() => void newRelease()} title={`${MOD}+N`}>
              {t('releases.new')}
            </button>
          </div>
        </header>
        <main id="content" tabIndex={-1}>
          {info.error && <div className="alert error">{info.error.message}</div>}
          <Screen route={route} onNewRelease={() => void newRelease()} />
        </main>
      </div>
      <ShortcutsHelp open={help} onClose={() => setHelp(false)} />
      <ImportCenter />
      <KitPackageImport />
      <Toasts />
    </div>
  );
}

function Screen({ route, onNewRelease }: { route: Route; onNewRelease: () => void }) {
  switch (route.screen) {
    case 'releases':
      return route.id ? <ReleaseEditor key={route.id} id={route.id} /> : <ReleasesScreen onNew={onNewRelease} />;
    case 'kits':
      return route.id ? <KitEditor key={route.id} id={route.id} /> : <KitsScreen />;
    case 'logos':
      return <LogosScreen />;
    case 'contacts':
      return <ContactsScreen />;
    case 'organizations':
      return <OrganizationsScreen selected={route.id} />;
    case 'trash':
      return <TrashScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'conflicts':
      return <ConflictsScreen />;
  }
}
