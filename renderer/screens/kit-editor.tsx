import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../api/client.js';
import { newId } from '../../electron/model/constants.js';
import type { Kit, KitSection } from '../../electron/model/entities.js';
import type { Block } from '../../electron/model/blocks.js';
import { useAutosave, useEditableEntity } from '../lib/autosave.js';
import { dataChanged, errorMessage, useQuery } from '../lib/data.js';
import { formatBytes } from '../lib/format.js';
import { attachedSize, MAIL_WARN_BYTES } from '../../electron/outreach/mail-size.js';
import { usePreview } from '../lib/preview.js';
import { href, navigate } from '../lib/router.js';
import { EditorHeader, Field, LangSelect, useReleaseLabel } from '../components/editor-parts.js';
import { PreviewFrame } from '../components/preview-frame.js';
import { ExportDialog, lastExportKey, type ExportedFile } from '../components/export-dialog.js';
import { toast } from '../components/toasts.js';
import { OutreachPanel } from '../components/outreach-panel.js';


function textToBlocks(text: string): Block[] {
  return text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ type: 'paragraph', content: [{ text: p }] }));
}
function blocksToText(blocks: Block[]): string {
  return blocks
    .map((b) =>
      b.type === 'list'
        ? b.items.map((i) => `• ${i.map((r) => r.text).join('')}`).join('\n')
        : b.type === 'table'
          ? b.rows.map((row) => row.map((cell) => cell.map((r) => r.text).join('')).join('\t')).join('\n')
          : b.content.map((r) => r.text).join(''),
    )
    .join('\n\n');
}

