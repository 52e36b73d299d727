import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@asaka/domain';
import type { FastifyRequest } from 'fastify';

export const ACCESS_METADATA = 'asaka:access';

export type AccessRule = { kind: 'anyone' } | { kind: 'signed-in' } | { kind: 'roles'; roles: Role[] };

/**
 * Who may call a route. Every route declares one: the guard refuses routes that declare nothing,
 * and a test lists every route of the OpenAPI document with its rule. Ownership ("is this store
 * mine?") is checked in the service, next to the query.
 */
export const Access = {
  anyone: () => SetMetadata(ACCESS_METADATA, { kind: 'anyone' } satisfies AccessRule),
  signedIn: () => SetMetadata(ACCESS_METADATA, { kind: 'signed-in' } satisfies AccessRule),
  roles: (...roles: [Role, ...Role[]]) => SetMetadata(ACCESS_METADATA, { kind: 'roles', roles } satisfies AccessRule),
};

/** The signed-in person making a request, as the session says. */
export interface Principal {
  userId: string;
  /** The roles in force for this session: staff and admin only once the second factor passed. */
  roles: Role[];
  /** Roles held but not in force because this session has not passed the second factor. */
  pendingRoles: Role[];
  locale: 'ja' | 'en';
  sessionTokenHash: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}

/** The signed-in person; only on routes whose rule requires sign-in. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<FastifyRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a route that does not require sign-in');
  return principal;
});

/** The signed-in person if there is one, on routes open to anyone (`@Access.anyone()`); otherwise null. */
export const OptionalPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal | null => context.switchToHttp().getRequest<FastifyRequest>().principal ?? null,
);

/** Staff and admins moderate and read across organizations (with their reads audited). */
export function isStaff(principal: Principal | null | undefined): boolean {
  return !!principal && (principal.roles.includes('staff') || principal.roles.includes('admin'));
}
