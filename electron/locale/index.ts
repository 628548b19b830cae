export * from './langs.js';
export * from './dates.js';
export * from './labels.js';
export * from './typography.js';
