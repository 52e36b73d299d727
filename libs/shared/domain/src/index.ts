export * from './fiscal-year';
export * from './japan-time';
export * from './locale';
export * from './password-policy';
export * from './roles';
export * from './corporate-number';
export * from './mail-topics';
