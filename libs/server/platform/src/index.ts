export * from './config/app-config';
export * from './config/config.module';
export * from './database/data-source-options';
export * from './database/snake-naming.strategy';
export * from './http/app-error';
export * from './http/error-response';
export * from './http/error.filter';
