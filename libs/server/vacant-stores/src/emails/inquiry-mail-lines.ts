import type { Locale } from '@asaka/domain';

/** How much of a message a mail quotes: enough to know what it is about; the thread has the rest. */
export const MAILED_EXCERPT_LENGTH = 200;

export function excerpt(body: string, length = MAILED_EXCERPT_LENGTH): string {
  const chars = [...body.trim()];
  return chars.length <= length ? chars.join('') : `${chars.slice(0, length).join('')}…`;
}

/**
 * Said in every mail about a thread: replies go through the portal, and neither party sees the
 * other's email address (this mail has no Reply-To, so answering it reaches no one).
 */
export const threadPrivacyNote: Record<Locale, string> = {
  ja: 'お返事はポータルのメッセージからお送りください。お互いのメールアドレスは相手に表示されません。このメールに返信しても相手には届きません。',
  en: 'Please reply through the portal’s messages. Neither of you sees the other’s email address, and replying to this mail does not reach them.',
};
