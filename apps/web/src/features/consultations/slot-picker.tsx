import type { Adviser, ConsultationSlotList } from '@asaka/contracts';
import type { ConsultationPlace, ConsultationTopic } from '@asaka/domain';
import { keepPreviousData } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { currentLanguage } from '../../i18n/i18n';
import { addDays, dayLabel, japanDateOf, japanToday, mondayOf, timeRange, weekDates } from './japan-calendar';

export type ConsultationSlot = ConsultationSlotList['items'][number];

export interface SlotFilters {
  topic?: ConsultationTopic;
  place?: ConsultationPlace;
  adviserId?: string;
}

/** How far ahead the picker goes: advisers plan about a quarter ahead. */
export const WEEKS_AHEAD = 12;

export const slotsPath = '/consultation-slots';

/** The first week that can be shown, and the last. */
export function weekBounds(today: string = japanToday()): { first: string; last: string } {
  const first = mondayOf(today);
  return { first, last: addDays(first, WEEKS_AHEAD * 7) };
}

/** A week's Monday from the address, kept within what the picker shows. */
export function weekFrom(value: string | null, today: string = japanToday()): string {
  const { first, last } = weekBounds(today);
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return first;
  const monday = mondayOf(value);
  return monday < first ? first : monday > last ? last : monday;
}

/**
 * The free slots of one week, Monday to Sunday, Japan time: a column per day on a wide screen and
 * a list of days on a phone (the same markup; theme.css lays it out). Each slot is a button whose
 * name says the whole time with its zone and, unless all are the same adviser's, whose they are,
 * so it reads completely out of context. Previous and next move a week; focus stays on the button
 * and the status line says which week and how many slots it has.
 */
export function SlotPicker({
  filters,
  week,
  onWeekChange,
  onPick,
  title,
  showAdviser = true,
  notice,
}: {
  filters: SlotFilters;
  week: string;
  onWeekChange: (monday: string) => void;
  onPick: (slot: ConsultationSlot, adviser: Adviser | undefined) => void;
  title: string;
  showAdviser?: boolean;
  /** Shown under the title, e.g. why the slot picked a moment ago could not be had. */
  notice?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const today = japanToday();
  const { first, last } = weekBounds(today);
  const days = weekDates(week);
  const sunday = days[6] ?? week;
  const from = week < today ? today : week;
  const slots = useApiQuery<ConsultationSlotList>(
    slotsPath,
    { from, to: sunday, topic: filters.topic, place: filters.place, adviserId: filters.adviserId },
    { placeholderData: keepPreviousData },
  );
  const ready = slots.data && !slots.isPlaceholderData;
  const advisers = new Map((slots.data?.advisers ?? []).map((adviser) => [adviser.id, adviser]));
  const byDay = new Map<string, ConsultationSlot[]>();
  for (const slot of ready ? (slots.data?.items ?? []) : []) {
    const date = japanDateOf(slot.startsAt);
    byDay.set(date, [...(byDay.get(date) ?? []), slot]);
  }
  const range = `${dayLabel(week, language)}〜${dayLabel(sunday, language)}`;

  let status: string;
  if (slots.isError) status = '';
  else if (!ready) status = t('consultations.picker.loading', { range });
  else if (slots.data.items.length === 0) status = t('consultations.picker.noneThisWeek', { range });
  else status = t('consultations.picker.count', { range, count: slots.data.items.length });

  return (
    <section aria-labelledby="slot-picker-title" className="slot-picker">
      <h2 id="slot-picker-title">{title}</h2>
      <p className="field__hint">{t('consultations.picker.zoneNote')}</p>
      {notice}
      <div className="slot-picker__bar">
        <Button className="button button--secondary button--small" isDisabled={week <= first} onPress={() => onWeekChange(addDays(week, -7))}>
          {t('consultations.picker.previousWeek')}
        </Button>
        <Button className="button button--secondary button--small" isDisabled={week >= last} onPress={() => onWeekChange(addDays(week, 7))}>
          {t('consultations.picker.nextWeek')}
        </Button>
      </div>
      <p role="status" className="result-count">
        {status}
      </p>
      {slots.isError && (
        <p role="alert" className="form-status__failed">
          {t('consultations.picker.failed')} {slots.error.message}
        </p>
      )}
      {ready && (
        <ol className="slot-week">
          {days.map((date) => {
            const daySlots = byDay.get(date) ?? [];
            const headingId = `slot-day-${date}`;
            return (
              <li key={date} className="slot-day" aria-labelledby={headingId} data-empty={daySlots.length === 0 || undefined}>
                <h3 id={headingId} className="slot-day__title">
                  {dayLabel(date, language)}
                  {date === today && <span className="slot-day__today"> {t('consultations.picker.today')}</span>}
                </h3>
                {daySlots.length === 0 ? (
                  <p className="slot-day__none">{date < today ? t('consultations.picker.past') : t('consultations.picker.none')}</p>
                ) : (
                  <ul className="slot-day__slots">
                    {daySlots.map((slot) => {
                      const adviser = advisers.get(slot.adviserId);
                      return (
                        <li key={`${slot.adviserId}-${slot.startsAt}`}>
                          <Button className="slot" onPress={() => onPick(slot, adviser)}>
                            <span className="slot__time">
                              <span className="visually-hidden">{dayLabel(date, language)} </span>
                              {timeRange(slot.startsAt, slot.endsAt, language)}
                              <span className="visually-hidden"> {t('consultations.zone')}</span>
                            </span>
                            {showAdviser && adviser && (
                              <>
                                <span className="visually-hidden"> </span>
                                <span className="slot__adviser">{adviser.displayName}</span>
                                <span className="visually-hidden"> </span>
                                <span className="slot__organization">{adviser.organizationName}</span>
                              </>
                            )}
                          </Button>
                        </li>
                      );
                    })}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
