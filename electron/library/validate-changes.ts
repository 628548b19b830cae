import type { z } from 'zod';
import { AppError } from '../model/errors.js';
import { COLLECTIONS, ENTITY_SCHEMAS, type LibraryDocument } from '../model/library-document.js';
import { ENTITY_KINDS } from '../model/constants.js';
import { Settings } from '../model/entities.js';
import { sameJson } from './validated-state.js';

/**
 * Only what changed is validated (immer keeps unchanged entities by reference), so a save stays cheap at scale.
 * Returns whether every changed entity is exactly what validation returns (the document stays canonical).
 */
export function validateChanges(before: LibraryDocument, after: LibraryDocument): boolean {
  let canonical = true;
  for (const c of COLLECTIONS) {
    const prev = before[c] as readonly object[];
    const next = after[c] as readonly { id: string }[];
    if (prev === next) continue;
    const old = new Set<object>(prev);
    const ids = new Set<string>();
    const schema: z.ZodType = ENTITY_SCHEMAS[c];
    for (const entity of next) {
      if (ids.has(entity.id)) {
        throw new AppError('INVALID_INPUT', { en: `Two ${c} share the id ${entity.id}.`, fr: `Deux ${ENTITY_KINDS[c].nouns.frMany} ont le même identifiant ${entity.id}.` });
      }
      ids.add(entity.id);
      if (old.has(entity)) continue;
      const result = schema.safeParse(entity);
      if (!result.success) {
        const first = result.error.issues[0];
        throw new AppError(
          'INVALID_INPUT',
          {
            en: `Invalid ${c.replace(/s$/, '')} ${entity.id}: ${first ? `${first.path.join('.')}: ${first.message}` : 'invalid'}`,
            fr: `Données invalides (${ENTITY_KINDS[c].nouns.fr} ${entity.id})\u00a0: ${first ? `${first.path.join('.')}\u00a0: ${first.message}` : 'invalide'}`,
          },
          { issues: result.error.issues },
        );
      }
      canonical &&= sameJson(entity, result.data);
    }
  }
  if (before.settings !== after.settings) {
    const result = Settings.safeParse(after.settings);
    if (!result.success) {
      const why = result.error.issues[0]?.message ?? '';
      throw new AppError('INVALID_INPUT', { en: `Invalid settings: ${why}`, fr: `Réglages invalides\u00a0: ${why}` });
    }
    canonical &&= sameJson(after.settings, result.data);
  }
  return canonical;
}
