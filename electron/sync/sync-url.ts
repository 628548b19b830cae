import { AppError } from '../model/errors.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * The team library's address: `https://host/db`, or plain `http://` only on this machine (a server
 * on loopback never crosses a network). Credentials never ride in the URL: they would end up in
 * logs and error messages. Returns the normalised address, without a trailing slash.
 */
export function checkSyncUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new AppError('INVALID_INPUT', {
      en: `"${input}" is not a web address. Give the database's address, for example https://couch.example.org/mediakit.`,
      fr: `«\u00a0${input}\u00a0» n’est pas une adresse Web. Indiquez l’adresse de la base, par exemple https://couch.example.org/mediakit.`,
    });
  }
  if (url.username || url.password) {
    throw new AppError('INVALID_INPUT', {
      en: 'Put the user name in its own field (--user), never in the address: an address is shown and logged.',
      fr: 'Indiquez le nom d’utilisateur dans son propre champ (--user), jamais dans l’adresse\u00a0: une adresse est affichée et journalisée.',
    });
  }
  const loopback = LOOPBACK.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new AppError('INVALID_INPUT', {
      en: `Only https:// addresses are accepted for a team library (http:// only for a server on this computer): ${url.origin}`,
      fr: `Seules les adresses https:// sont acceptées pour une bibliothèque d’équipe (http:// seulement pour un serveur sur cet ordinateur)\u00a0: ${url.origin}`,
    });
  }
  if (url.search || url.hash) {
    throw new AppError('INVALID_INPUT', { en: 'The address must not carry a query or a fragment.', fr: 'L’adresse ne doit contenir ni requête ni fragment.' });
  }
  const db = url.pathname.replace(/\/+$/, '');
  if (!/^\/[^/]+(?:\/[^/]+)*$/.test(db)) {
    throw new AppError('INVALID_INPUT', {
      en: `The address must name the database, for example ${url.origin}/mediakit.`,
      fr: `L’adresse doit nommer la base, par exemple ${url.origin}/mediakit.`,
    });
  }
  return `${url.origin}${db}`;
}
