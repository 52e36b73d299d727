import { SetMetadata } from '@nestjs/common';

export const ACCESS_METADATA = 'asaka:access';

/**
 * Declares that anyone, signed in or not, may call a route. Every route declares who may call it;
 * the accounts issue adds the role-based declarations and the guard that refuses undeclared routes.
 */
export const Public = () => SetMetadata(ACCESS_METADATA, { kind: 'public' });
