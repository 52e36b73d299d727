import type { DeliveryLogEntry } from '@asaka/contracts';
import type { TFunction } from 'i18next';

/**
 * The codes the API records (audit actions, target types, mail templates, statuses) in words.
 * A code this version of the app does not know yet is shown as it is, never hidden.
 */

const auditActions = {
  'personal-data.read': 'personalDataRead',
  'user.roles.set': 'userRolesSet',
  'user.status.set': 'userStatusSet',
  'user.registered-at-counter': 'userRegisteredAtCounter',
  'user.deleted': 'userDeleted',
  'organization.member.invited': 'organizationMemberInvited',
  'organization.member.removed': 'organizationMemberRemoved',
  'notification.resend': 'notificationResend',
  'vacant-store.registered-on-behalf': 'vacantStoreRegisteredOnBehalf',
  'vacant-store.updated-on-behalf': 'vacantStoreUpdatedOnBehalf',
  'vacant-store.photo-added-on-behalf': 'vacantStorePhotoAddedOnBehalf',
  'vacant-store.photo-deleted-on-behalf': 'vacantStorePhotoDeletedOnBehalf',
  'vacant-store.photos-reordered-on-behalf': 'vacantStorePhotosReorderedOnBehalf',
  'vacant-store.submit': 'vacantStoreSubmit',
  'vacant-store.publish': 'vacantStorePublish',
  'vacant-store.reject': 'vacantStoreReject',
  'vacant-store.withdraw': 'vacantStoreWithdraw',
  'vacant-store.reopen': 'vacantStoreReopen',
  'vacant-store.close': 'vacantStoreClose',
  'vacant-store.mark-let': 'vacantStoreMarkLet',
  'vacant-store.match-confirmed': 'vacantStoreMatchConfirmed',
  'store-inquiry.message-on-behalf': 'storeInquiryMessageOnBehalf',
  'store-inquiry.close': 'storeInquiryClose',
  'adviser.created': 'adviserCreated',
  'adviser.updated': 'adviserUpdated',
  'adviser.availability-set': 'adviserAvailabilitySet',
  'consultation-settings.updated': 'consultationSettingsUpdated',
  'consultation-booking.entered-by-staff': 'consultationBookingEnteredByStaff',
  'consultation-booking.cancelled': 'consultationBookingCancelled',
  'consultation-booking.rescheduled': 'consultationBookingRescheduled',
  'consultation-booking.outcome-marked': 'consultationBookingOutcomeMarked',
  'consultation-record.written': 'consultationRecordWritten',
  'consultation-record.updated': 'consultationRecordUpdated',
  'founding-report.confirmed': 'foundingReportConfirmed',
  'founding-report.rejected': 'foundingReportRejected',
  'event.created': 'eventCreated',
  'event.updated': 'eventUpdated',
  'event.publish': 'eventPublish',
  'event.cancel': 'eventCancel',
  'event.finish': 'eventFinish',
  'event-registration.cancelled-by-staff': 'eventRegistrationCancelledByStaff',
  'event-registration.checked-in': 'eventRegistrationCheckedIn',
} as const;
export type KnownAuditAction = keyof typeof auditActions;
export const knownAuditActions = Object.keys(auditActions) as KnownAuditAction[];

const targetTypes = {
  user: 'user',
  'user-list': 'userList',
  organization: 'organization',
  'delivery-log': 'deliveryLog',
  notification: 'notification',
  'vacant-store': 'vacantStore',
  'store-inquiry': 'storeInquiry',
  'vacant-store-seekers': 'vacantStoreSeekers',
  adviser: 'adviser',
  'consultation-settings': 'consultationSettings',
  'consultation-booking': 'consultationBooking',
  'consultation-record': 'consultationRecord',
  event: 'event',
  'event-registration': 'eventRegistration',
  'event-attendance': 'eventAttendance',
  'founding-report': 'foundingReport',
  'founding-report-list': 'foundingReportList',
  'founding-pathway': 'foundingPathway',
  'founding-pathway-list': 'foundingPathwayList',
} as const;
export type KnownTargetType = keyof typeof targetTypes;
export const knownTargetTypes = Object.keys(targetTypes) as KnownTargetType[];

const templates = {
  'verify-email': 'verifyEmail',
  'account-exists': 'accountExists',
  'password-reset': 'passwordReset',
  'organization-invitation': 'organizationInvitation',
  'counter-welcome': 'counterWelcome',
  notice: 'notice',
  'store-inquiry-received': 'storeInquiryReceived',
  'store-inquiry-message': 'storeInquiryMessage',
  'store-inquiry-quiet': 'storeInquiryQuiet',
  'store-let-confirmation': 'storeLetConfirmation',
  'vacant-store-renewal': 'vacantStoreRenewal',
  'saved-search-alert': 'savedSearchAlert',
  'saved-search-digest': 'savedSearchDigest',
  'consultation-booked': 'consultationBooked',
  'consultation-rescheduled': 'consultationRescheduled',
  'consultation-cancelled': 'consultationCancelled',
  'consultation-reminder': 'consultationReminder',
  'event-registered': 'eventRegistered',
  'event-waitlisted': 'eventWaitlisted',
  'event-promoted': 'eventPromoted',
  'event-registration-cancelled': 'eventRegistrationCancelled',
  'event-reminder': 'eventReminder',
  'event-changed': 'eventChanged',
  'event-cancelled': 'eventCancelled',
  'founding-report-decided': 'foundingReportDecided',
} as const;
export type KnownTemplate = keyof typeof templates;
export const knownTemplates = Object.keys(templates) as KnownTemplate[];

const has = <T extends object>(map: T, key: string): key is Extract<keyof T, string> => Object.prototype.hasOwnProperty.call(map, key);

export function auditActionLabel(t: TFunction, action: string): string {
  return has(auditActions, action) ? t(`staff.audit.actions.${auditActions[action]}`) : action;
}

export function targetTypeLabel(t: TFunction, targetType: string): string {
  return has(targetTypes, targetType) ? t(`staff.audit.targetTypes.${targetTypes[targetType]}`) : targetType;
}

export function templateLabel(t: TFunction, template: string): string {
  return has(templates, template) ? t(`staff.deliveries.templates.${templates[template]}`) : template;
}

/**
 * A mail's state in words. A mail back in the queue after a failed attempt is waiting to be
 * retried, which is what staff need to know about it.
 */
export function deliveryStatusLabel(t: TFunction, entry: Pick<DeliveryLogEntry, 'status' | 'attempts'>): string {
  if (entry.status === 'queued' && entry.attempts > 0) return t('staff.deliveries.statuses.retryWaiting');
  return t(`staff.deliveries.statuses.${entry.status}`);
}

export function attemptOutcomeLabel(t: TFunction, outcome: DeliveryLogEntry['deliveryAttempts'][number]['outcome']): string {
  return t(`staff.deliveries.outcomes.${outcome}`);
}

/** The known codes, plus the one in the address if this version of the app does not know it. */
export function withCurrent(known: readonly string[], current: string): string[] {
  return current && !known.includes(current) ? [...known, current] : [...known];
}
