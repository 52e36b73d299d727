import { notificationEntities } from '@asaka/notifications';

/** Every entity the server maps; migrations must produce exactly this schema (schema.int-spec.ts). */
export const entities = [...notificationEntities];
