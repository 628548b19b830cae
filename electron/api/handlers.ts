import type { HandlersFor } from './define.js';
import type { Contract } from './contract.js';
import { entityHandlers } from './handlers/entities.js';
import { libraryHandlers } from './handlers/library.js';
import { exportHandlers } from './handlers/export.js';
import { desktopHandlers } from './handlers/desktop.js';
import { importHandlers } from './handlers/import.js';

export const handlers: HandlersFor<Contract> = {
  ...libraryHandlers,
  ...entityHandlers,
  ...exportHandlers,
  ...desktopHandlers,
  ...importHandlers,
};
