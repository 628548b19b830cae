import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isDesktop, send } from '../api/client.js';
import { downloadFromHost } from '../api/session.js';
import { errorMessage } from '../lib/data.js';
import { formatBytes } from '../lib/format.js';
import { useAction } from '../lib/use-action.js';
import { Dialog, DialogActions } from './dialog.js';
import { FormatChecks } from './format-checks.js';
import { useMessageText } from '../lib/warnings.js';

export type ExportFormat = 'pdf' | 'docx' | 'zip' | 'md';
export interface ExportedFile {
  format: string;
  name: string;
  path: string;
  bytes: number;
  sha256?: string;
}
interface ExportResult {
  files: ExportedFile[];
  warnings: unknown[];
}

export function downloadUrl(file: ExportedFile): string {
  const parts = file.path.split(/[\\/]/);
  const folder = parts[parts.length - 2] ?? '';
  return `/download/${encodeURIComponent(folder)}/${encodeURIComponent(file.name)}`;
}

export function lastExportKey(id: string): string {
  return `mk:last-export:${id}`;
}

/** The folder the desktop app exports a kit (or release) into: chosen once, remembered per kit on this computer. */
export function exportDirKey(id: string): string {
  return `mk:export-dir:${id}`;
}

function folderOf(file: string): string {
  return file.replace(/[\\/][^\\/]*$/, '');
}


/**
 * Export: the desktop app writes into a folder the officer chose (asked the first time, remembered per
 * kit) and offers "Show in folder"; the browser offers each file and, when there are several, one
 * "Download all" (the ZIP bundle). Either way the dialog says what was written and where.
 */
