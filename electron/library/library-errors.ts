import { AppError } from '../model/errors.js';

/** File-system failures put in words for the officer, in French and English: the library is never left half-written. */

export const FS_WRITE_CODES = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM']);

export function openFailed(dir: string, err: unknown): AppError {
  const { why, pourquoi } = reasonOf(err);
  return new AppError(
    'WRITE_FAILED',
    {
      en: `Could not open the library ${dir}: ${why}. Nothing you saved was changed; fix this and open it again.`,
      fr: `Impossible d’ouvrir la bibliothèque ${dir} : ${pourquoi}. Rien de ce que vous avez enregistré n’a été modifié; réglez le problème et ouvrez-la de nouveau.`,
    },
    { errno: (err as NodeJS.ErrnoException).code ?? '' },
  );
}

function reasonOf(err: unknown): { why: string; pourquoi: string } {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  const why =
    code === 'ENOSPC' || code === 'EDQUOT' ? 'the disk is full'
    : code === 'EROFS' ? 'the folder is read-only'
    : code === 'EACCES' || code === 'EPERM' ? 'permission was denied'
    : (err as Error).message;
  const pourquoi =
    code === 'ENOSPC' || code === 'EDQUOT' ? 'le disque est plein'
    : code === 'EROFS' ? 'le dossier est en lecture seule'
    : code === 'EACCES' || code === 'EPERM' ? 'l’accès a été refusé'
    : (err as Error).message;
  return { why, pourquoi };
}

export function writeError(target: string, err: unknown): AppError {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  const { why, pourquoi } = reasonOf(err);
  return new AppError(
    'WRITE_FAILED',
    {
      en: `Could not save to ${target}: ${why}. Nothing was lost: your last saved state is intact, and the change can be saved again once this is fixed.`,
      fr: `Impossible d’enregistrer dans ${target}\u00a0: ${pourquoi}. Rien n’a été perdu\u00a0: le dernier état enregistré est intact, et la modification pourra être enregistrée de nouveau une fois le problème réglé.`,
    },
    { errno: code },
  );
}
