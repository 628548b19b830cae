import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../api/client.js';
import type { Lang } from '../../electron/model/common.js';
import type { Contact } from '../../electron/model/entities.js';
import { isJapaneseName } from '../../electron/model/person-name.js';
import { dataChanged } from '../lib/data.js';
import { useAction } from '../lib/use-action.js';
import { Dialog, DialogActions, DialogForm } from './dialog.js';
import { Field } from './editor-parts.js';

interface Draft {
  firstName: string;
  lastName: string;
  honorific: string;
  name: string;
  title: string;
  organization: string;
  email: string;
  phone: string;
  lang: Lang | '';
}

/** The full name as a press list shows it: given then family name, family name first in Japanese. */
export function fullName(firstName: string, lastName: string): string {
  const f = firstName.trim();
  const l = lastName.trim();
  return isJapaneseName(f + l) ? [l, f].filter(Boolean).join(' ') : [f, l].filter(Boolean).join(' ');
}

function draftOf(c: Contact | null): Draft {
  return {
    firstName: c?.firstName ?? '',
    lastName: c?.lastName ?? '',
    honorific: c?.honorific ?? '',
    name: c?.name ?? '',
    title: c?.title ?? '',
    organization: c?.organization ?? '',
    email: c?.emails[0] ?? '',
    phone: c?.phones[0] ?? '',
    lang: c?.lang ?? '',
  };
}

/**
 * A contact in full: given and family names (what greetings use), the honorific for formal ones, and
 * the rest. New contacts open here with the cursor in the given name; the list's filter is left alone.
 */
export function ContactForm({ open, contact, onClose, onSaved }: { open: boolean; contact: Contact | null; onClose: () => void; onSaved: (c: Contact) => void }) {
  const { t } = useTranslation();
  const [d, setD] = useState<Draft>(draftOf(contact));
  // The full name follows the two parts until the officer writes it differently ("Marie-Ève Tremblay, Ph. D.").
  const [nameTouched, setNameTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { busy, run } = useAction({ onError: setError });
  useEffect(() => {
    if (!open) return;
    setD(draftOf(contact));
    setNameTouched(!!contact && contact.name !== fullName(contact.firstName, contact.lastName));
    setError(null);
  }, [open, contact]);

  const set = (patch: Partial<Draft>) =>
    setD((prev) => {
      const next = { ...prev, ...patch };
      if (!nameTouched && ('firstName' in patch || 'lastName' in patch)) next.name = fullName(next.firstName, next.lastName);
      return next;
    });

  const save = async () => {
    const name = d.name.trim() || fullName(d.firstName, d.lastName);
    if (!name && !d.email.trim()) {
      setError(t('contacts.nameOrEmail'));
      document.getElementById('contact-first-name')?.focus();
      return;
    }
    setError(null);
    const fields = {
      name,
      firstName: d.firstName.trim(),
      lastName: d.lastName.trim(),
      honorific: d.honorific.trim(),
      title: d.title.trim(),
      organization: d.organization.trim(),
      lang: d.lang || null,
    };
    await run(async () => {
      const email = d.email.trim();
      const phone = d.phone.trim();
      const saved = contact
        ? await send('contacts.update', {
            id: contact.id,
            patch: { ...fields, emails: email ? [email, ...contact.emails.slice(1)] : contact.emails.slice(1), phones: phone ? [phone, ...contact.phones.slice(1)] : contact.phones.slice(1) },
          })
        : await send('contacts.create', { data: { ...fields, emails: email ? [email] : [], phones: phone ? [phone] : [] } });
      dataChanged();
      onSaved(saved);
      onClose();
    });
  };

  return (
    <Dialog
      title={contact ? t('contacts.editTitle', { name: contact.name || contact.emails[0] || '' }) : t('contacts.newTitle')}
      open={open}
      onClose={onClose}
      footer={<DialogActions onCancel={onClose} form="contact-form" label={t('common.save')} busyLabel={t('common.saving')} busy={busy} />}
    >
      <DialogForm id="contact-form" onSubmit={save}>
        <div className="row">
          <Field label={t('contacts.honorific')} className="narrow">
            {(c) => <input {...c} value={d.honorific} list="honorifics" placeholder={t('contacts.honorificHint')} onChange={(e) => set({ honorific: e.target.value })} />}
          </Field>
          <Field id="contact-first-name" label={t('contacts.firstName')} className="grow">
            {(c) => <input {...c} data-autofocus value={d.firstName} autoComplete="off" onChange={(e) => set({ firstName: e.target.value })} />}
          </Field>
          <Field label={t('contacts.lastName')} className="grow">
            {(c) => <input {...c} value={d.lastName} autoComplete="off" onChange={(e) => set({ lastName: e.target.value })} />}
          </Field>
          <datalist id="honorifics">
            {['Mme', 'M.', 'Ms', 'Mr', 'Dr', 'Dre', 'Pr'].map((h) => (
              <option key={h} value={h} />
            ))}
          </datalist>
        </div>
        <Field label={t('contacts.fullName')} hint={t('contacts.fullNameHint')}>
          {(c) => (
            <input
              {...c}
              value={d.name}
              onChange={(e) => {
                setNameTouched(true);
                set({ name: e.target.value });
              }}
            />
          )}
        </Field>
        <div className="row">
          <Field label={t('contacts.title')} className="grow">
            {(c) => <input {...c} value={d.title} onChange={(e) => set({ title: e.target.value })} />}
          </Field>
          <Field label={t('contacts.organization')} className="grow">
            {(c) => <input {...c} value={d.organization} onChange={(e) => set({ organization: e.target.value })} />}
          </Field>
        </div>
        <div className="row">
          <Field label={t('contacts.email')} className="grow">
            {(c) => <input {...c} type="email" value={d.email} onChange={(e) => set({ email: e.target.value })} />}
          </Field>
          <Field label={t('contacts.phone')}>{(c) => <input {...c} type="tel" value={d.phone} onChange={(e) => set({ phone: e.target.value })} />}</Field>
          <Field label={t('contacts.lang')}>
            {(c) => (
              <select {...c} value={d.lang} onChange={(e) => set({ lang: e.target.value as Lang | '' })}>
                <option value="">{t('contacts.langUnknown')}</option>
                {(['fr-CA', 'fr-FR', 'en-US', 'en-GB', 'ja'] as const).map((l) => (
                  <option key={l} value={l}>
                    {t(`langs.${l}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        {error && (
          <div className="alert error" role="alert">
            {error}
          </div>
        )}
      </DialogForm>
    </Dialog>
  );
}
