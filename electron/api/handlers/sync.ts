import { AppError } from '../../model/errors.js';
import { collectionOfId } from '../../sync/entity-documents.js';
import { leaveSync, processCredentials, setupSync, syncServiceFor, type SyncStatus } from '../../sync/index.js';
import type { SyncService } from '../../sync/sync-service.js';
import type { HandlerContext, HandlersFor } from '../define.js';
import type { syncMethods } from '../contract/sync.js';

const NOT_IN_TEAM: SyncStatus = {
  configured: false,
  url: null,
  user: null,
  phase: 'off',
  live: false,
  pending: 0,
  conflicts: [],
  refused: [],
  notices: [],
  lastSync: null,
  lastError: null,
  passwordKnown: false,
};

const credentialsOf = (ctx: HandlerContext) => ctx.credentials ?? processCredentials;

async function service(ctx: HandlerContext): Promise<SyncService> {
  const found = await syncServiceFor(ctx.library, credentialsOf(ctx));
  if (!found) {
    throw new AppError('SYNC_NOT_SET_UP', {
      en: 'This library is not in a team library yet: join one in Settings → Team library, or with `mediakit sync setup --url URL`.',
      fr: 'Cette bibliothèque ne fait pas encore partie d’une bibliothèque d’équipe\u00a0: rejoignez-en une dans Réglages → Bibliothèque d’équipe, ou avec `mediakit sync setup --url URL`.',
    });
  }
  return found;
}

export const syncHandlers: HandlersFor<typeof syncMethods> = {
  'sync.status': async (_input, ctx) => (await (await syncServiceFor(ctx.library, credentialsOf(ctx)))?.status()) ?? NOT_IN_TEAM,
  'sync.setup': async (input, ctx) => (await setupSync(ctx.library, input, credentialsOf(ctx))).status(),
  'sync.run': async (_input, ctx) => (await service(ctx)).syncOnce(),
  'sync.start': async (_input, ctx) => {
    const s = await service(ctx);
    await s.start();
    return s.status();
  },
  'sync.stop': async (_input, ctx) => {
    const s = await service(ctx);
    await s.stop();
    return s.status();
  },
  'sync.leave': async (_input, ctx) => {
    await leaveSync(ctx.library);
    return NOT_IN_TEAM;
  },
  'sync.conflicts': async (_input, ctx) => (await service(ctx)).conflicts(),
  'sync.resolve': async (input, ctx) => {
    const entity = await (await service(ctx)).resolve(input.id, input.choice === 'merge' ? { choice: 'merge', fields: input.fields } : { choice: input.choice });
    return { id: entity.id, collection: collectionOfId(entity.id) ?? 'releases' };
  },
};
