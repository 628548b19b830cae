import type { HandlersFor } from './define.js';
import type { Contract } from './contract.js';
import { entityHandlers } from './handlers/entities.js';
import { libraryHandlers } from './handlers/library.js';
import { exportHandlers } from './handlers/export.js';
import { desktopHandlers } from './handlers/desktop.js';
import { importHandlers } from './handlers/import.js';
import { sampleHandlers } from './handlers/sample.js';
import { outreachHandlers } from './handlers/outreach.js';

export const handlers: HandlersFor<Contract> = {
  ...sampleHandlers,
  ...libraryHandlers,
  ...entityHandlers,
  ...exportHandlers,
  ...desktopHandlers,
  ...importHandlers,
  ...outreachHandlers,
};
