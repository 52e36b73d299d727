import type { EventStatus } from '@asaka/domain';
import { useTranslation } from 'react-i18next';

/** An event's status in words; the colour only repeats it. */
export function EventStatusBadge({ status }: { status: EventStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--event-status-${status}`}>{t(`events.eventStatuses.${status}`)}</span>;
}
