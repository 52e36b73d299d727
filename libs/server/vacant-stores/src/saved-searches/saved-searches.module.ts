import { Module } from '@nestjs/common';
import { NotificationsCoreModule, NotificationsModule } from '@asaka/notifications';
import { DailyDigestJob } from './daily-digest.job';
import { SavedSearchAlerts } from './saved-search-alerts';
import { SavedSearchDigests } from './saved-search-digests';
import { SavedSearchHitsRepository } from './saved-search-hits.repository';
import { SavedSearchesController } from './saved-searches.controller';
import { SavedSearchesRepository } from './saved-searches.repository';
import { SavedSearchesService } from './saved-searches.service';

/**
 * Saved searches (API side): the person's own searches, and the alerts recorded when a store is
 * published (`SavedSearchAlerts`, called by the review flow). `SavedSearchDigests` is here too so
 * that tests and operators can run a digest through the API process.
 *
 * Kept in its own folder with `kind` on every row: when job openings get saved searches, this
 * folder moves to a context of its own with one matcher per kind.
 */
@Module({
  imports: [NotificationsModule],
  controllers: [SavedSearchesController],
  providers: [SavedSearchesService, SavedSearchesRepository, SavedSearchHitsRepository, SavedSearchAlerts, SavedSearchDigests],
  exports: [SavedSearchAlerts],
})
export class SavedSearchesModule {}

/** Worker side: the 08:00 digest. */
@Module({
  imports: [NotificationsCoreModule],
  providers: [SavedSearchHitsRepository, SavedSearchDigests, DailyDigestJob],
})
export class SavedSearchesJobsModule {}
