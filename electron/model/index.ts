export * from './common.js';
export * from './blocks.js';
export * from './entities.js';
export * from './library-document.js';
export * from './migrations.js';
export * from './errors.js';
export * from './entity-registry.js';
export * from './person-name.js';
