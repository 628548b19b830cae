import { AppError } from '../model/errors.js';
import type { PouchError } from './pouch.js';

const NETWORK = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|EHOSTUNREACH|ENETUNREACH|socket hang up|network|Failed to fetch|request to .* failed/i;
const TLS = /certificate|CERT_|SELF_SIGNED|UNABLE_TO_VERIFY|TLS|SSL/i;

/**
 * A sync failure in words an officer can act on. Whatever the cause, the local library is
 * untouched by a failed sync, and the message says so. Never contains the password: PouchDB sends
 * it in a header, and any echo of it is masked here all the same.
 */
export function syncError(err: unknown, url: string, user: string, password: string | null): AppError {
  if (err instanceof AppError) return err;
  const e = (err ?? {}) as PouchError & { cause?: PouchError };
  const raw = `${e.message ?? ''} ${e.reason ?? ''} ${e.code ?? ''} ${e.cause?.code ?? ''} ${e.cause?.message ?? ''}`;
  const text = password ? raw.split(password).join('***') : raw;
  const untouched = { en: 'Your library is unchanged.', fr: 'Votre bibliothèque n’a pas changé.' };
  if (e.status === 401) {
    return new AppError('SYNC_AUTH', {
      en: `The server at ${url} refused the user name or password${user ? ` for “${user}”` : ''}. ${untouched.en}`,
      fr: `Le serveur ${url} a refusé le nom d’utilisateur ou le mot de passe${user ? ` de «\u00a0${user}\u00a0»` : ''}. ${untouched.fr}`,
    });
  }
  if (e.status === 403) {
    return new AppError('SYNC_AUTH', {
      en: `${user || 'This user'} may not use the database ${url}: ask its administrator for access. ${untouched.en}`,
      fr: `${user || 'Cet utilisateur'} n’a pas accès à la base ${url}\u00a0: demandez l’accès à son administrateur. ${untouched.fr}`,
    });
  }
  if (e.status === 404) {
    return new AppError('SYNC_FAILED', {
      en: `There is no database at ${url}: check the address, or ask the administrator to create it (docs/TEAM.md). ${untouched.en}`,
      fr: `Aucune base à l’adresse ${url}\u00a0: vérifiez l’adresse ou demandez à l’administrateur de la créer (docs/TEAM.md). ${untouched.fr}`,
    });
  }
  if (TLS.test(text)) {
    return new AppError('SYNC_UNREACHABLE', {
      en: `The server ${url} did not present a certificate this computer trusts, so nothing was sent. ${untouched.en}`,
      fr: `Le serveur ${url} n’a pas présenté de certificat auquel cet ordinateur se fie\u00a0: rien n’a été envoyé. ${untouched.fr}`,
    });
  }
  if (NETWORK.test(text) || e.status === 0 || e.status === 502 || e.status === 503 || e.status === 504) {
    return new AppError('SYNC_UNREACHABLE', {
      en: `Cannot reach ${url} (offline, or the server is down). ${untouched.en} It will sync when the server can be reached.`,
      fr: `Impossible de joindre ${url} (hors ligne, ou serveur arrêté). ${untouched.fr} La synchronisation reprendra quand le serveur sera joignable.`,
    });
  }
  const detail = text.trim().replace(/\s+/g, ' ').slice(0, 200) || 'unknown error';
  return new AppError('SYNC_FAILED', { en: `Sync with ${url} failed: ${detail}`, fr: `La synchronisation avec ${url} a échoué\u00a0: ${detail}` });
}
