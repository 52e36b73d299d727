/** The BullMQ queue that carries outbox rows to the email processor. */
export const EMAIL_QUEUE = 'email';

export interface SendEmailJob {
  notificationId: string;
}

/** BullMQ refuses bare integers as job ids; the row id keeps relaying idempotent. */
export const jobIdFor = (notificationId: string) => `outbox-${notificationId}`;
