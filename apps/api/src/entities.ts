import { accountEntities } from '@asaka/accounts';
import { consultationEntities } from '@asaka/consultations';
import { eventEntities } from '@asaka/events';
import { notificationEntities } from '@asaka/notifications';
import { platformEntities } from '@asaka/platform';
import { vacantStoreEntities } from '@asaka/vacant-stores';

/** Every entity the server maps; migrations must produce exactly this schema (schema.int-spec.ts). */
export const entities = [...platformEntities, ...accountEntities, ...notificationEntities, ...vacantStoreEntities, ...consultationEntities, ...eventEntities];