export function KitEditor({ id }: { id: string }) {
  const { t } = useTranslation();
  const [revision, setRevision] = useState(0);
  const [exporting, setExporting] = useState(false);
  const [lastFiles, setLastFiles] = useState<ExportedFile[]>(() => {
    try {
      return JSON.parse(localStorage.getItem(lastExportKey(id)) ?? '[]') as ExportedFile[];
    } catch {
      return [];
    }
  });
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const autosave = useAutosave('kits.update', id, () => setRevision((r) => r + 1));
  const preview = usePreview('preview.kit', id, revision);
  const releases = useQuery(() => send('releases.list'), []);
  const logos = useQuery(() => send('logos.list'), []);
  const sheets = useQuery(() => send('sheets.list'), []);
  const orgs = useQuery(() => send('organizations.list'), []);
  const releaseLabel = useReleaseLabel();

  const { entity: kit, setEntity: setKit, loadError } = useEditableEntity<Kit>(
    () => send('kits.get', { id }),
    'kits.update',
    id,
    autosave,
    () => toast(t('save.restored'), 'info'),
  );

  useEffect(() => {
    const onExport = () => setExporting(true);
    window.addEventListener('mk:export', onExport);
    return () => window.removeEventListener('mk:export', onExport);
  }, []);

  if (loadError) return <div className="screen"><div className="alert error">{loadError}</div></div>;
  if (!kit) return <div className="screen"><p className="empty">{t('common.loading')}</p></div>;

  const set = (patch: Partial<Kit>) => {
    setKit((k) => (k ? { ...k, ...patch } : k));
    if (patch.name !== undefined && !patch.name.trim()) return;
    autosave.change(patch);
  };
  const setSections = (sections: KitSection[]) => set({ sections });
  const setSection = (i: number, s: KitSection) => setSections(kit.sections.map((x, j) => (j === i ? s : x)));
  const move = (from: number, to: number) => {
    if (to < 0 || to >= kit.sections.length || from === to) return;
    const next = [...kit.sections];
    const [x] = next.splice(from, 1);
    next.splice(to, 0, x!);
    setSections(next);
  };
  const add = (type: KitSection['type']) => {
    const sid = newId('section');
    const firstRelease = (releases.data ?? []).find((r) => !kit.sections.some((s) => s.type === 'release' && s.releaseId === r.id));
    // A kit prints the issuer's press contacts: the spokespeople sheet of one of its releases first.
    const kitReleases = new Set(kit.sections.flatMap((x) => (x.type === 'release' ? [x.releaseId] : [])));
    const firstSheet = (sheets.data ?? []).find((x) => x.role === 'spokespeople' && x.releaseId && kitReleases.has(x.releaseId)) ?? (sheets.data ?? [])[0];
    let s: KitSection;
    switch (type) {
      case 'release':
        if (!firstRelease) return toast(t('kits.noReleaseToAdd'), 'error');
        s = { id: sid, type, releaseId: firstRelease.id };
        break;
      case 'contacts':
        if (!firstSheet) return toast(t('kits.noSheetToAdd'), 'error');
        s = { id: sid, type, title: '', sheetId: firstSheet.id };
        break;
      case 'logos':
        s = { id: sid, type, title: '', logoIds: (logos.data ?? []).map((l) => l.id) };
        break;
      case 'boilerplates':
        s = { id: sid, type, title: '', organizationIds: (orgs.data ?? []).map((o) => o.id) };
        break;
      case 'text':
        s = { id: sid, type, title: '', body: [] };
        break;
    }
    setSections([...kit.sections, s]);
  };

  // The outreach layer's one rule: what the attached files weigh once encoded in a message.
  const totalBytes = attachedSize(lastFiles);
  const biggest = lastFiles.reduce((n, f) => Math.max(n, f.bytes), 0);
  const remove = async () => {
    try {
      await autosave.save();
      await send('kits.delete', { id });
      dataChanged();
      toast(t('trash.moved'), 'info');
      navigate({ screen: 'kits' });
    } catch (err) {
      toast(errorMessage(err), 'error');
    }
  };

  return (
    <section className="screen editor-screen" aria-labelledby="kit-title">
      <EditorHeader parent={{ href: href({ screen: 'kits' }), label: t('nav.kits') }} titleId="kit-title" title={kit.name} save={autosave.state}>
        <button type="button" className="btn primary" onClick={() => setExporting(true)}>
          {t('export.button')}
        </button>
        <button type="button" className="btn danger-ghost" onClick={() => void remove()}>
          {t('common.delete')}
        </button>
      </EditorHeader>
      <div className="editor-grid">
        <form className="editor-form" onSubmit={(e) => e.preventDefault()} aria-label={t('kits.form')}>
          <Field label={t('kits.name')}>{(c) => <input {...c} value={kit.name} required onChange={(e) => set({ name: e.target.value })} />}</Field>
          <div className="row">
            <Field label={t('kits.event')} className="grow">
              {(c) => <input {...c} value={kit.event.name} onChange={(e) => set({ event: { ...kit.event, name: e.target.value } })} />}
            </Field>
            <Field label={t('kits.date')}>
              {(c) => <input {...c} type="date" value={kit.event.date ?? ''} onChange={(e) => set({ event: { ...kit.event, date: e.target.value || null } })} />}
            </Field>
          </div>
          <Field label={t('kits.place')}>{(c) => <input {...c} value={kit.event.location} onChange={(e) => set({ event: { ...kit.event, location: e.target.value } })} />}</Field>
          <div className="row">
            <LangSelect value={kit.lang} onChange={(lang) => set({ lang })} />
            <Field label={t('kits.pageSize')}>
              {(c) => (
                <select {...c} value={kit.pageSize} onChange={(e) => set({ pageSize: e.target.value as 'letter' | 'a4' })}>
                  <option value="letter">{t('kits.letter')}</option>
                  <option value="a4">A4</option>
                </select>
              )}
            </Field>
            <Field label={t('kits.accent')}>{(c) => <input {...c} type="color" value={kit.theme.accent} onChange={(e) => set({ theme: { ...kit.theme, accent: e.target.value } })} />}</Field>
            <Field label={t('kits.font')}>
              {(c) => (
                <select {...c} value={kit.theme.font} onChange={(e) => set({ theme: { ...kit.theme, font: e.target.value as 'serif' | 'sans' } })}>
                  <option value="sans">{t('kits.sans')}</option>
                  <option value="serif">{t('kits.serif')}</option>
                </select>
              )}
            </Field>
          </div>
          <Field label={t('kits.printOnce')}>
            {(c) => (
              <select {...c} value={kit.printOnce ?? 'kit-sections'} onChange={(e) => set({ printOnce: e.target.value as 'kit-sections' | 'release-pages' })}>
                <option value="kit-sections">{t('kits.printOnceKit')}</option>
                <option value="release-pages">{t('kits.printOnceReleases')}</option>
              </select>
            )}
          </Field>
          <fieldset className="field-group">
            <legend>{t('kits.cover')}</legend>
            <label className="check">
              <input type="checkbox" checked={kit.cover.show} onChange={(e) => set({ cover: { ...kit.cover, show: e.target.checked } })} />
              {t('kits.showCover')}
            </label>
            <Field label={t('kits.subtitle')}>{(c) => <input {...c} value={kit.cover.subtitle} onChange={(e) => set({ cover: { ...kit.cover, subtitle: e.target.value } })} />}</Field>
            <div className="checks wrap">
              {(logos.data ?? []).map((l) => (
                <label key={l.id} className="check">
                  <input
                    type="checkbox"
                    checked={kit.cover.logoIds.includes(l.id)}
                    onChange={(e) => set({ cover: { ...kit.cover, logoIds: e.target.checked ? [...kit.cover.logoIds, l.id] : kit.cover.logoIds.filter((x) => x !== l.id) } })}
                  />
                  {t('kits.coverLogo', { name: l.name })}
                </label>
              ))}
            </div>
          </fieldset>

          <fieldset className="field-group">
            <legend>{t('kits.sections')}</legend>
            <ol className="sections">
              {kit.sections.map((s, i) => {
                const label = t(`sectionTypes.${s.type}`);
                return (
                  <li
                    key={s.id}
                    className={dragFrom === i ? 'section dragging' : 'section'}
                    onDragOver={(e) => e.preventDefault()}
                    onDrop={(e) => {
                      e.preventDefault();
                      e.stopPropagation();
                      if (dragFrom !== null) move(dragFrom, i);
                      setDragFrom(null);
                    }}
                  >
                    <div className="section-head">
                      <span
                        className="drag-handle"
                        draggable
                        aria-hidden="true"
                        onDragStart={(e) => {
                          setDragFrom(i);
                          e.dataTransfer.effectAllowed = 'move';
                          e.dataTransfer.setData('text/x-mk-index', String(i));
                        }}
                        onDragEnd={() => setDragFrom(null)}
                      >
                        ⋮⋮
                      </span>
                      <strong>
                        {i + 1}. {label}
                      </strong>
                      <span className="grow" />
                      <button type="button" className="icon-btn" aria-label={t('common.moveUp', { name: `${i + 1}. ${label}` })} disabled={i === 0} onClick={() => move(i, i - 1)}>
                        ↑
                      </button>
                      <button type="button" className="icon-btn" aria-label={t('common.moveDown', { name: `${i + 1}. ${label}` })} disabled={i === kit.sections.length - 1} onClick={() => move(i, i + 1)}>
                        ↓
                      </button>
                      <button type="button" className="icon-btn" aria-label={t('common.removeItem', { name: `${i + 1}. ${label}` })} onClick={() => setSections(kit.sections.filter((_, j) => j !== i))}>
                        ×
                      </button>
                    </div>
                    <SectionBody
                      section={s}
                      index={i}
                      onChange={(next) => setSection(i, next)}
                      releases={(releases.data ?? []).map((r) => ({ id: r.id, label: releaseLabel(r) }))}
                      logos={(logos.data ?? []).map((l) => ({ id: l.id, label: l.name }))}
                      sheets={(sheets.data ?? []).map((x) => ({ id: x.id, label: `${x.name} (${x.contactIds.length})` }))}
                      orgs={(orgs.data ?? []).map((o) => ({ id: o.id, label: o.name }))}
                    />
                  </li>
                );
              })}
            </ol>
            <div className="add-sections" role="group" aria-label={t('kits.addSection')}>
              <span className="muted">{t('kits.addSection')}</span>
              {(['release', 'logos', 'contacts', 'boilerplates', 'text'] as const).map((type) => (
                <button key={type} type="button" className="btn small" onClick={() => add(type)}>
                  + {t(`sectionTypes.${type}`)}
                </button>
              ))}
            </div>
          </fieldset>
          <div className="size-meter card">
            <div className="card-head">
              <h2>{t('kits.emailSize')}</h2>
            </div>
            {lastFiles.length === 0 ? (
              <p className="muted">{t('kits.emailSizeNone')}</p>
            ) : (
              <>
                <meter min={0} max={MAIL_WARN_BYTES} low={MAIL_WARN_BYTES * 0.6} high={MAIL_WARN_BYTES * 0.9} optimum={0} value={Math.min(totalBytes, MAIL_WARN_BYTES)} aria-label={t('kits.emailSize')} />
                <p className={totalBytes > MAIL_WARN_BYTES ? 'warning-text' : 'muted'}>
                  {t('kits.emailSizeValue', { total: formatBytes(totalBytes), limit: formatBytes(MAIL_WARN_BYTES), biggest: formatBytes(biggest) })}
                  {totalBytes > MAIL_WARN_BYTES && ` ${t('kits.tooBig')}`}
                </p>
              </>
            )}
          </div>
        </form>
        <aside className="side-panel" aria-labelledby="kit-preview-title">
          <h2 id="kit-preview-title" className="panel-title">
            {t('preview.title')} · {kit.pageSize === 'a4' ? 'A4' : t('kits.letter')}
          </h2>
          <div className="panel-body">
            <PreviewFrame state={preview} title={t('preview.kitFrame')} />
          </div>
        </aside>
      </div>
      <OutreachPanel kitId={id} beforeCreate={() => autosave.save()} />
      <ExportDialog open={exporting} onClose={() => setExporting(false)} target={{ kind: 'kit', id, name: kit.name }} beforeExport={() => autosave.save()} onExported={setLastFiles} />
    </section>
  );
}

