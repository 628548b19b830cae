import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../api/client.js';
import { newId, type Lang } from '../../electron/model/constants.js';
import type { KitSection, Release } from '../../electron/model/entities.js';
import { dataChanged, useQuery } from '../lib/data.js';
import { navigate } from '../lib/router.js';
import { useAction } from '../lib/use-action.js';
import { Dialog, DialogActions, DialogForm } from './dialog.js';
import { Field, LangSelect, useReleaseLabel } from './editor-parts.js';

/** The language most of the chosen releases are written in; none chosen: null. */
export function languageOfReleases(releases: readonly Pick<Release, 'lang'>[]): Lang | null {
  const counts = new Map<Lang, number>();
  for (const r of releases) counts.set(r.lang, (counts.get(r.lang) ?? 0) + 1);
  let best: Lang | null = null;
  for (const [lang, n] of counts) if (best === null || n > counts.get(best)!) best = lang;
  return best;
}

/** Letter in North America, A4 elsewhere, unless Settings say otherwise. */
function pageSizeFor(lang: Lang, preferred: 'letter' | 'a4' | null): 'letter' | 'a4' {
  return preferred ?? (lang === 'fr-CA' || lang === 'en-US' ? 'letter' : 'a4');
}

/**
 * "New kit" asks first: name, event, date, place, the releases it starts with and its language
 * (the releases' language, else the default in Settings, else the interface's). Cancelling creates nothing.
 */
export function NewKitDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const releases = useQuery(() => send('releases.list'), []);
  const settings = useQuery(() => send('settings.get'), []);
  const releaseLabel = useReleaseLabel();
  const [name, setName] = useState('');
  const [event, setEvent] = useState('');
  const [date, setDate] = useState('');
  const [location, setLocation] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [lang, setLang] = useState<Lang | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { busy, run } = useAction({ onError: setError });

  useEffect(() => {
    if (!open) return;
    setName('');
    setEvent('');
    setDate('');
    setLocation('');
    setChosen([]);
    setLang(null);
    setError(null);
  }, [open]);

  const list = [...(releases.data ?? [])].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const picked = chosen.map((id) => list.find((r) => r.id === id)).filter((r): r is Release => !!r);
  const uiDefault: Lang = i18n.language === 'fr' ? 'fr-CA' : 'en-US';
  // Until the officer picks a language, it follows the releases chosen.
  const effectiveLang = lang ?? languageOfReleases(picked) ?? settings.data?.defaults.lang ?? uiDefault;

  const create = async () => {
    if (!name.trim()) {
      setError(t('kits.nameRequired'));
      document.getElementById('new-kit-name')?.focus();
      return;
    }
    await run(async () => {
      setError(null);
      const sections: KitSection[] = picked.map((r) => ({ id: newId('section'), type: 'release', releaseId: r.id }));
      const kit = await send('kits.create', {
        data: {
          name: name.trim(),
          lang: effectiveLang,
          pageSize: pageSizeFor(effectiveLang, settings.data?.defaults.pageSize ?? null),
          event: { name: event.trim(), date: date || null, location: location.trim() },
          sections,
        },
      });
      dataChanged();
      onClose();
      navigate({ screen: 'kits', id: kit.id });
    });
  };

  return (
    <Dialog
      title={t('kits.newTitle')}
      open={open}
      onClose={onClose}
      footer={<DialogActions onCancel={onClose} form="new-kit-form" label={t('kits.create')} busyLabel={t('common.saving')} busy={busy} />}
    >
      <DialogForm id="new-kit-form" onSubmit={create}>
        <Field id="new-kit-name" label={t('kits.name')} hint={error ?? undefined} warn={!!error}>
          {(c) => <input {...c} value={name} required data-autofocus aria-invalid={!!error || undefined} placeholder={t('kits.namePlaceholder')} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <div className="row">
          <Field label={t('kits.event')} className="grow">
            {(c) => <input {...c} value={event} onChange={(e) => setEvent(e.target.value)} />}
          </Field>
          <Field label={t('kits.date')}>{(c) => <input {...c} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}</Field>
        </div>
        <Field label={t('kits.place')}>{(c) => <input {...c} value={location} onChange={(e) => setLocation(e.target.value)} />}</Field>
        {list.length > 0 && (
          <fieldset className="field-group compact-group">
            <legend>{t('kits.startWith')}</legend>
            <div className="checks scroll-list">
              {list.map((r) => (
                <label key={r.id} className="check">
                  <input type="checkbox" checked={chosen.includes(r.id)} onChange={(e) => setChosen(e.target.checked ? [...chosen, r.id] : chosen.filter((x) => x !== r.id))} />
                  <span lang={r.lang}>{releaseLabel(r)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <LangSelect value={effectiveLang} onChange={setLang} label={t('kits.language')} />
      </DialogForm>
    </Dialog>
  );
}
