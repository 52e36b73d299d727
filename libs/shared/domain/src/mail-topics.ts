/**
 * Optional mails, by topic: a person turns each on or off. Critical mails (verification, booking
 * confirmations, reminders, decisions) have no topic and always go.
 */
export const OPTIONAL_MAIL_TOPICS = ['saved-search-alerts', 'daily-digest', 'portal-news'] as const;
export type OptionalMailTopic = (typeof OPTIONAL_MAIL_TOPICS)[number];
