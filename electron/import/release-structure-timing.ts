import type { Localized } from '../model/errors.js';
import type { Lang, Timing } from '../model/index.js';
import { parseEmbargo } from './timing.js';

/** Timing phase: the embargo's words read as a date in the release's language, else immediate. */
export function settleTiming(embargo: string | null, immediate: boolean, lang: Lang): { timing: Timing; warnings: Localized[] } {
  const warnings: Localized[] = [];
  if (embargo !== null) {
    const parsed = parseEmbargo(embargo, lang, warnings);
    if (parsed) return { timing: parsed, warnings };
    warnings.push({
      en: `The embargo "${embargo}" could not be read; the release is marked for immediate release.`,
      fr: `L’embargo «\u00a0${embargo}\u00a0» n’a pas pu être lu; le communiqué est marqué pour diffusion immédiate.`,
    });
  } else if (!immediate) {
    warnings.push({
      en: 'No release timing was stated: "immediate" assumed.',
      fr: 'Aucun moment de diffusion n’était indiqué\u00a0: diffusion «\u00a0immédiate\u00a0» retenue.',
    });
  }
  return { timing: { kind: 'immediate' }, warnings };
}
