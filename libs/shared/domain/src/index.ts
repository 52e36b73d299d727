export * from './fiscal-year';
export * from './japan-time';
export * from './locale';
