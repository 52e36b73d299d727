import { CreateNotificationOutbox1764070000000 } from './1764070000000-create-notification-outbox';
import { CreateAccounts1764080000000 } from './1764080000000-create-accounts';
import { CreateOrganizationsAndAudit1764090000000 } from './1764090000000-create-organizations-and-audit';
import { AddMailPreferences1764100000000 } from './1764100000000-add-mail-preferences';
import { AddInvitationsAndCounterRegistration1764110000000 } from './1764110000000-add-invitations-and-counter-registration';
import { CreateVacantStores1764120000000 } from './1764120000000-create-vacant-stores';
import { CreateVacantStorePhotos1764130000000 } from './1764130000000-create-vacant-store-photos';
import { CreateStoreInquiries1764140000000 } from './1764140000000-create-store-inquiries';
import { CreateSavedSearches1764150000000 } from './1764150000000-create-saved-searches';
import { CreateConsultations1764160000000 } from './1764160000000-create-consultations';
import { AddVacantStoreSearchVersion1764170000000 } from './1764170000000-add-vacant-store-search-version';
import { CreateEvents1764180000000 } from './1764180000000-create-events';
import { ConsultationRecordsAndFounding1764190000000 } from './1764190000000-consultation-records-and-founding';
import { GenericCacheVersion1764200000000 } from './1764200000000-generic-cache-version';
import { ConsultationBookFunction1764210000000 } from './1764210000000-consultation-book-function';

/** Every migration in order. Listed explicitly so the compiled server and Jest load the same set. */
export const migrations = [
  CreateNotificationOutbox1764070000000,
  CreateAccounts1764080000000,
  CreateOrganizationsAndAudit1764090000000,
  AddMailPreferences1764100000000,
  AddInvitationsAndCounterRegistration1764110000000,
  CreateVacantStores1764120000000,
  CreateVacantStorePhotos1764130000000,
  CreateStoreInquiries1764140000000,
  CreateSavedSearches1764150000000,
  CreateConsultations1764160000000,
  AddVacantStoreSearchVersion1764170000000,
  CreateEvents1764180000000,
  ConsultationRecordsAndFounding1764190000000,
  GenericCacheVersion1764200000000,
  ConsultationBookFunction1764210000000,
];
