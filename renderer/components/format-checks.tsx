import { useTranslation } from 'react-i18next';

/** The file formats to write or attach, each with its hint: the same choice in export and outreach. */
export function FormatChecks<F extends string>({
  legend,
  options,
  chosen,
  onChange,
}: {
  legend: string;
  options: readonly F[];
  chosen: readonly F[];
  onChange: (next: F[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="field-group">
      <legend>{legend}</legend>
      <div className="checks">
        {options.map((f) => (
          <label key={f} className="check">
            <input
              type="checkbox"
              checked={chosen.includes(f)}
              onChange={(e) => onChange(e.target.checked ? [...chosen, f] : chosen.filter((x) => x !== f))}
            />
            <span>
              <strong>{f.toUpperCase()}</strong> <span className="muted">{t(`export.formatHint.${f}`)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
