import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isDesktop, send } from '../api/client.js';
import { downloadFromHost } from '../api/session.js';
import { toast } from './toasts.js';
import type { MethodOutput } from '../../electron/api/contract';
import { errorMessage, useQuery } from '../lib/data.js';
import { href } from '../lib/router.js';
import { formatBytes, formatDateTime } from '../lib/format.js';
import { useActions } from '../lib/use-action.js';
import { FormatChecks } from './format-checks.js';
import { useMessageText } from '../lib/warnings.js';

type Mode = 'per-recipient' | 'bcc';
type Attach = 'pdf' | 'docx' | 'zip';
type Preview = MethodOutput<'outreach.preview'>;
type Created = MethodOutput<'outreach.create'>;

const ATTACH: Attach[] = ['pdf', 'docx', 'zip'];

/**
 * The step after export: choose a media list, see one draft as the journalist will, who is
 * skipped and why, how heavy it is; then write the drafts (desktop: shown in the file manager;
 * browser: downloaded). Below, what this kit already sent to whom, by file hash.
 */
export function OutreachPanel({ kitId, beforeCreate }: { kitId: string; beforeCreate?: () => Promise<void> }) {
  const { t } = useTranslation();
  const sheets = useQuery(() => send('sheets.list'), []);
  const settings = useQuery(() => send('settings.get'), []);
  const log = useQuery(() => send('outreach.log', { kitId }), [kitId]);
  const [sheetId, setSheetId] = useState('');
  const [mode, setMode] = useState<Mode>('per-recipient');
  const [attach, setAttach] = useState<Attach[]>(['pdf']);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { busy, run } = useActions<'preview' | 'create'>({ onError: setError });

  // A media list is proposed, never the spokespeople of a release: they are the issuer's own people.
  const mediaLists = (sheets.data ?? []).filter((s) => s.role !== 'spokespeople').sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const spokespeople = (sheets.data ?? []).filter((s) => s.role === 'spokespeople');
  const proposed = useRef(false);
  useEffect(() => {
    if (proposed.current || !sheets.data) return;
    proposed.current = true;
    const first = mediaLists[0];
    if (!sheetId && first) setSheetId(first.id);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sheets.data]);

  // A preview describes one choice of list, mode and files: any change makes it stale.
  useEffect(() => {
    setPreview(null);
    setCreated(null);
  }, [sheetId, mode, attach.join(',')]);

  const input = () => ({ kitId, sheetId, mode, attach });

  const runPreview = () =>
    run('preview', async () => {
      setError(null);
      await beforeCreate?.();
      setPreview(await send('outreach.preview', input()));
    });

  /** Why the drafts cannot be made yet, in words, or null: a button that cannot start says so. */
  const blocker = (): string | null => {
    if (!sheetId) return t('outreach.chooseListFirst');
    if (attach.length === 0) return t('outreach.chooseAttachFirst');
    if (preview?.tooLarge) return preview.tooLarge;
    return null;
  };

  const runCreate = async () => {
    const why = blocker();
    if (why) {
      setError(why);
      if (!sheetId) document.getElementById('outreach-sheet')?.focus();
      return;
    }
    // Progress shows at once: exporting the kit for the attachments takes a few seconds.
    await run('create', async () => {
      setError(null);
      setCreated(null);
      await beforeCreate?.();
      const result = await send('outreach.create', input());
      setCreated(result);
      log.reload();
      const first = result.files[0];
      if (isDesktop && first) await send('desktop.showFile', { path: first.path }).catch(() => undefined);
    });
  };

  const sheetList = sheets.data ?? [];
  const noSender = settings.data && !settings.data.sender.email.trim();
  return (
    <section className="outreach-panel" aria-labelledby="outreach-title" style={{ display: 'grid', gap: '0.75rem', padding: '1rem 0', maxWidth: 980 }}>
      <h2 id="outreach-title" className="panel-title">
        {t('outreach.title')}
      </h2>
      <p className="muted">{t('outreach.lead')}</p>
      {sheetList.length === 0 ? (
        <p className="empty">{t('outreach.noSheet')}</p>
      ) : (
        <div className="outreach-form" style={{ display: 'grid', gap: '0.75rem' }}>
          <div className="field">
            <label htmlFor="outreach-sheet" className="field-label">
              {t('outreach.sheet')}
            </label>
            <select id="outreach-sheet" value={sheetId} aria-describedby="outreach-sheet-hint" aria-invalid={(!sheetId && error !== null) || undefined} onChange={(e) => setSheetId(e.target.value)}>
              <option value="">{t('outreach.chooseList')}</option>
              {mediaLists.length > 0 && (
                <optgroup label={t('outreach.mediaLists')}>
                  {mediaLists.map((s) => (
                    <option key={s.id} value={s.id}>
                      {t('outreach.sheetOption', { name: s.name, count: s.contactIds.length })}
                    </option>
                  ))}
                </optgroup>
              )}
              {spokespeople.length > 0 && (
                <optgroup label={t('outreach.spokespeopleLists')}>
                  {spokespeople.map((s) => (
                    <option key={s.id} value={s.id}>
                      {t('outreach.sheetOption', { name: s.name, count: s.contactIds.length })}
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
            <span id="outreach-sheet-hint" className={sheetId ? 'hint' : 'hint warning-text'}>
              {!sheetId ? (mediaLists.length ? t('outreach.askList') : t('outreach.noMediaList')) : spokespeople.some((s) => s.id === sheetId) ? t('outreach.spokespeopleChosen') : t('outreach.listHint')}
            </span>
          </div>
          {noSender && (
            <p className="hint warning-text">
              {t('outreach.noSenderYet')} <a href={href({ screen: 'settings' })}>{t('outreach.openSettings')}</a>
            </p>
          )}
          <fieldset className="field-group">
            <legend>{t('outreach.mode')}</legend>
            {(['per-recipient', 'bcc'] as const).map((m) => (
              <label key={m} className="check">
                <input type="radio" name="outreach-mode" checked={mode === m} onChange={() => setMode(m)} />
                <span>
                  <strong>{t(`outreach.modes.${m}`)}</strong> <span className="muted">{t(`outreach.modeHints.${m}`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <FormatChecks legend={t('outreach.attach')} options={ATTACH} chosen={attach} onChange={setAttach} />
          <div className="row">
            <button type="button" className="btn" disabled={busy !== null} onClick={() => (blocker() && !preview?.tooLarge ? setError(blocker()) : void runPreview())}>
              {busy === 'preview' ? t('outreach.previewing') : t('outreach.preview')}
            </button>
            {/* Never silently disabled: while busy it says so; otherwise a click either starts or says why not. */}
            <button type="button" className="btn primary" aria-disabled={busy !== null || undefined} onClick={() => busy === null && void runCreate()}>
              {busy === 'create' ? t('outreach.creating') : t('outreach.create')}
            </button>
          </div>
        </div>
      )}
      {busy && (
        <div className="progress" role="progressbar" aria-label={busy === 'create' ? t('outreach.creating') : t('outreach.previewing')}>
          <span />
        </div>
      )}
      {error && (
        <div className="alert error" role="alert">
          {error}
        </div>
      )}
      <TemplateEditor kitId={kitId} onSaved={() => setPreview(null)} />
      {preview && <PreviewView preview={preview} />}
      {created && <CreatedView created={created} />}
      <OutreachHistory entries={log.data?.entries ?? []} />
    </section>
  );
}

type TemplateView = MethodOutput<'outreach.template'>;
type BaseLang = TemplateView['lang'];

/** The kit's own subject and body per language family; emptied, they fall back to the default. */
function TemplateEditor({ kitId, onSaved }: { kitId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const [lang, setLang] = useState<BaseLang | null>(null);
  const [draft, setDraft] = useState<TemplateView | null>(null);
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    send('outreach.template', { kitId, ...(lang ? { lang } : {}) }).then(
      (v) => {
        if (!live) return;
        setDraft(v);
        if (!lang) setLang(v.lang);
      },
      (err: unknown) => live && setError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [kitId, lang]);

  const save = async (subject: string, body: string) => {
    if (!draft) return;
    setState('saving');
    setError(null);
    try {
      setDraft(await send('outreach.saveTemplate', { kitId, lang: draft.lang, subject, body }));
      setState('saved');
      onSaved();
    } catch (err) {
      setError(errorMessage(err));
      setState('idle');
    }
  };

  return (
    <details className="outreach-template">
      <summary>{t('outreach.template')}</summary>
      {draft && (
        <div style={{ display: 'grid', gap: '0.5rem', paddingTop: '0.5rem' }}>
          <label className="field">
            <span>{t('outreach.templateLang')}</span>
            <select value={draft.lang} onChange={(e) => setLang(e.target.value as BaseLang)}>
              {(['fr', 'en', 'ja'] as const).map((l) => (
                <option key={l} value={l}>
                  {t(`baseLangs.${l}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('outreach.subject')}</span>
            <input value={draft.subject} onChange={(e) => setDraft({ ...draft, subject: e.target.value })} />
          </label>
          <label className="field">
            <span>{t('outreach.body')}</span>
            <textarea rows={12} value={draft.body} onChange={(e) => setDraft({ ...draft, body: e.target.value })} />
          </label>
          <p className="muted">{t('outreach.placeholders', { list: draft.placeholders.join(' ') })}</p>
          <div className="row">
            <button type="button" className="btn" disabled={state === 'saving'} onClick={() => void save(draft.subject, draft.body)}>
              {state === 'saving' ? t('common.saving') : t('common.save')}
            </button>
            {!draft.isDefault && (
              <button type="button" className="btn" disabled={state === 'saving'} onClick={() => void save('', '')}>
                {t('outreach.resetTemplate')}
              </button>
            )}
            {state === 'saved' && <span className="muted" role="status">{t('outreach.templateSaved')}</span>}
          </div>
          {error && <div className="alert error">{error}</div>}
        </div>
      )}
    </details>
  );
}

function PreviewView({ preview }: { preview: Preview }) {
  const { t } = useTranslation();
  const messageText = useMessageText();
  return (
    <div className="outreach-preview" style={{ display: 'grid', gap: '0.5rem' }}>
      <h3>{t('outreach.draftTitle')}</h3>
      <dl className="outreach-headers" style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.25rem 1rem', margin: '0 0 0.75rem' }}>
        <dt>{t('outreach.from')}</dt>
        <dd>
          {preview.from ? (
            `${preview.from.name} <${preview.from.email}>`
          ) : (
            <>
              {t('outreach.noSender')} · <a href={href({ screen: 'settings' })}>{t('outreach.openSettings')}</a>
            </>
          )}
        </dd>
        <dt>{t('outreach.subject')}</dt>
        <dd>{preview.subject}</dd>
        <dt>{t('outreach.attachments')}</dt>
        <dd>{preview.attachments.map((a) => `${a.name} (${formatBytes(a.bytes)})`).join(', ')}</dd>
        <dt>{t('outreach.size')}</dt>
        <dd>{t('outreach.sizeValue', { size: formatBytes(preview.estimatedBytes), count: preview.drafts })}</dd>
      </dl>
      <iframe className="outreach-body" title={t('outreach.bodyFrame')} sandbox="" srcDoc={preview.html} style={{ width: '100%', minHeight: 320, border: '1px solid #ccc', background: '#fff' }} />
      {preview.tooLarge && (
        <div className="alert error" role="alert">
          {preview.tooLarge}
        </div>
      )}
      {preview.warnings.length > 0 && (
        <div className="alert warning">
          <strong>{t('export.warnings')}</strong>
          <ul>
            {preview.warnings.map((w, i) => (
              <li key={i}>{messageText(w)}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="row outreach-lists" style={{ alignItems: 'flex-start', gap: '2rem' }}>
        <div className="grow">
          <h4>{t('outreach.recipients', { count: preview.recipients.length })}</h4>
          <ul className="plain-list">
            {preview.recipients.map((r) => (
              <li key={r.email}>
                {r.name ? `${r.name} <${r.email}>` : r.email}
              </li>
            ))}
          </ul>
        </div>
        <div className="grow">
          <h4>{t('outreach.skipped', { count: preview.skipped.length })}</h4>
          {preview.skipped.length === 0 ? (
            <p className="muted">{t('outreach.noneSkipped')}</p>
          ) : (
            <ul className="plain-list">
              {preview.skipped.map((s) => (
                <li key={s.contactId}>
                  <strong>{s.contact}</strong> — {s.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}

function CreatedView({ created }: { created: Created }) {
  const { t } = useTranslation();
  const messageText = useMessageText();
  const first = created.files[0];
  return (
    <div className="export-result">
      <h3>{t('outreach.done', { count: created.files.length })}</h3>
      {isDesktop && first && (
        <div className="row">
          <button type="button" className="btn small" onClick={() => void send('desktop.openFile', { path: first.path }).catch(() => undefined)}>
            {t('outreach.openFirst')}
          </button>
          <button type="button" className="btn small" onClick={() => void send('desktop.showFile', { path: first.path }).catch(() => undefined)}>
            {t('export.show')}
          </button>
        </div>
      )}
      <ul className="file-list">
        {created.files.map((f) => (
          <li key={f.path}>
            <span className="file-name">{f.name}</span>
            <span className="muted">{f.to.map((x) => x.name || x.email).join(', ')}</span>
            <span className="muted">{formatBytes(f.bytes)}</span>
            {!isDesktop && f.download && (
              <button type="button" className="btn small" onClick={() => void downloadFromHost(f.download!, f.name).catch((err: unknown) => toast(errorMessage(err), 'error'))}>
                {t('export.download')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {created.warnings.length > 0 && (
        <div className="alert warning">
          <ul>
            {created.warnings.map((w, i) => (
              <li key={i}>{messageText(w)}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

type LogEntry = MethodOutput<'outreach.log'>['entries'][number];

/** "What did this journalist get?": every mailing, newest first, with the files by hash. */
export function OutreachHistory({ entries }: { entries: LogEntry[] }) {
  const { t } = useTranslation();
  return (
    <div className="outreach-history">
      <h3>{t('outreach.history')}</h3>
      {entries.length === 0 ? (
        <p className="muted">{t('outreach.noHistory')}</p>
      ) : (
        <ol className="plain-list">
          {entries.map((e) => (
            <li key={e.at}>
              <details>
                <summary>
                  <time dateTime={e.at}>{formatDateTime(e.at)}</time> · {t(`outreach.modes.${e.mode}`)} · {t('outreach.recipients', { count: e.to.length })} · {e.subject}
                </summary>
                <p>{e.to.map((x) => (x.name ? `${x.name} <${x.email}>` : x.email)).join(', ')}</p>
                <ul>
                  {e.files.map((f) => (
                    <li key={f.sha256}>
                      {f.name} ({formatBytes(f.bytes)}) <code title={f.sha256}>SHA-256 {f.sha256.slice(0, 12)}…</code>
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
