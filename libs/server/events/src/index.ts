import { CityEvent } from './city-event.entity';
import { EventRegistration } from './event-registration.entity';

export { EventAttendanceModule, EventsJobsModule, EventsModule } from './events.module';
export const eventEntities = [CityEvent, EventRegistration];
/** Attended seminars with dates and areas, for the founding pathway (特定創業支援等事業). */
export { EventAttendance, type AttendedSeminar } from './attendance/event-attendance';
/** Events held and attendance by fiscal year, for the KPI dashboard (就職相談会開催回数). */
export { EventKpi } from './attendance/event-kpi';
export { seedDemoEvents } from './demo/demo-events';
