import { NotificationAttempt } from './notification-attempt.entity';
import { Notification } from './notification.entity';

export { Notification, NotificationAttempt };
export const notificationEntities = [Notification, NotificationAttempt];
