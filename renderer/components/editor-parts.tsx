import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGS, type Lang } from '../../electron/model/constants.js';
import type { SaveState } from '../lib/autosave.js';
import { SaveIndicator } from './save-state.js';

/**
 * The pieces every editor screen (release, kit) is made of, written once: the sticky header with its
 * breadcrumb, title, save state and actions; the language select; and a labelled field whose hint
 * is a description (aria-describedby), never part of the label, so a live counter does not change
 * the field's accessible name while the officer types.
 */
export function EditorHeader({ parent, titleId, title, save, children }: { parent: { href: string; label: string }; titleId: string; title: string; save: SaveState; children: ReactNode }) {
  return (
    <div className="screen-head sticky">
      <div className="crumbs">
        <a href={parent.href}>{parent.label}</a>
        <span aria-hidden="true">/</span>
        <h1 id={titleId} title={title}>
          {title}
        </h1>
      </div>
      <div className="head-actions">
        <SaveIndicator state={save} />
        {children}
      </div>
    </div>
  );
}

export interface FieldControl {
  id: string;
  'aria-describedby'?: string;
}

/** A label, its control (given the ids to wire), and an optional hint read as the control's description. */
export function Field({ id: given, label, hint, warn, className, children }: { id?: string; label: string; hint?: ReactNode; warn?: boolean; className?: string; children: (control: FieldControl) => ReactNode }) {
  const auto = useId();
  const id = given ?? auto;
  const hintId = `${id}-hint`;
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children(hint ? { id, 'aria-describedby': hintId } : { id })}
      {hint && (
        <span id={hintId} className={warn ? 'hint warning-text' : 'hint'}>
          {hint}
        </span>
      )}
    </div>
  );
}

/** The language of a release or a kit, by name ("Français (Québec)"), never by code. */
export function LangSelect({ value, onChange, label, id }: { value: Lang; onChange: (lang: Lang) => void; label?: string; id?: string }) {
  const { t } = useTranslation();
  const select = (control: FieldControl) => (
    <select {...control} value={value} onChange={(e) => onChange(e.target.value as Lang)}>
      {LANGS.map((l) => (
        <option key={l} value={l}>
          {t(`langs.${l}`)}
        </option>
      ))}
    </select>
  );
  return id ? select({ id }) : <Field label={label ?? t('releases.language')}>{select}</Field>;
}

/** "Français (Québec) · Headline": how a release is named in pickers. */
export function useReleaseLabel(): (r: { lang: Lang; headline: string }) => string {
  const { t } = useTranslation();
  return (r) => `${t(`langs.${r.lang}`)} · ${r.headline || t('common.untitled')}`;
}
