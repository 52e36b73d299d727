export * from './api-app';
export * from './test-config';
export * from './test-database';
