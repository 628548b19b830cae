import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../api/client.js';
import type { MethodOutput } from '../../electron/api/contract.js';
import { dataChanged, errorMessage } from '../lib/data.js';
import { fileToBase64 } from '../lib/files.js';
import { formatDateTime } from '../lib/format.js';
import { navigate } from '../lib/router.js';
import { useAction } from '../lib/use-action.js';
import { Dialog, DialogActions } from './dialog.js';
import { toast } from './toasts.js';

type Plan = MethodOutput<'import.previewKitPackage'>;
type Item = Plan['items'][number];
/** A package as the window got it: a file dropped or picked (its bytes), or one the desktop app was asked to open (its path). */
type Source = { file: File } | { path: string };
type PackageInput = { fileName: string; contentBase64: string } | { path: string };

const OPEN_EVENT = 'mediakit:kit-package';
/** What the desktop shell sends when the system opens a .mkit file with the app (electron/shell/open-files.ts). */
export const OPEN_FILE_EVENT = 'mediakit:open-file';

export function isKitPackage(fileName: string): boolean {
  return /\.mkit$/i.test(fileName);
}

/** Hands a dropped or picked .mkit to the dialog below (the import centre calls it). */
export function openKitPackage(file: File): void {
  window.dispatchEvent(new CustomEvent<Source>(OPEN_EVENT, { detail: { file } }));
}

/** A field's name as the officer knows it, where the interface has one; else the field's own name. */
function fieldLabel(t: (key: string) => string, field: string): string {
  const key = `kitPackage.fields.${field}`;
  const label = t(key);
  return label === key ? field : label;
}

const ORDER: Item['collection'][] = ['kits', 'releases', 'organizations', 'logos', 'sheets', 'contacts'];

function ItemList({ items }: { items: Item[] }) {
  const { t } = useTranslation();
  const sorted = [...items].sort((a, b) => ORDER.indexOf(a.collection) - ORDER.indexOf(b.collection));
  return (
    <ul className="kit-package-items">
      {sorted.map((i) => (
        <li key={`${i.collection}:${i.id}`}>
          <span className="file-format">{t(`collections.${i.collection}`)}</span> <span>{i.name}</span>
          {i.matchedBy && i.matchedBy !== 'id' && <span className="muted"> · {t(`kitPackage.matchedBy.${i.matchedBy}`)}</span>}
          {i.inTrash && <span className="muted"> · {t('kitPackage.inTrash')}</span>}
          {i.status === 'kept' && i.differs.length > 0 && <span className="muted"> · {t('kitPackage.differs', { fields: i.differs.map((f) => fieldLabel(t, f)).join(', ') })}</span>}
        </li>
      ))}
    </ul>
  );
}

/**
 * Opening a .mkit kit package: first what it would add and what the library already has (nothing
 * changes yet), then, on the officer's word, the import. Mounted once in the app.
 */
export function KitPackageImport() {
  const { t } = useTranslation();
  const [pending, setPending] = useState<{ input: PackageInput; plan: Plan } | null>(null);
  const { busy, run } = useAction();

  useEffect(() => {
    const open = async (source: Source) => {
      const name = 'file' in source ? source.file.name : source.path.replace(/^.*[\\/]/, '');
      try {
        const input: PackageInput = 'file' in source ? { fileName: source.file.name, contentBase64: await fileToBase64(source.file) } : { path: source.path };
        setPending({ input, plan: await send('import.previewKitPackage', input) });
      } catch (err) {
        const message = errorMessage(err);
        toast(message.includes(name) ? message : `${name}: ${message}`, 'error');
      }
    };
    const onOpen = (e: Event) => void open((e as CustomEvent<Source>).detail);
    const onFile = (e: Event) => {
      const path = (e as CustomEvent<unknown>).detail;
      if (typeof path === 'string' && isKitPackage(path)) void open({ path });
    };
    window.addEventListener(OPEN_EVENT, onOpen);
    window.addEventListener(OPEN_FILE_EVENT, onFile);
    return () => {
      window.removeEventListener(OPEN_EVENT, onOpen);
      window.removeEventListener(OPEN_FILE_EVENT, onFile);
    };
  }, []);

  if (!pending) return null;
  const { plan } = pending;
  const by = (status: Item['status']) => plan.items.filter((i) => i.status === status);
  const close = () => setPending(null);
  const confirm = () =>
    run(async () => {
      const done = await send('import.kitPackage', pending.input);
      dataChanged();
      toast(t('kitPackage.done', { count: done.counts.add, name: done.kit.name }), 'success');
      close();
      navigate({ screen: 'kits', id: done.kit.libraryId });
    });
  const openKit = () => {
    close();
    navigate({ screen: 'kits', id: plan.kit.libraryId });
  };

  return (
    <Dialog
      title={t('kitPackage.title', { name: plan.kit.name })}
      open
      wide
      onClose={close}
      footer={
        // Nothing new to add: the primary action is to open the kit the library already has.
        plan.counts.add > 0 ? (
          <DialogActions onCancel={close} onConfirm={confirm} label={t('kitPackage.add', { count: plan.counts.add })} busyLabel={t('kitPackage.adding')} busy={busy} autoFocus />
        ) : (
          <DialogActions onCancel={close} onConfirm={openKit} label={t('kitPackage.openKit')} autoFocus />
        )
      }
    >
      <p className="muted">{t('kitPackage.madeBy', { file: plan.fileName, app: plan.madeBy.app, version: plan.madeBy.version, date: formatDateTime(plan.madeBy.createdAt) })}</p>
      <p>{plan.counts.add > 0 ? t('kitPackage.nothingYet') : t('kitPackage.allHere')}</p>
      {by('add').length > 0 && (
        <section aria-labelledby="kp-add">
          <h3 id="kp-add">{t('kitPackage.willAdd', { count: by('add').length })}</h3>
          <ItemList items={by('add')} />
        </section>
      )}
      {by('same').length > 0 && (
        <section aria-labelledby="kp-same">
          <h3 id="kp-same">{t('kitPackage.already', { count: by('same').length })}</h3>
          <ItemList items={by('same')} />
        </section>
      )}
      {by('kept').length > 0 && (
        <section aria-labelledby="kp-kept">
          <h3 id="kp-kept">{t('kitPackage.kept', { count: by('kept').length })}</h3>
          <p className="muted">{t('kitPackage.keptHint')}</p>
          <ItemList items={by('kept')} />
        </section>
      )}
    </Dialog>
  );
}
