export { AccountMenu } from './account-menu';
export { accountRoutes } from './routes';
export { meQueryKey, useMe } from './session';