interface Opt {
  id: string;
  label: string;
}

function SectionBody({ section, index, onChange, releases, logos, sheets, orgs }: { section: KitSection; index: number; onChange: (s: KitSection) => void; releases: Opt[]; logos: Opt[]; sheets: Opt[]; orgs: Opt[] }) {
  const { t } = useTranslation();
  const title = section.type !== 'release' && (
    <label className="field compact">
      <span>{t('kits.sectionTitle')}</span>
      <input value={section.title} placeholder={t(`sectionTypes.${section.type}`)} onChange={(e) => onChange({ ...section, title: e.target.value })} />
    </label>
  );
  const checks = (opts: Opt[], selected: string[], set: (ids: string[]) => void) => (
    <div className="checks wrap">
      {opts.map((o) => (
        <label key={o.id} className="check">
          <input type="checkbox" checked={selected.includes(o.id)} onChange={(e) => set(e.target.checked ? [...selected, o.id] : selected.filter((x) => x !== o.id))} />
          {o.label}
        </label>
      ))}
    </div>
  );
  switch (section.type) {
    case 'release':
      return (
        <label className="field compact">
          <span>{t('sectionTypes.release')}</span>
          <select value={section.releaseId} onChange={(e) => onChange({ ...section, releaseId: e.target.value })}>
            {releases.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        </label>
      );
    case 'contacts':
      return (
        <>
          {title}
          <label className="field compact">
            <span>{t('sheets.current')}</span>
            <select value={section.sheetId} onChange={(e) => onChange({ ...section, sheetId: e.target.value })}>
              {sheets.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
        </>
      );
    case 'logos':
      return (
        <>
          {title}
          {checks(logos, section.logoIds, (logoIds) => onChange({ ...section, logoIds }))}
        </>
      );
    case 'boilerplates':
      return (
        <>
          {title}
          {checks(orgs, section.organizationIds, (organizationIds) => onChange({ ...section, organizationIds }))}
        </>
      );
    case 'text':
      return (
        <>
          {title}
          <label className="field compact">
            <span>{t('kits.text')}</span>
            <textarea rows={4} defaultValue={blocksToText(section.body)} key={`${section.id}-${index}`} onChange={(e) => onChange({ ...section, body: textToBlocks(e.target.value) })} />
          </label>
        </>
      );
  }
}
