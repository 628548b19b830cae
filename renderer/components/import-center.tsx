import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../api/client.js';
import { LOGO_VARIANTS, type LogoVariant } from '../../electron/model/constants.js';
import { dataChanged, errorMessage, useQuery } from '../lib/data.js';
import { fileToBase64, kindOf } from '../lib/files.js';
import { isKitPackage, openKitPackage } from './kit-package-import.js';
import { formatDate } from '../lib/format.js';
import { navigate } from '../lib/router.js';
import { useAction } from '../lib/use-action.js';
import { ContactReview, type ReviewContact } from './contact-review.js';
import { Dialog, DialogActions } from './dialog.js';
import { Field } from './editor-parts.js';
import { toast } from './toasts.js';
import { messageText } from '../lib/warnings.js';

/** What `import.previewRelease` recognized; read loosely so a field the reader adds later does no harm. */
interface ReleasePreview {
  release?: { lang?: string; addressee?: string; label?: string; headline?: string; subheadline?: string; dateline?: { city?: string; date?: string | null }; body?: unknown[]; timing?: { kind: string; until?: string } };
  organizations?: { name: string; heading?: string; boilerplate?: string }[];
  contacts?: { name: string; title?: string; organization?: string; emails?: string[]; phones?: string[]; source?: string }[];
  warnings?: unknown[];
}
interface ContactsResult {
  imported?: number;
  merged?: number;
  skipped?: number | unknown[];
  warnings?: unknown[];
  errors?: unknown[];
}

type Task =
  | { kind: 'release'; file: File; base64: string; preview: ReleasePreview }
  | { kind: 'contacts'; file: File; result: ContactsResult }
  | { kind: 'logo'; file: File; base64: string };

let picker: HTMLInputElement | null = null;
export function openFilePicker(): void {
  picker?.click();
}

const ACCEPT = '.mkit,.txt,.md,.markdown,.docx,.html,.htm,.vcf,.csv,.png,.jpg,.jpeg,.svg,.webp,.gif';


/** Files dropped or pasted anywhere in the window, or picked: each goes to its reader, then to a review step. */
export function ImportCenter() {
  const { t, i18n } = useTranslation();
  const [queue, setQueue] = useState<Task[]>([]);
  const [dragging, setDragging] = useState(false);
  const ref = useRef<HTMLInputElement>(null);
  const task = queue[0];

  const handle = async (files: File[]) => {
    for (const file of files) {
      // A kit package opens in its own dialog (kit-package-import.tsx).
      if (isKitPackage(file.name)) {
        openKitPackage(file);
        continue;
      }
      const kind = kindOf(file.name);
      try {
        if (kind === 'unknown') throw new Error(t('import.unsupported', { name: file.name }));
        const base64 = await fileToBase64(file);
        if (kind === 'release') {
          const preview: ReleasePreview = await send('import.previewRelease', { fileName: file.name, contentBase64: base64 });
          setQueue((q) => [...q, { kind, file, base64, preview }]);
        } else if (kind === 'contacts') {
          const result: ContactsResult = await send('import.contacts', { fileName: file.name, contentBase64: base64 });
          dataChanged();
          setQueue((q) => [...q, { kind, file, result }]);
        } else setQueue((q) => [...q, { kind, file, base64 }]);
      } catch (err) {
        const message = errorMessage(err);
        toast(message.includes(file.name) ? message : `${file.name}: ${message}`, 'error');
      }
    }
  };
  const handleRef = useRef(handle);
  handleRef.current = handle;

  useEffect(() => {
    picker = ref.current;
    let depth = 0;
    const hasFiles = (e: DragEvent) => !!e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files');
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      depth = 0;
      setDragging(false);
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (!files.length) return;
      e.preventDefault();
      void handleRef.current(files);
    };
    const onPaste = (e: ClipboardEvent) => {
      const files = Array.from(e.clipboardData?.files ?? []);
      if (!files.length) return;
      e.preventDefault();
      void handleRef.current(files);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('paste', onPaste);
    };
  }, []);

  const done = () => setQueue((q) => q.slice(1));

  return (
    <>
      <input
        ref={ref}
        type="file"
        multiple
        accept={ACCEPT}
        className="sr-only"
        tabIndex={-1}
        aria-label={t('import.button')}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          void handle(files);
        }}
      />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-card">
            <strong>{t('import.dropTitle')}</strong>
            <span>{t('import.dropHint')}</span>
          </div>
        </div>
      )}
      {task?.kind === 'release' && (
        <ReleaseReview
          key={task.file.name}
          task={task}
          onCancel={done}
          onSave={async (edits, contacts) => {
            const reviewed = contacts.filter((c) => c.name.trim() || c.emails.length || c.phones.length).map(({ source: _source, ...c }) => c);
            const r = await send('import.release', { fileName: task.file.name, contentBase64: task.base64, edits, contacts: reviewed });
            dataChanged();
            const id = r.id;
            toast(t('import.releaseSaved', { name: task.file.name }), 'success');
            for (const w of r.warnings ?? []) toast(messageText(w, i18n.language), 'info');
            done();
            if (id) navigate({ screen: 'releases', id });
          }}
        />
      )}
      {task?.kind === 'contacts' && (
        <Dialog title={t('import.contactsTitle', { name: task.file.name })} open onClose={done} footer={<button type="button" className="btn primary" onClick={() => { done(); navigate({ screen: 'contacts' }); }}>{t('common.ok')}</button>}>
          <dl className="stats">
            <div>
              <dt>{t('import.imported')}</dt>
              <dd>{task.result.imported ?? 0}</dd>
            </div>
            <div>
              <dt>{t('import.merged')}</dt>
              <dd>{task.result.merged ?? 0}</dd>
            </div>
            <div>
              <dt>{t('import.skipped')}</dt>
              <dd>{Array.isArray(task.result.skipped) ? task.result.skipped.length : (task.result.skipped ?? 0)}</dd>
            </div>
          </dl>
          {[...(Array.isArray(task.result.skipped) ? task.result.skipped : []), ...(task.result.warnings ?? []), ...(task.result.errors ?? [])].length > 0 && (
            <ul className="warnings">
              {[...(Array.isArray(task.result.skipped) ? task.result.skipped : []), ...(task.result.warnings ?? []), ...(task.result.errors ?? [])].map((w, i) => (
                <li key={i}>{messageText(w, i18n.language)}</li>
              ))}
            </ul>
          )}
        </Dialog>
      )}
      {task?.kind === 'logo' && <LogoImport key={task.file.name} task={task} onDone={done} lang={i18n.language} />}
    </>
  );
}

