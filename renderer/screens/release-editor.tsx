import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../api/client.js';
import { blocksText } from '../../electron/model/block-text.js';
import { RELEASE_STATUSES } from '../../electron/model/constants.js';
import type { Release } from '../../electron/model/entities.js';
import { useAutosave, useEditableEntity } from '../lib/autosave.js';
import { countWords } from '../lib/blocks-tiptap.js';
import { dataChanged, errorMessage, useQuery } from '../lib/data.js';
import { useInConflict } from '../lib/sync-status.js';
import { formatNumber, formatDateTime } from '../lib/format.js';
import { usePreview } from '../lib/preview.js';
import { href, navigate } from '../lib/router.js';
import { EMBARGO_ZONES, isoToWallTime, wallTimeToIso } from '../lib/zoned-time.js';
import { RichEditor } from '../components/rich-editor.js';
import { EditorHeader, Field, LangSelect, useReleaseLabel } from '../components/editor-parts.js';
import { OrderedPicker } from '../components/ordered-picker.js';
import { TagInput } from '../components/tag-input.js';
import { PreviewFrame } from '../components/preview-frame.js';
import { ExportDialog } from '../components/export-dialog.js';
import { toast } from '../components/toasts.js';
import { BlocksView } from '../components/blocks-view.js';

export const WIRE_HEADLINE_LIMIT = 100;
const END_MARKS = ['-30-', '###', '– 30 –', '– FIN –', '以上'];

function contactLabel(c: { name: string; firstName: string; lastName: string; emails: string[] }): string {
  return c.name || `${c.firstName} ${c.lastName}`.trim() || c.emails[0] || '—';
}