export function ExportDialog({ open, onClose, target, beforeExport, onExported }: { open: boolean; onClose: () => void; target: { kind: 'kit' | 'release'; id: string; name: string }; beforeExport?: () => Promise<void>; onExported?: (files: ExportedFile[]) => void }) {
  const { t } = useTranslation();
  const messageText = useMessageText();
  const [formats, setFormats] = useState<ExportFormat[]>(['pdf', 'docx']);
  const [result, setResult] = useState<ExportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { busy, run } = useAction({ onError: setError });
  const [shared, setShared] = useState(false);
  const all: ExportFormat[] = target.kind === 'kit' ? ['pdf', 'docx', 'zip', 'md'] : ['pdf', 'docx', 'md'];
  const [outDir, setOutDir] = useState<string | null>(() => (isDesktop ? localStorage.getItem(exportDirKey(target.id)) : null));

  const chooseFolder = async (): Promise<string | null> => {
    const r = await send('desktop.chooseFolder', { title: t('export.chooseTitle', { name: target.name || t('common.untitled') }) }).catch((err: unknown) => {
      setError(errorMessage(err));
      return { path: null };
    });
    if (r.path) {
      setOutDir(r.path);
      localStorage.setItem(exportDirKey(target.id), r.path);
    }
    return r.path;
  };

  /** `share`: the .mkit package alone, for another officer's library ("Share as .mkit"). */
  const exportFiles = async (share = false) => {
    await run(async () => {
      setError(null);
      setResult(null);
      // The desktop app writes where the officer says: asked once per kit, then remembered.
      const dir = isDesktop ? (outDir ?? (await chooseFolder())) : null;
      if (isDesktop && !dir) {
        setError(t('export.noFolder'));
        return;
      }
      await beforeExport?.();
      // In the browser several files also come as one ZIP bundle, for "Download all".
      const wanted: ExportFormat[] = !isDesktop && formats.length > 1 && !formats.includes('zip') ? [...formats, 'zip'] : formats;
      const input = { id: target.id, formats: share ? ['mkit' as const] : wanted, ...(dir ? { outDir: dir } : {}) };
      const r: ExportResult = target.kind === 'kit' ? await send('export.kit', input) : await send('export.release', input);
      setResult(r);
      setShared(share);
      if (share) return;
      localStorage.setItem(lastExportKey(target.id), JSON.stringify(r.files.filter((f) => formats.includes(f.format as ExportFormat))));
      onExported?.(r.files.filter((f) => formats.includes(f.format as ExportFormat)));
    });
  };

  const close = () => {
    setResult(null);
    setError(null);
    onClose();
  };
  const bundle = !isDesktop && result && !shared && formats.length > 1 && !formats.includes('zip') ? result.files.find((f) => f.format === 'zip') : undefined;
  const singles = result ? result.files.filter((f) => f !== bundle) : [];
  const where = result?.files[0] ? folderOf(result.files[0].path) : '';

  return (
    <Dialog
      title={t('export.title', { name: target.name || t('common.untitled') })}
      open={open}
      wide
      onClose={close}
      footer={
        <DialogActions onCancel={close} cancelLabel={t('common.close')} onConfirm={exportFiles} label={t('export.run')} busyLabel={t('export.running')} busy={busy} disabled={formats.length === 0}>
          {target.kind === 'kit' && (
            <button type="button" className="btn" disabled={busy} title={t('export.shareHint')} onClick={() => void exportFiles(true)}>
              {t('export.share')}
            </button>
          )}
        </DialogActions>
      }
    >
      <FormatChecks legend={t('export.formats')} options={all} chosen={formats} onChange={setFormats} />
      {isDesktop && (
        <div className="row align-end export-folder">
          <div className="field grow">
            <span className="field-label" id="export-folder-label">
              {t('export.destination')}
            </span>
            <span className="muted folder-path" aria-labelledby="export-folder-label" title={outDir ?? undefined}>
              {outDir ?? t('export.askFolder')}
            </span>
          </div>
          <button type="button" className="btn small" onClick={() => void chooseFolder()}>
            {outDir ? t('export.changeFolder') : t('export.chooseFolder')}
          </button>
        </div>
      )}
      {busy && (
        <div className="progress" role="progressbar" aria-label={t('export.running')}>
          <span />
        </div>
      )}
      {error && (
        <div className="alert error" role="alert">
          {error}
        </div>
      )}
      {result && (
        <div className="export-result" role="status">
          <h3>{shared ? t('export.shared') : t('export.done')}</h3>
          {shared && <p className="muted">{t('export.shareHint')}</p>}
          <p className="written-where">
            {isDesktop ? t('export.writtenTo', { count: result.files.length, folder: where }) : t('export.writtenInLibrary', { count: result.files.length, folder: where })}
          </p>
          {isDesktop && result.files[0] && (
            <div className="row">
              <button type="button" className="btn small primary" onClick={() => void send('desktop.showFile', { path: result.files[0]!.path }).catch((err: unknown) => setError(errorMessage(err)))}>
                {t('export.show')}
              </button>
            </div>
          )}
          {bundle && (
            <div className="row download-all">
              <button type="button" className="btn primary" onClick={() => void downloadFromHost(downloadUrl(bundle), bundle.name).catch((err: unknown) => setError(errorMessage(err)))}>
                {t('export.downloadAll')}
              </button>
              <span className="muted">
                {bundle.name} · {formatBytes(bundle.bytes)}
              </span>
            </div>
          )}
          <ul className="file-list">
            {singles.map((f) => (
              <li key={f.path}>
                <span className="file-format">{f.format.toUpperCase()}</span>
                <span className="file-name">{f.name}</span>
                <span className="muted">{formatBytes(f.bytes)}</span>
                {isDesktop ? (
                  f.format !== 'mkit' && <button type="button" className="btn small" aria-label={t('export.openFile', { name: f.name })} onClick={() => void send('desktop.openFile', { path: f.path }).catch((err: unknown) => setError(errorMessage(err)))}>
                    {t('export.open')}
                  </button>
                ) : (
                  <button type="button" className="btn small" onClick={() => void downloadFromHost(downloadUrl(f), f.name).catch((err: unknown) => setError(errorMessage(err)))}>
                    {t('export.download')}
                  </button>
                )}
              </li>
            ))}
          </ul>
          {result.warnings.length > 0 && (
            <div className="alert warning">
              <strong>{t('export.warnings')}</strong>
              <ul>
                {result.warnings.map((w, i) => (
                  <li key={i}>{messageText(w)}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </Dialog>
  );
}
