import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../api/client.js';
import type { Contact } from '../../electron/model/entities.js';
import { duplicateGroups, mergePatch, remapIds } from '../lib/contact-merge.js';
import { dataChanged } from '../lib/data.js';
import { useAction } from '../lib/use-action.js';
import { Dialog, DialogActions } from './dialog.js';
import { toast } from './toasts.js';

function label(c: Contact): string {
  return [c.name || `${c.firstName} ${c.lastName}`.trim(), c.emails[0], c.organization].filter(Boolean).join(' · ');
}

/** Merges go through the ordinary update/delete methods: the dropped contacts land in the trash, restorable. */
async function mergeGroup(group: Contact[]): Promise<void> {
  const { keep, drop, patch } = mergePatch(group);
  const dropped = new Set(drop.map((c) => c.id));
  await send('contacts.update', { id: keep.id, patch });
  const [sheets, releases] = await Promise.all([send('sheets.list'), send('releases.list')]);
  for (const s of sheets) if (s.contactIds.some((id) => dropped.has(id))) await send('sheets.update', { id: s.id, patch: { contactIds: remapIds(s.contactIds, dropped, keep.id) } });
  for (const r of releases) if (r.contactIds.some((id) => dropped.has(id))) await send('releases.update', { id: r.id, patch: { contactIds: remapIds(r.contactIds, dropped, keep.id) } });
  for (const c of drop) await send('contacts.delete', { id: c.id });
}

export function MergeDuplicates({ contacts }: { contacts: Contact[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { busy, run } = useAction();
  const groups = duplicateGroups(contacts);
  const [skip, setSkip] = useState<Set<number>>(new Set());
  if (groups.length === 0) return null;
  const merge = async () => {
    await run(async () => {
      let merged = 0;
      for (const [i, g] of groups.entries()) {
        if (skip.has(i)) continue;
        await mergeGroup(g);
        merged++;
      }
      toast(t('contacts.merged', { count: merged }), 'success');
      setOpen(false);
    });
    // Even a merge stopped halfway changed some contacts: the lists show where it stopped.
    dataChanged();
  };
  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)}>
        {t('contacts.mergeButton', { count: groups.length })}
      </button>
      <Dialog
        title={t('contacts.mergeTitle')}
        open={open}
        wide
        onClose={() => setOpen(false)}
        footer={<DialogActions onCancel={() => setOpen(false)} onConfirm={merge} label={t('contacts.mergeRun')} busyLabel={t('common.saving')} busy={busy} disabled={skip.size === groups.length} />}
      >
        <p className="muted">{t('contacts.mergeLead')}</p>
        <ul className="merge-groups">
          {groups.map((g, i) => (
            <li key={g[0]!.id} className="card">
              <label className="check">
                <input
                  type="checkbox"
                  checked={!skip.has(i)}
                  onChange={(e) =>
                    setSkip((s) => {
                      const n = new Set(s);
                      if (e.target.checked) n.delete(i);
                      else n.add(i);
                      return n;
                    })
                  }
                />
                <strong>{t('contacts.mergeKeep', { name: label(g[0]!) })}</strong>
              </label>
              <ul>
                {g.slice(1).map((c) => (
                  <li key={c.id} className="muted">
                    {label(c)}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </Dialog>
    </>
  );
}
