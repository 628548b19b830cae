import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import { send } from '../api/client.js';
import type { Contact, ContactSheet } from '../../electron/model/entities.js';
import { dataChanged, errorMessage, useQuery } from '../lib/data.js';
import { formatNumber } from '../lib/format.js';
import { openFilePicker } from '../components/import-center.js';
import { toast } from '../components/toasts.js';
import { MergeDuplicates } from '../components/merge-duplicates.js';
import { ContactForm } from '../components/contact-form.js';
import { VcardExportDialog, type VcardSource } from '../components/vcard-export-dialog.js';
import { foldKey as fold } from '../../electron/model/fold.js';

type Editable = 'name' | 'title' | 'organization' | 'email' | 'phone';

function display(c: Contact): string {
  return c.name || `${c.firstName} ${c.lastName}`.trim();
}

export function ContactsScreen() {
  const { t } = useTranslation();
  const contacts = useQuery(() => send('contacts.list'), []);
  const sheets = useQuery(() => send('sheets.list'), []);
  const [filter, setFilter] = useState('');
  const [sheetId, setSheetId] = useState<string | null>(null);
  // The contact open in the form: null for a new one; undefined when the form is closed.
  const [editing, setEditing] = useState<Contact | null | undefined>(undefined);
  const [justSaved, setJustSaved] = useState<string | null>(null);
  // The vCard export asked for, with the contacts it will hold (the dialog counts their notes).
  const [vcard, setVcard] = useState<{ source: VcardSource; contacts: Contact[] } | null>(null);
  const all = contacts.data ?? [];
  const rows = useMemo(() => {
    const q = fold(filter.trim());
    const list = q ? all.filter((c) => fold([display(c), c.title, c.organization, ...c.emails, ...c.phones].join(' ')).includes(q)) : [...all];
    return list.sort((a, b) => display(a).localeCompare(display(b)));
  }, [all, filter]);
  const parentRef = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => parentRef.current, estimateSize: () => 48, overscan: 12 });
  const sheet = (sheets.data ?? []).find((s) => s.id === sheetId) ?? (sheets.data ?? [])[0] ?? null;

  useEffect(() => {
    const onFocus = (e: Event) => {
      const id = (e as CustomEvent<string>).detail;
      const c = all.find((x) => x.id === id);
      if (c) setFilter(display(c));
      if ((sheets.data ?? []).some((s) => s.id === id)) setSheetId(id);
    };
    window.addEventListener('mk:focus-item', onFocus);
    return () => window.removeEventListener('mk:focus-item', onFocus);
  }, [all, sheets.data]);

  // A contact just saved is brought into view (the filter is left as the officer set it).
  useEffect(() => {
    if (!justSaved) return;
    const at = rows.findIndex((c) => c.id === justSaved);
    if (at >= 0) virtual.scrollToIndex(at, { align: 'center' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [justSaved, rows]);

  return (
    <section className="screen" aria-labelledby="contacts-title">
      <div className="screen-head">
        <div>
          <h1 id="contacts-title">{t('nav.contacts')}</h1>
          <p className="muted">{t('contacts.count', { count: all.length, formatted: formatNumber(all.length) })}</p>
        </div>
        <div className="head-actions">
          <MergeDuplicates contacts={all} />
          <button type="button" className="btn" onClick={openFilePicker}>
            {t('contacts.import')}
          </button>
          <button
            type="button"
            className="btn"
            disabled={rows.length === 0}
            onClick={() => setVcard({ source: rows.length === all.length ? { kind: 'all' } : { kind: 'ids', ids: rows.map((c) => c.id) }, contacts: rows })}
          >
            {t('contacts.exportVcard')}
          </button>
          <button type="button" className="btn primary" onClick={() => setEditing(null)}>
            {t('contacts.new')}
          </button>
        </div>
      </div>
      <div className="contacts-layout">
        <div className="contacts-main">
          <label className="field compact filter-field">
            <span>{t('contacts.filter')}</span>
            <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={t('contacts.filterPlaceholder')} />
          </label>
          <div className="table contacts-table" role="table" aria-label={t('nav.contacts')} aria-rowcount={rows.length + 1}>
            <div role="rowgroup" className="table-head">
              <div role="row" className="table-row contact-row">
                {(['name', 'title', 'organization', 'email', 'phone'] as const).map((k) => (
                  <div role="columnheader" key={k} className="col">
                    {t(`contacts.${k}`)}
                  </div>
                ))}
                <div role="columnheader" className="col col-actions">
                  <span className="sr-only">{t('common.actions')}</span>
                </div>
              </div>
            </div>
            <div ref={parentRef} className="table-body" role="rowgroup">
              {rows.length === 0 && !contacts.loading && <p className="empty">{t('contacts.none')}</p>}
              <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
                {virtual.getVirtualItems().map((item) => {
                  const c = rows[item.index]!;
                  return (
                    <div key={c.id} role="row" aria-rowindex={item.index + 2} className={c.id === justSaved ? 'table-row contact-row just-saved' : 'table-row contact-row'} style={{ position: 'absolute', top: 0, left: 0, right: 0, height: item.size, transform: `translateY(${item.start}px)` }}>
                      <ContactCells contact={c} sheet={sheet} onEdit={() => setEditing(c)} />
                    </div>
                  );
                })}
              </div>
            </div>
          </div>
        </div>
        <SheetsPanel sheets={sheets.data ?? []} contacts={all} current={sheet} onSelect={setSheetId} onExportVcard={(source, members) => setVcard({ source, contacts: members })} />
      </div>
      <VcardExportDialog source={vcard?.source ?? null} contacts={vcard?.contacts ?? []} onClose={() => setVcard(null)} />
      <ContactForm open={editing !== undefined} contact={editing ?? null} onClose={() => setEditing(undefined)} onSaved={(c) => setJustSaved(c.id)} />
    </section>
  );
}

function ContactCells({ contact, sheet, onEdit }: { contact: Contact; sheet: ContactSheet | null; onEdit: () => void }) {
  const { t } = useTranslation();
  const values: Record<Editable, string> = {
    name: display(contact),
    title: contact.title,
    organization: contact.organization,
    email: contact.emails[0] ?? '',
    phone: contact.phones[0] ?? '',
  };
  const save = async (key: Editable, value: string) => {
    if (value === values[key]) return;
    const patch: Partial<Contact> =
      key === 'email' ? { emails: value ? [value, ...contact.emails.slice(1)] : contact.emails.slice(1) } : key === 'phone' ? { phones: value ? [value, ...contact.phones.slice(1)] : contact.phones.slice(1) } : { [key]: value };
    try {
      await send('contacts.update', { id: contact.id, patch });
      dataChanged();
    } catch (err) {
      toast(errorMessage(err), 'error');
    }
  };
  const inSheet = !!sheet?.contactIds.includes(contact.id);
  return (
    <>
      {(Object.keys(values) as Editable[]).map((key) => (
        <div role="cell" className="col" key={key}>
          {/* Cut with an ellipsis; the full value shows on hover (title) and on focus (the field grows over its neighbours). */}
          <input
            className="cell-input"
            defaultValue={values[key]}
            key={values[key]}
            title={values[key] || undefined}
            type={key === 'email' ? 'email' : 'text'}
            lang={contact.lang ?? undefined}
            aria-label={`${t(`contacts.${key}`)} · ${values.name}`}
            onBlur={(e) => void save(key, e.target.value.trim())}
            onKeyDown={(e) => {
              if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
              if (e.key === 'Escape') {
                (e.target as HTMLInputElement).value = values[key];
                (e.target as HTMLInputElement).blur();
              }
            }}
          />
        </div>
      ))}
      <div role="cell" className="col col-actions">
        <button type="button" className="icon-btn" aria-label={t('contacts.edit', { name: values.name })} title={t('contacts.edit', { name: values.name })} onClick={onEdit}>
          <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true">
            <path d="M4 16l1-4 8-8 3 3-8 8z M12 5l3 3" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
          </svg>
        </button>
        {sheet && (
          <button
            type="button"
            className="icon-btn"
            aria-label={inSheet ? t('contacts.removeFromSheet', { name: values.name, sheet: sheet.name }) : t('contacts.addToSheet', { name: values.name, sheet: sheet.name })}
            title={inSheet ? t('contacts.inSheet', { sheet: sheet.name }) : t('contacts.addToSheet', { name: values.name, sheet: sheet.name })}
            onClick={async () => {
              try {
                await send('sheets.update', { id: sheet.id, patch: { contactIds: inSheet ? sheet.contactIds.filter((x) => x !== contact.id) : [...sheet.contactIds, contact.id] } });
                dataChanged();
              } catch (err) {
                toast(errorMessage(err), 'error');
              }
            }}
          >
            {inSheet ? '✓' : '+'}
          </button>
        )}
        <button
          type="button"
          className="icon-btn"
          aria-label={t('contacts.delete', { name: values.name })}
          onClick={async () => {
            try {
              await send('contacts.delete', { id: contact.id });
              dataChanged();
              toast(t('trash.moved'), 'info');
            } catch (err) {
              toast(errorMessage(err), 'error');
            }
          }}
        >
          <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true">
            <path d="M5 6h10l-1 11H6z M3 6h14 M8 6V4h4v2" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
          </svg>
        </button>
      </div>
    </>
  );
}

function SheetsPanel({
  sheets,
  contacts,
  current,
  onSelect,
  onExportVcard,
}: {
  sheets: ContactSheet[];
  contacts: Contact[];
  current: ContactSheet | null;
  onSelect: (id: string) => void;
  onExportVcard: (source: VcardSource, members: Contact[]) => void;
}) {
  const { t } = useTranslation();
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const update = async (patch: Partial<ContactSheet>) => {
    if (!current) return;
    try {
      await send('sheets.update', { id: current.id, patch });
      dataChanged();
    } catch (err) {
      toast(errorMessage(err), 'error');
    }
  };
  const move = (from: number, to: number) => {
    if (!current || to < 0 || to >= current.contactIds.length || from === to) return;
    const ids = [...current.contactIds];
    const [x] = ids.splice(from, 1);
    ids.splice(to, 0, x!);
    void update({ contactIds: ids });
  };
  const create = async () => {
    try {
      const s = await send('sheets.create', { data: { name: t('sheets.newName') } });
      dataChanged();
      onSelect(s.id);
    } catch (err) {
      toast(errorMessage(err), 'error');
    }
  };
  return (
    <aside className="card sheets-panel" aria-labelledby="sheets-title">
      <div className="card-head">
        <h2 id="sheets-title">{t('sheets.title')}</h2>
        <button type="button" className="btn small" onClick={() => void create()}>
          {t('sheets.new')}
        </button>
      </div>
      {sheets.length === 0 ? (
        <p className="muted">{t('sheets.none')}</p>
      ) : (
        <>
          <label className="field compact">
            <span>{t('sheets.current')}</span>
            <select value={current?.id ?? ''} onChange={(e) => onSelect(e.target.value)}>
              {sheets.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({s.contactIds.length}){s.role === 'spokespeople' ? ` · ${t('sheets.spokespeopleTag')}` : ''}
                </option>
              ))}
            </select>
          </label>
          {current && (
            <>
              <label className="field compact">
                <span>{t('sheets.name')}</span>
                <input key={current.id + current.name} defaultValue={current.name} onBlur={(e) => e.target.value.trim() && e.target.value !== current.name && void update({ name: e.target.value.trim() })} />
              </label>
              <label className="check sheet-role">
                <input type="checkbox" checked={current.role === 'spokespeople'} onChange={(e) => void update({ role: e.target.checked ? 'spokespeople' : 'media' })} />
                <span>
                  {t('sheets.spokespeople')} <span className="muted">{t('sheets.spokespeopleHint')}</span>
                </span>
              </label>
              <p className="hint">{t('sheets.hint')}</p>
              {current.contactIds.length === 0 && <p className="muted">{t('sheets.empty')}</p>}
              <ol className="sheet-list">
                {current.contactIds.map((cid, i) => {
                  const c = byId.get(cid);
                  const name = c ? display(c) : t('common.missing');
                  return (
                    <li
                      key={cid}
                      draggable
                      className={dragFrom === i ? 'dragging' : ''}
                      onDragStart={(e) => {
                        setDragFrom(i);
                        e.dataTransfer.effectAllowed = 'move';
                        e.dataTransfer.setData('text/x-mk-index', String(i));
                      }}
                      onDragOver={(e) => e.preventDefault()}
                      onDrop={(e) => {
                        e.preventDefault();
                        e.stopPropagation();
                        if (dragFrom !== null) move(dragFrom, i);
                        setDragFrom(null);
                      }}
                      onDragEnd={() => setDragFrom(null)}
                    >
                      <span className="drag-handle" aria-hidden="true">⋮⋮</span>
                      <span className="grow">
                        <strong>{name}</strong>
                        {c?.organization && <span className="muted"> · {c.organization}</span>}
                      </span>
                      <button type="button" className="icon-btn" aria-label={t('common.moveUp', { name })} disabled={i === 0} onClick={() => move(i, i - 1)}>
                        ↑
                      </button>
                      <button type="button" className="icon-btn" aria-label={t('common.moveDown', { name })} disabled={i === current.contactIds.length - 1} onClick={() => move(i, i + 1)}>
                        ↓
                      </button>
                      <button type="button" className="icon-btn" aria-label={t('common.removeItem', { name })} onClick={() => void update({ contactIds: current.contactIds.filter((x) => x !== cid) })}>
                        ×
                      </button>
                    </li>
                  );
                })}
              </ol>
              <button
                type="button"
                className="btn small"
                disabled={current.contactIds.length === 0}
                onClick={() => onExportVcard({ kind: 'sheet', id: current.id, name: current.name }, current.contactIds.map((id) => byId.get(id)).filter((c): c is Contact => !!c))}
              >
                {t('contacts.exportVcard')}
              </button>
              <button
                type="button"
                className="btn small danger-ghost"
                onClick={async () => {
                  try {
                    await send('sheets.delete', { id: current.id });
                    dataChanged();
                    toast(t('trash.moved'), 'info');
                  } catch (err) {
                    toast(errorMessage(err), 'error');
                  }
                }}
              >
                {t('sheets.delete')}
              </button>
            </>
          )}
        </>
      )}
    </aside>
  );
}
