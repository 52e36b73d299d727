import {
  CONSULTATION_PLACE_LABELS,
  CONSULTATION_TOPIC_LABELS,
  FOUNDING_STAGE_LABELS,
  type ConsultationBookingStatus,
  type ConsultationPlace,
  type ConsultationTopic,
  type FoundingArea,
  type FoundingStage,
} from '@asaka/domain';
import type { TFunction } from 'i18next';
import type { Language } from '../../i18n/i18n';

/**
 * The codes the consultation API sends, in words. Topics, places and stages have their ja/en
 * labels in the domain (the mails use the same ones); areas and statuses are the page's own words.
 */
export const topicLabel = (topic: ConsultationTopic, language: Language) => CONSULTATION_TOPIC_LABELS[topic][language];
export const placeLabel = (place: ConsultationPlace, language: Language) => CONSULTATION_PLACE_LABELS[place][language];
export const stageLabel = (stage: FoundingStage, language: Language) => FOUNDING_STAGE_LABELS[stage][language];

const areaKeys = { management: 'management', finance: 'finance', 'human-resources': 'humanResources', 'sales-channels': 'salesChannels' } as const satisfies Record<FoundingArea, string>;
export const areaLabel = (t: TFunction, area: FoundingArea) => t(`consultations.areas.${areaKeys[area]}`);

const statusKeys = { booked: 'booked', cancelled: 'cancelled', held: 'held', 'no-show': 'noShow' } as const satisfies Record<ConsultationBookingStatus, string>;
export const statusLabel = (t: TFunction, status: ConsultationBookingStatus) => t(`consultations.statuses.${statusKeys[status]}`);

/** Status in words first; the badge's colour only repeats it (see theme.css). */
export function StatusBadge({ status, t }: { status: ConsultationBookingStatus; t: TFunction }) {
  return <span className={`badge badge--consultation-${status}`}>{statusLabel(t, status)}</span>;
}
