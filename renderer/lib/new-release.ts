import { send } from '../api/client.js';
import type { Lang } from '../../electron/model/common.js';

export function createBlankRelease(lang: Lang) {
  return send('releases.create', { data: { lang, history: [] } });
}