export function ReleaseEditor({ id }: { id: string }) {
  const { t } = useTranslation();
  const [revision, setRevision] = useState(0);
  const [bodyText, setBodyText] = useState('');
  const [panel, setPanel] = useState<'preview' | 'translation'>('preview');
  const [exporting, setExporting] = useState(false);
  const autosave = useAutosave('releases.update', id, () => setRevision((r) => r + 1));
  const orgs = useQuery(() => send('organizations.list'), []);
  const contacts = useQuery(() => send('contacts.list'), []);
  const releases = useQuery(() => send('releases.list'), []);
  const preview = usePreview('preview.release', id, revision);
  const inConflict = useInConflict(id);
  const releaseLabel = useReleaseLabel();

  const { entity: release, setEntity: setRelease, loadError, generation } = useEditableEntity<Release>(
    () => send('releases.get', { id }),
    'releases.update',
    id,
    autosave,
    () => toast(t('save.restored'), 'info'),
  );

  // A blank release starts with the cursor in the headline; done once, when the form first appears.
  const loaded = release !== null;
  useEffect(() => {
    if (loaded && !release?.headline && !release?.body.length) document.getElementById('field-headline')?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded]);

  useEffect(() => {
    const onExport = () => setExporting(true);
    window.addEventListener('mk:export', onExport);
    return () => window.removeEventListener('mk:export', onExport);
  }, []);

  const set = (patch: Partial<Release>) => {
    setRelease((r) => (r ? { ...r, ...patch } : r));
    autosave.change(patch);
  };

  const translation = useMemo(() => {
    if (!release?.translationGroup) return null;
    return (releases.data ?? []).find((r) => r.id !== release.id && r.translationGroup === release.translationGroup) ?? null;
  }, [release, releases.data]);

  if (loadError) return <div className="screen"><div className="alert error">{loadError}</div></div>;
  if (!release) return <div className="screen"><p className="empty">{t('common.loading')}</p></div>;

  const headlineLong = release.headline.length > WIRE_HEADLINE_LIMIT;
  const words = countWords(`${release.headline} ${release.subheadline} ${bodyText || blocksText(release.body)}`);
  const allTags = [...new Set((releases.data ?? []).flatMap((r) => r.tags))];

  const linkTranslation = async (otherId: string) => {
    try {
      const other = (releases.data ?? []).find((r) => r.id === otherId);
      if (!other) return;
      const group = release.translationGroup ?? other.translationGroup ?? `tg_${crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;
      set({ translationGroup: group });
      await autosave.save();
      if (other.translationGroup !== group) await send('releases.update', { id: other.id, patch: { translationGroup: group } });
      dataChanged();
    } catch (err) {
      toast(errorMessage(err), 'error');
    }
  };

  const remove = async () => {
    await autosave.save();
    try {
      await send('releases.delete', { id });
      dataChanged();
      toast(t('trash.moved'), 'info');
      navigate({ screen: 'releases' });
    } catch (err) {
      toast(errorMessage(err), 'error');
    }
  };

  const timing = release.timing;
  const zone = timing.kind === 'embargo' ? timing.zone : Intl.DateTimeFormat().resolvedOptions().timeZone;

  return (
    <section className="screen editor-screen" aria-labelledby="editor-title">
      <EditorHeader parent={{ href: href({ screen: 'releases' }), label: t('nav.releases') }} titleId="editor-title" title={release.headline || t('common.untitled')} save={autosave.state}>
        <span className="muted word-count" data-testid="word-count">{t('editor.words', { count: words, formatted: formatNumber(words) })}</span>
        <button type="button" className="btn" onClick={() => setExporting(true)}>
          {t('export.button')}
        </button>
        <button type="button" className="btn danger-ghost" onClick={() => void remove()}>
          {t('common.delete')}
        </button>
      </EditorHeader>
      {inConflict && (
        <div className="alert warning" role="status">
          {t('sync.conflictBanner')} <a href={href({ screen: 'conflicts' })}>{t('sync.resolveLink')}</a>
        </div>
      )}
      <div className="editor-grid">
        <form className="editor-form" onSubmit={(e) => e.preventDefault()} aria-label={t('editor.form')}>
          <div className="row">
            <Field label={t('editor.label')} className="grow">
              {(c) => <input {...c} value={release.label} placeholder={t('editor.labelPlaceholder')} onChange={(e) => set({ label: e.target.value })} />}
            </Field>
            <LangSelect value={release.lang} onChange={(lang) => set({ lang })} />
          </div>

          <fieldset className="field-group">
            <legend>{t('editor.timing')}</legend>
            <div className="row align-end">
              <label className="radio">
                <input type="radio" name="timing" checked={timing.kind === 'immediate'} onChange={() => set({ timing: { kind: 'immediate' } })} />
                {t('editor.immediate')}
              </label>
              <label className="radio">
                <input
                  type="radio"
                  name="timing"
                  checked={timing.kind === 'embargo'}
                  onChange={() => {
                    const tomorrow = new Date(Date.now() + 86400_000).toISOString().slice(0, 10);
                    set({ timing: { kind: 'embargo', until: wallTimeToIso(`${tomorrow}T06:00`, zone) ?? new Date().toISOString(), zone } });
                  }}
                />
                {t('editor.embargo')}
              </label>
              {timing.kind === 'embargo' && (
                <>
                  <label className="field">
                    <span>{t('editor.embargoUntil')}</span>
                    <input
                      type="datetime-local"
                      value={isoToWallTime(timing.until, timing.zone)}
                      onChange={(e) => {
                        const iso = wallTimeToIso(e.target.value, timing.zone);
                        if (iso) set({ timing: { ...timing, until: iso } });
                      }}
                    />
                  </label>
                  <label className="field">
                    <span>{t('editor.zone')}</span>
                    <select
                      value={timing.zone}
                      onChange={(e) => {
                        const nextZone = e.target.value;
                        const iso = wallTimeToIso(isoToWallTime(timing.until, timing.zone), nextZone);
                        set({ timing: { kind: 'embargo', until: iso ?? timing.until, zone: nextZone } });
                      }}
                    >
                      {[...new Set([timing.zone, ...EMBARGO_ZONES])].map((z) => (
                        <option key={z} value={z}>
                          {z}
                        </option>
                      ))}
                    </select>
                  </label>
                </>
              )}
            </div>
            {timing.kind === 'embargo' && <p className="hint">{t('editor.embargoHint', { when: formatDateTime(timing.until) })}</p>}
          </fieldset>

          {/* The live counter is the field's description, not part of its name: the name stays "Headline" while typing. */}
          <Field
            id="field-headline"
            label={t('releases.headline')}
            warn={headlineLong}
            hint={headlineLong ? t('editor.headlineTooLong', { count: release.headline.length, limit: WIRE_HEADLINE_LIMIT }) : t('editor.headlineLength', { count: release.headline.length, limit: WIRE_HEADLINE_LIMIT })}
          >
            {(c) => (
              <textarea
                {...c}
                className="headline-input"
                rows={2}
                value={release.headline}
                aria-invalid={headlineLong || undefined}
                onChange={(e) => set({ headline: e.target.value.replace(/\n/g, ' ') })}
              />
            )}
          </Field>
          <Field id="field-subheadline" label={t('editor.subheadline')}>{(c) => <input {...c} value={release.subheadline} onChange={(e) => set({ subheadline: e.target.value })} />}</Field>
          <div className="row">
            <Field label={t('editor.datelineCity')} className="grow">
              {(c) => <input {...c} value={release.dateline.city} placeholder={t('editor.cityPlaceholder')} onChange={(e) => set({ dateline: { ...release.dateline, city: e.target.value } })} />}
            </Field>
            <Field label={t('editor.datelineDate')}>
              {(c) => <input {...c} type="date" value={release.dateline.date ?? ''} onChange={(e) => set({ dateline: { ...release.dateline, date: e.target.value || null } })} />}
            </Field>
          </div>
          <div className="field">
            <span className="field-label" id="body-label">{t('editor.body')}</span>
            <RichEditor key={generation} initial={release.body} label={t('editor.body')} onChange={(body) => set({ body })} onText={setBodyText} />
          </div>
          <OrderedPicker
            label={t('editor.boilerplates')}
            addLabel={t('editor.addOrganization')}
            items={(orgs.data ?? []).map((o) => ({ id: o.id, label: o.name, hint: o.boilerplates[release.lang.slice(0, 2) as 'fr' | 'en' | 'ja'] ? undefined : t('editor.noBoilerplate') }))}
            selected={release.organizationIds}
            onChange={(organizationIds) => set({ organizationIds })}
          />
          <OrderedPicker
            label={t('editor.contacts')}
            addLabel={t('editor.addContact')}
            items={(contacts.data ?? []).map((c) => ({ id: c.id, label: contactLabel(c), hint: c.organization || undefined }))}
            selected={release.contactIds}
            onChange={(contactIds) => set({ contactIds })}
          />
          <div className="row">
            <label className="field">
              <span>{t('editor.endMark')}</span>
              <input list="end-marks" value={release.endMark} onChange={(e) => set({ endMark: e.target.value })} />
              <datalist id="end-marks">
                {END_MARKS.map((m) => (
                  <option key={m} value={m} />
                ))}
              </datalist>
            </label>
            <Field id="field-translation" label={t('editor.translation')} className="grow">
              {(c) => (
                <select {...c} value={translation?.id ?? ''} onChange={(e) => (e.target.value ? void linkTranslation(e.target.value) : set({ translationGroup: null }))}>
                  <option value="">{t('editor.noTranslation')}</option>
                  {(releases.data ?? [])
                    .filter((r) => r.id !== release.id && r.lang.slice(0, 2) !== release.lang.slice(0, 2))
                    .map((r) => (
                      <option key={r.id} value={r.id}>
                        {releaseLabel(r)}
                      </option>
                    ))}
                </select>
              )}
            </Field>
          </div>
          <fieldset className="field-group">
            <legend>{t('releases.status')}</legend>
            <div className="segmented">
              {RELEASE_STATUSES.map((s) => (
                <label key={s} className={release.status === s ? 'seg active' : 'seg'}>
                  <input type="radio" name="status" value={s} checked={release.status === s} onChange={() => set({ status: s })} />
                  {t(`status.${s}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <TagInput label={t('releases.tags')} tags={release.tags} suggestions={allTags} onChange={(tags) => set({ tags })} />
        </form>
        <aside className="side-panel" aria-label={t('preview.title')}>
          <div className="tabs" role="tablist" aria-label={t('preview.title')}>
            <button type="button" role="tab" id="tab-preview" aria-selected={panel === 'preview'} aria-controls="panel-side" onClick={() => setPanel('preview')}>
              {t('preview.title')}
            </button>
            {/* Not `disabled`: a disabled button can be neither focused nor hovered, so it could not say why. */}
            <button
              type="button"
              role="tab"
              id="tab-translation"
              aria-selected={panel === 'translation'}
              aria-controls="panel-side"
              aria-disabled={!translation || undefined}
              aria-describedby={translation ? undefined : 'side-by-side-why'}
              title={translation ? undefined : t('editor.sideBySideWhy')}
              onClick={() => (translation ? setPanel('translation') : document.getElementById('field-translation')?.focus())}
            >
              {t('editor.sideBySide')}
            </button>
          </div>
          {!translation && (
            <p id="side-by-side-why" className="hint side-why">
              {t('editor.sideBySideWhy')}{' '}
              <button type="button" className="inline-link" onClick={() => document.getElementById("field-translation")?.focus()}>
                {t('editor.sideBySideHow')}
              </button>
            </p>
          )}
          <div id="panel-side" role="tabpanel" aria-labelledby={panel === 'preview' ? 'tab-preview' : 'tab-translation'} className="panel-body">
            {panel === 'preview' || !translation ? (
              <PreviewFrame state={preview} title={t('preview.releaseFrame')} />
            ) : (
              <article className="translation" lang={translation.lang}>
                <p className="muted">
                  {t(`langs.${translation.lang}`)} · <a href={href({ screen: 'releases', id: translation.id })}>{t('editor.openTranslation')}</a>
                </p>
                <h2>{translation.headline}</h2>
                {translation.subheadline && <p className="lead">{translation.subheadline}</p>}
                <BlocksView blocks={translation.body} />
              </article>
            )}
          </div>
        </aside>
      </div>
      <ExportDialog open={exporting} onClose={() => setExporting(false)} target={{ kind: 'release', id, name: release.headline }} beforeExport={() => autosave.save()} />
    </section>
  );
}
