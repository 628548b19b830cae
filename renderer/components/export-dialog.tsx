import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isDesktop, send } from '../api/client.js';
import { downloadFromHost } from '../api/session.js';
import { errorMessage } from '../lib/data.js';
import { formatBytes } from '../lib/format.js';
import { Dialog } from './dialog.js';
import { FormatChecks } from './format-checks.js';

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

function warningText(w: unknown): string {
  if (typeof w === 'string') return w;
  if (w && typeof w === 'object' && 'message' in w) return String((w as { message: unknown }).message);
  return JSON.stringify(w);
}

export function ExportDialog({ open, onClose, target, beforeExport, onExported }: { open: boolean; onClose: () => void; target: { kind: 'kit' | 'release'; id: string; name: string }; beforeExport?: () => Promise<void>; onExported?: (files: ExportedFile[]) => void }) {
  const { t } = useTranslation();
  const [formats, setFormats] = useState<ExportFormat[]>(['pdf', 'docx']);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ExportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const all: ExportFormat[] = target.kind === 'kit' ? ['pdf', 'docx', 'zip', 'md'] : ['pdf', 'docx', 'md'];
  const [outDir, setOutDir] = useState<string | null>(null);

  const run = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      await beforeExport?.();
      const input = { id: target.id, formats, ...(outDir ? { outDir } : {}) };
      const r: ExportResult = target.kind === 'kit' ? await send('export.kit', input) : await send('export.release', input);
      setResult(r);
      localStorage.setItem(lastExportKey(target.id), JSON.stringify(r.files));
      onExported?.(r.files);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('export.title', { name: target.name || t('common.untitled') })}
      open={open}
      wide
      onClose={() => {
        setResult(null);
        setError(null);
        onClose();
      }}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.close')}
          </button>
          <button type="button" className="btn primary" disabled={busy || formats.length === 0} onClick={() => void run()}>
            {busy ? t('export.running') : t('export.run')}
          </button>
        </>
      }
    >
      <FormatChecks legend={t('export.formats')} options={all} chosen={formats} onChange={setFormats} />
      {isDesktop && (
        <div className="row align-end">
          <div className="field grow">
            <span className="field-label">{t('export.destination')}</span>
            <span className="muted">{outDir ?? t('export.defaultDestination')}</span>
          </div>
          <button
            type="button"
            className="btn small"
            onClick={async () => {
              const r = await send('desktop.chooseFolder', { title: t('export.destination') }).catch(() => ({ path: null }));
              if (r.path) setOutDir(r.path);
            }}
          >
            {t('export.chooseFolder')}
          </button>
        </div>
      )}
      {busy && (
        <div className="progress" role="progressbar" aria-label={t('export.running')}>
          <span />
        </div>
      )}
      {error && <div className="alert error">{error}</div>}
      {result && (
        <div className="export-result">
          <h3>{t('export.done')}</h3>
          <ul className="file-list">
            {result.files.map((f) => (
              <li key={f.path}>
                <span className="file-format">{f.format.toUpperCase()}</span>
                <span className="file-name">{f.name}</span>
                <span className="muted">{formatBytes(f.bytes)}</span>
                {isDesktop ? (
                  <button type="button" className="btn small" onClick={() => void send('desktop.showFile', { path: f.path }).catch((err: unknown) => setError(errorMessage(err)))}>
                    {t('export.show')}
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
                  <li key={i}>{warningText(w)}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </Dialog>
  );
}
