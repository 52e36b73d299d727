import type { Adviser } from '@asaka/contracts';
import type { AdviserRecord, AvailabilityRecord } from './advisers.repository';

/** An adviser as the API shows them; `details` only for the adviser themself and staff. */
export function adviserView(record: AdviserRecord, details: AvailabilityRecord | null): Adviser {
  return {
    id: record.id,
    displayName: record.displayName,
    organizationName: record.organizationName,
    jobTitle: record.jobTitle,
    introduction: record.introduction,
    areas: record.areas,
    topics: record.topics,
    places: record.places,
    slotMinutes: record.slotMinutes,
    active: record.active,
    details: details && {
      userId: record.userId,
      meetingUrl: record.meetingUrl,
      bufferMinutes: record.bufferMinutes,
      availability: {
        weeklyRules: details.weeklyRules.map((r) => ({ weekday: r.weekday, start: r.start, end: r.end })),
        exceptions: details.exceptions.map((e) => ({ date: e.date, windows: e.windows.map((w) => ({ start: w.start, end: w.end })), note: e.note })),
      },
    },
  };
}
