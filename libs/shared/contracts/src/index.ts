export * from './common';
export * from './health';
export * from './auth';
export * from './admin';
export * from './organizations';
export * from './notifications';
export * from './vacant-stores';
