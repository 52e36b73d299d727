import { CreateNotificationOutbox1764070000000 } from './1764070000000-create-notification-outbox';

/** Every migration in order. Listed explicitly so the compiled server and Jest load the same set. */
export const migrations = [CreateNotificationOutbox1764070000000];
