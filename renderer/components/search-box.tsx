import { forwardRef, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../api/client.js';
import type { MethodOutput } from '../../electron/api/contract.js';
import { navigate, type Route } from '../lib/router.js';
import { localizeSnippet } from './search-snippet.js';

type Hit = MethodOutput<'search.query'>[number];

function routeOf(hit: Hit): Route {
  switch (hit.collection) {
    case 'releases':
      return { screen: 'releases', id: hit.id };
    case 'kits':
      return { screen: 'kits', id: hit.id };
    case 'organizations':
      return { screen: 'organizations', id: hit.id };
    case 'logos':
      return { screen: 'logos' };
    default:
      return { screen: 'contacts' };
  }
}

/** One box for everything: a combobox whose options open the thing found. */
export const SearchBox = forwardRef<HTMLInputElement>(function SearchBox(_props, ref) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<Hit[]>([]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();

  useEffect(() => {
    if (!q.trim()) {
      setHits([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      send('search.query', { q, limit: 12 }).then(
        (r) => {
          if (!live) return;
          setHits(r);
          setActive(0);
          setOpen(true);
        },
        () => live && setHits([]),
      );
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q]);

  const choose = (hit: Hit) => {
    navigate(routeOf(hit));
    if (hit.collection === 'logos' || hit.collection === 'contacts' || hit.collection === 'sheets') {
      window.dispatchEvent(new CustomEvent('mk:focus-item', { detail: hit.id }));
    }
    setOpen(false);
    setQ('');
  };

  return (
    <div className="search">
      <svg aria-hidden="true" viewBox="0 0 20 20" className="search-icon">
        <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
        <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
      <input
        ref={ref}
        type="search"
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={open && hits.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && hits[active] ? `${listId}-${active}` : undefined}
        placeholder={t('search.placeholder')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onFocus={() => hits.length && setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, hits.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && hits[active]) {
            e.preventDefault();
            choose(hits[active]);
          } else if (e.key === 'Escape') {
            setOpen(false);
            setQ('');
            (e.target as HTMLInputElement).blur();
          }
        }}
      />
      <kbd className="search-kbd" aria-hidden="true">/</kbd>
      <ul id={listId} role="listbox" aria-label={t('search.results')} className="search-results" hidden={!open || !q.trim()}>
        {hits.length === 0 && q.trim() && (
          <li className="search-empty" role="option" aria-selected={false} aria-disabled="true">
            {t('search.none')}
          </li>
        )}
        {hits.map((hit, i) => (
          <li
            key={`${hit.collection}-${hit.id}`}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : ''}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(hit);
            }}
            onMouseEnter={() => setActive(i)}
          >
            <span className={`badge badge-${hit.collection}`}>{t(`collections.${hit.collection}`)}</span>
            <span className="search-title">{hit.title || t('common.untitled')}</span>
            {hit.snippet && <span className="search-snippet">{localizeSnippet(hit.collection, hit.snippet, (key) => t(key))}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
});
