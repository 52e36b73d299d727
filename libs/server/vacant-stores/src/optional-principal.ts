import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Principal } from '@asaka/platform';

/** The signed-in person if there is one, on routes open to anyone (`@Access.anyone()`); otherwise null. */
export const OptionalPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal | null => {
  return context.switchToHttp().getRequest<FastifyRequest>().principal ?? null;
});
