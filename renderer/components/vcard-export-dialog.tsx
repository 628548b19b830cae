import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../api/client.js';
import type { Contact } from '../../electron/model/entities.js';
import { saveBlob } from '../lib/save-blob.js';
import { formatNumber } from '../lib/format.js';
import { useAction } from '../lib/use-action.js';
import { toast } from './toasts.js';
import { Dialog, DialogActions } from './dialog.js';

/** What to export: every contact, the ones the filter shows, or a sheet's. */
export type VcardSource = { kind: 'all' } | { kind: 'ids'; ids: string[] } | { kind: 'sheet'; id: string; name: string };

/**
 * The officer's own vCard (contacts.vcard, the backend's one encoder): for an address book or a
 * backup, so it may carry the private notes. The dialog says so before anything is written, with the
 * choice to leave them out; a kit's contacts.vcf never carries them.
 */
export function VcardExportDialog({ source, contacts, onClose }: { source: VcardSource | null; contacts: readonly Contact[]; onClose: () => void }) {
  const { t } = useTranslation();
  const [notes, setNotes] = useState(true);
  const { busy, run } = useAction();
  useEffect(() => {
    if (source) setNotes(true);
  }, [source]);
  const count = contacts.length;
  const noted = contacts.filter((c) => c.notes.trim()).length;

  const exportCards = async () => {
    if (!source) return;
    await run(async () => {
      const input = source.kind === 'sheet' ? { sheetId: source.id, notes } : source.kind === 'ids' ? { contactIds: source.ids, notes } : { notes };
      const r = await send('contacts.vcard', input);
      saveBlob(new Blob([r.text], { type: r.mediaType }), r.fileName);
      toast(
        r.withNotes
          ? t('vcard.savedWithNotes', { count: r.count, formatted: formatNumber(r.count), name: r.fileName, notes: r.withNotes })
          : t('vcard.saved', { count: r.count, formatted: formatNumber(r.count), name: r.fileName }),
        'success',
      );
      onClose();
    });
  };

  return (
    <Dialog
      title={source?.kind === 'sheet' ? t('vcard.titleSheet', { name: source.name }) : t('vcard.title')}
      open={source !== null}
      onClose={onClose}
      footer={<DialogActions onCancel={onClose} onConfirm={exportCards} label={t('vcard.export', { count, formatted: formatNumber(count) })} busy={busy} disabled={count === 0} autoFocus />}
    >
      <p>{t('vcard.lead', { count, formatted: formatNumber(count) })}</p>
      <label className="check">
        <input type="checkbox" checked={notes} onChange={(e) => setNotes(e.target.checked)} />
        <span>
          {t('vcard.includeNotes')} <span className="muted">{t('vcard.noted', { count: noted, formatted: formatNumber(noted) })}</span>
        </span>
      </label>
      <p className={notes && noted ? 'hint warning-text' : 'hint'} role="status">
        {notes && noted ? t('vcard.withNotes') : t('vcard.withoutNotes')}
      </p>
    </Dialog>
  );
}
