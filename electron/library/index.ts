export { Library, type LibraryInfo, type OpenOptions } from './library.js';
export { listBackups, restoreBackup, type BackupInfo } from './backups.js';
export { sha256Hex } from './file-store.js';
export type { SearchHit } from './search-documents.js';