export interface ReleaseEdits {
  headline: string;
  subheadline: string;
  label: string;
  addressee: string;
}

/** `onSave` throws on failure: the review stays open with the officer's edits, and the error is toasted. */
function ReleaseReview({ task, onCancel, onSave }: { task: Extract<Task, { kind: 'release' }>; onCancel: () => void; onSave: (edits: ReleaseEdits, contacts: ReviewContact[]) => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const { busy, run } = useAction();
  const p = task.preview;
  const r = p.release ?? {};
  const [edits, setEdits] = useState<ReleaseEdits>({ headline: r.headline ?? '', subheadline: r.subheadline ?? '', label: r.label ?? '', addressee: r.addressee ?? '' });
  const [contacts, setContacts] = useState<ReviewContact[]>(() =>
    (p.contacts ?? []).map((c) => ({ name: c.name, title: c.title ?? '', organization: c.organization ?? '', emails: c.emails ?? [], phones: c.phones ?? [], source: c.source ?? '' })),
  );
  const row = (label: string, value: string | undefined) => (
    <div>
      <dt>{label}</dt>
      <dd>{value?.trim() ? value : <span className="muted">{t('import.notFound')}</span>}</dd>
    </div>
  );
  return (
    <Dialog
      title={t('import.reviewTitle', { name: task.file.name })}
      open
      wide
      onClose={onCancel}
      footer={<DialogActions onCancel={onCancel} onConfirm={() => run(() => onSave(edits, contacts))} label={t('import.saveRelease')} busyLabel={t('common.saving')} busy={busy} />}
    >
      <p className="muted">{t('import.reviewLead')}</p>
      <label className="field">
        <span>{t('releases.headline')}</span>
        <textarea id="review-headline" rows={2} value={edits.headline} onChange={(e) => setEdits({ ...edits, headline: e.target.value.replace(/\n/g, ' ') })} />
      </label>
      <div className="row">
        <label className="field grow">
          <span>{t('editor.subheadline')}</span>
          <input value={edits.subheadline} onChange={(e) => setEdits({ ...edits, subheadline: e.target.value })} />
        </label>
        <label className="field grow">
          <span>{t('editor.label')}</span>
          <input value={edits.label} onChange={(e) => setEdits({ ...edits, label: e.target.value })} />
        </label>
        <label className="field grow">
          <span>{t('import.addressee')}</span>
          <input value={edits.addressee} onChange={(e) => setEdits({ ...edits, addressee: e.target.value })} />
        </label>
      </div>
      {(p.warnings ?? []).length > 0 && (
        <div className="alert warning" role="status">
          <strong>{t('import.warningsTitle')}</strong>
          <ul>
            {(p.warnings ?? []).map((w, i) => (
              <li key={i}>{messageText(w, i18n.language)}</li>
            ))}
          </ul>
        </div>
      )}
      <dl className="review">
        {row(t('releases.language'), r.lang ? t(`langs.${r.lang}`) : undefined)}
        {row(t('editor.timing'), r.timing ? (r.timing.kind === 'embargo' ? `${t('editor.embargo')} · ${r.timing.until ?? ''}` : t('editor.immediate')) : undefined)}
        {row(t('editor.dateline'), [r.dateline?.city, r.dateline?.date ? formatDate(r.dateline.date) : ''].filter(Boolean).join(', '))}
        {row(t('editor.paragraphs'), r.body ? String(r.body.length) : undefined)}
        {row(t('nav.organizations'), (p.organizations ?? []).map((o) => o.heading || o.name).join(' · '))}
      </dl>
      <section className="contact-review" aria-labelledby="review-contacts-title">
        <h3 id="review-contacts-title">{t('import.contactsFound')}</h3>
        <p className="hint">{t('import.contactsLead')}</p>
        <ContactReview contacts={contacts} onChange={setContacts} />
      </section>
    </Dialog>
  );
}

/** "Bioalliance Laurentides – principal": the name a logo is proposed, as the backend names one imported without a name. */
export function proposeLogoName(organization: string, variantLabel: string, locale: string): string {
  const word = variantLabel.toLocaleLowerCase(locale);
  const org = organization.trim();
  return org ? `${org} – ${word}` : word;
}

function guessVariant(fileName: string): LogoVariant {
  return /mono|noir|black/i.test(fileName) ? 'monochrome' : /revers|white|blanc/i.test(fileName) ? 'reversed' : /horiz/i.test(fileName) ? 'horizontal' : /icon|icone|symbol/i.test(fileName) ? 'icon' : 'primary';
}

/**
 * The logo's review step: a thumbnail of the file (on the background it is meant for), its organization,
 * its variant and a name proposed from both ("Bioalliance Laurentides – principal"), which the officer can change.
 */
function LogoImport({ task, onDone }: { task: Extract<Task, { kind: 'logo' }>; onDone: () => void; lang: string }) {
  const { t, i18n } = useTranslation();
  const orgs = useQuery(() => send('organizations.list'), []);
  const [org, setOrg] = useState('');
  const [variant, setVariant] = useState<LogoVariant>(guessVariant(task.file.name));
  const [name, setName] = useState('');
  const [nameTouched, setNameTouched] = useState(false);
  const { busy, run } = useAction();
  const [thumb, setThumb] = useState<string | null>(null);
  const locale = i18n.language === 'fr' ? 'fr-CA' : 'en';
  const proposed = proposeLogoName(org, t(`variants.${variant}`), locale);
  const shownName = nameTouched ? name : org.trim() ? proposed : '';

  // Shown as an <img> from the file itself: an SVG's scripts never run in an image.
  useEffect(() => {
    const url = URL.createObjectURL(task.file);
    setThumb(url);
    return () => URL.revokeObjectURL(url);
  }, [task.file]);

  const save = () =>
    run(async () => {
      await send('import.logo', { fileName: task.file.name, contentBase64: task.base64, organization: org.trim(), variant, name: (shownName || proposed).trim() });
      dataChanged();
      toast(t('import.logoSaved', { name: shownName || proposed }), 'success');
      onDone();
      navigate({ screen: 'logos' });
    });
  return (
    <Dialog
      title={t('import.logoTitle', { name: task.file.name })}
      open
      onClose={onDone}
      footer={<DialogActions onCancel={onDone} onConfirm={save} label={t('import.saveLogo')} busy={busy} disabled={!org.trim()} />}
    >
      <div className="logo-import-preview">
        <div className={`logo-bg logo-bg-${variant === 'reversed' ? 'dark' : 'light'}`}>{thumb && <img src={thumb} alt={t('import.logoThumb', { name: task.file.name })} />}</div>
        <p className="muted">{task.file.name}</p>
      </div>
      <Field label={t('logos.organization')} hint={t('import.orgHint')}>
        {(c) => (
          <>
            <input {...c} list="logo-orgs" required data-autofocus value={org} placeholder={t('import.orgPlaceholder')} onChange={(e) => setOrg(e.target.value)} />
            <datalist id="logo-orgs">
              {(orgs.data ?? []).map((o) => (
                <option key={o.id} value={o.name} />
              ))}
            </datalist>
          </>
        )}
      </Field>
      <Field label={t('logos.variant')}>
        {(c) => (
          <select {...c} value={variant} onChange={(e) => setVariant(e.target.value as LogoVariant)}>
            {LOGO_VARIANTS.map((v) => (
              <option key={v} value={v}>
                {t(`variants.${v}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('logos.name')} hint={t('import.logoNameHint')}>
        {(c) => (
          <input
            {...c}
            value={shownName}
            placeholder={proposed}
            onChange={(e) => {
              setNameTouched(true);
              setName(e.target.value);
            }}
          />
        )}
      </Field>
    </Dialog>
  );
}
