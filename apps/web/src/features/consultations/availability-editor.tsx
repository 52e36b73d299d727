import type { Adviser, AvailabilityInput } from '@asaka/contracts';
import { useMutation } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Button, Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { currentLanguage, type Language } from '../../i18n/i18n';
import { BusyButton, InputField } from '../../ui/form';
import {
  availabilityProblems,
  checkAvailability,
  dayPlan,
  draftOf,
  fieldId,
  newKey,
  nextWindow,
  timeChoices,
  WEEKDAY_ORDER,
  weekdayName,
  type AvailabilityDraft,
  type AvailabilityProblem,
  type ExceptionDraft,
  type WindowDraft,
} from './availability-values';
import { Choice } from './choice';
import { addDays, dayLabel, japanToday, mondayOf, weekDates } from './japan-calendar';
import { closedDay, type ClosedDay } from './japanese-holidays';

type SavedAvailability = NonNullable<Adviser['details']>['availability'];

/** A native select of quarter hours (type-ahead: "1", "3" goes to 13:00); its label's first part is for screen readers only. */
function TimeSelect({ id, hiddenLabel, label, value, onChange }: { id: string; hiddenLabel: string; label: string; value: string; onChange: (value: string) => void }) {
  return (
    <span className="time-select">
      <label htmlFor={id} className="time-select__label">
        <span className="visually-hidden">{hiddenLabel} </span>
        {label}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} className="field__input field__input--select time-select__input">
        {timeChoices(value).map((time) => (
          <option key={time} value={time}>
            {time}
          </option>
        ))}
      </select>
    </span>
  );
}

/** One opening window: start 〜 end, and a button that removes it (named with the window it removes). */
function WindowRow({
  where,
  index,
  window,
  ids,
  onChange,
  onRemove,
  language,
}: {
  where: string;
  index: number;
  window: WindowDraft;
  ids: { start: string; end: string };
  onChange: (window: WindowDraft) => void;
  onRemove: () => void;
  language: Language;
}) {
  const { t } = useTranslation();
  const hidden = t('consultations.availability.windowName', { where, n: index + 1 });
  return (
    <li className="window-row">
      <TimeSelect id={ids.start} hiddenLabel={hidden} label={t('consultations.availability.start')} value={window.start} onChange={(start) => onChange({ ...window, start })} />
      <span aria-hidden="true" className="window-row__dash">
        〜
      </span>
      <TimeSelect id={ids.end} hiddenLabel={hidden} label={t('consultations.availability.end')} value={window.end} onChange={(end) => onChange({ ...window, end })} />
      <Button
        className="button button--secondary button--small"
        aria-label={t('consultations.availability.removeWindowLabel', { where, range: `${window.start}${language === 'ja' ? '〜' : '–'}${window.end}` })}
        onPress={onRemove}
      >
        {t('consultations.availability.removeWindow')}
      </Button>
    </li>
  );
}

/**
 * The adviser's availability as a week: the opening hours of each weekday (add and remove windows
 * of quarter hours, all with buttons and selects, nothing to drag), a check of any week as it will
 * really be (public holidays and 年末年始 closed unless an exception opens them), and the date
 * exceptions (a day closed, or open at given hours). Saved whole with `onSave`.
 */
export function AvailabilityEditor({
  availability,
  slotMinutes,
  bufferMinutes,
  onSave,
}: {
  availability: SavedAvailability;
  slotMinutes: number;
  bufferMinutes: number;
  onSave: (body: AvailabilityInput) => Promise<Adviser>;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [draft, setDraft] = useState<AvailabilityDraft>(() => draftOf(availability));
  const [problems, setProblems] = useState<{ list: AvailabilityProblem[]; general?: string; attempt: number } | null>(null);
  const [saved, setSaved] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const focusAfterRender = useRef<string | null>(null);
  const titleId = useId();
  const save = useMutation({ mutationFn: onSave });

  // Added and removed rows: focus goes to the new row, or to where the removed one was.
  useEffect(() => {
    if (!focusAfterRender.current) return;
    document.getElementById(focusAfterRender.current)?.focus();
    focusAfterRender.current = null;
  });
  useEffect(() => {
    if (problems) summary.current?.focus();
  }, [problems]);

  const edit = (next: (draft: AvailabilityDraft) => AvailabilityDraft, focus?: string) => {
    setDraft(next);
    setSaved(false);
    if (focus) focusAfterRender.current = focus;
  };
  const setWeekday = (weekday: number, windows: WindowDraft[], focus?: string) =>
    edit((previous) => ({ ...previous, weekly: previous.weekly.map((list, index) => (index === weekday ? windows : list)) }), focus);
  const setException = (key: string, change: (exception: ExceptionDraft) => ExceptionDraft, focus?: string) =>
    edit((previous) => ({ ...previous, exceptions: previous.exceptions.map((exception) => (exception.key === key ? change(exception) : exception)) }), focus);
  const addException = (exception: Omit<ExceptionDraft, 'key'>) => {
    const key = newKey('exception');
    edit((previous) => ({ ...previous, exceptions: [...previous.exceptions, { ...exception, key }] }), fieldId.exceptionDate(key));
  };

  const submit = () => {
    if (save.isPending) return;
    setSaved(false);
    const list = availabilityProblems(t, draft, language);
    const check = list.length === 0 ? checkAvailability(draft) : null;
    if (!check?.ok) {
      setProblems((previous) => ({ list, general: list.length === 0 ? t('form.checkInput') : undefined, attempt: (previous?.attempt ?? 0) + 1 }));
      return;
    }
    setProblems(null);
    save.mutate(check.body, {
      onSuccess: (adviser) => {
        if (adviser.details) setDraft(draftOf(adviser.details.availability));
        setSaved(true);
      },
      onError: (error) =>
        setProblems((previous) => ({ list: [], general: isApiError(error) ? error.message : t('form.networkError'), attempt: (previous?.attempt ?? 0) + 1 })),
    });
  };

  return (
    <div className="availability-editor">
      <p>{t('consultations.availability.lead', { minutes: slotMinutes, buffer: bufferMinutes })}</p>
      <p className="field__hint">{t('consultations.availability.zoneNote')}</p>
      <div role="alert" className="error-summary-region">
        {problems && (
          <div key={problems.attempt} ref={summary} tabIndex={-1} aria-labelledby={titleId} className="error-summary">
            <h3 id={titleId} className="error-summary__title">
              {t('form.errorSummaryTitle')}
            </h3>
            {problems.general && <p className="error-summary__message">{problems.general}</p>}
            {problems.list.length > 0 && (
              <ul className="error-summary__list">
                {problems.list.map((problem) => (
                  <li key={`${problem.id}-${problem.message}`}>
                    <a
                      href={`#${problem.id}`}
                      onClick={(event) => {
                        event.preventDefault();
                        document.getElementById(problem.id)?.focus();
                      }}
                    >
                      {problem.message}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>

      <h3>{t('consultations.availability.weeklyTitle')}</h3>
      <ul className="week-rules">
        {WEEKDAY_ORDER.map((weekday) => {
          const windows = draft.weekly[weekday] ?? [];
          const where = weekdayName(t, weekday);
          const headingId = `weekday-${weekday}-title`;
          return (
            <li key={weekday} className="week-rules__day" aria-labelledby={headingId}>
              <h4 id={headingId} className="week-rules__title">
                {where}
              </h4>
              {windows.length === 0 ? (
                <p className="week-rules__none">{t('consultations.availability.noHours')}</p>
              ) : (
                <ul className="window-list">
                  {windows.map((window, index) => (
                    <WindowRow
                      key={window.key}
                      where={where}
                      index={index}
                      window={window}
                      language={language}
                      ids={{ start: fieldId.weeklyStart(weekday, window.key), end: fieldId.weeklyEnd(weekday, window.key) }}
                      onChange={(changed) => setWeekday(weekday, windows.map((candidate) => (candidate.key === window.key ? changed : candidate)))}
                      onRemove={() => setWeekday(weekday, windows.filter((candidate) => candidate.key !== window.key), fieldId.addWeekly(weekday))}
                    />
                  ))}
                </ul>
              )}
              <Button
                id={fieldId.addWeekly(weekday)}
                className="button button--secondary button--small"
                aria-label={t('consultations.availability.addWindowLabel', { where })}
                onPress={() => {
                  const added = nextWindow(windows);
                  setWeekday(weekday, [...windows, added], fieldId.weeklyStart(weekday, added.key));
                }}
              >
                {t('consultations.availability.addWindow')}
              </Button>
            </li>
          );
        })}
      </ul>

      <WeekCheck draft={draft} language={language} onAddException={addException} />

      <h3>{t('consultations.availability.exceptionsTitle')}</h3>
      <p className="field__hint">{t('consultations.availability.exceptionsHint')}</p>
      {draft.exceptions.length === 0 ? (
        <p>{t('consultations.availability.noExceptions')}</p>
      ) : (
        <ul className="exception-list">
          {draft.exceptions.map((exception, index) => (
            <ExceptionRow
              key={exception.key}
              exception={exception}
              index={index}
              language={language}
              onChange={(change, focus) => setException(exception.key, change, focus)}
              onRemove={() => edit((previous) => ({ ...previous, exceptions: previous.exceptions.filter((candidate) => candidate.key !== exception.key) }), fieldId.addException)}
            />
          ))}
        </ul>
      )}
      <p>
        <Button id={fieldId.addException} className="button button--secondary" onPress={() => addException({ date: '', open: false, windows: [], note: '' })}>
          {t('consultations.availability.addException')}
        </Button>
      </p>

      <div role="status" className="form-status">
        {saved && <p className="form-status__done">{t('consultations.availability.saved')}</p>}
      </div>
      <div className="form__actions">
        <BusyButton className="button button--primary" isPending={save.isPending} onPress={submit}>
          {t('consultations.availability.save')}
        </BusyButton>
      </div>
    </div>
  );
}

function ExceptionRow({
  exception,
  index,
  language,
  onChange,
  onRemove,
}: {
  exception: ExceptionDraft;
  index: number;
  language: Language;
  onChange: (change: (exception: ExceptionDraft) => ExceptionDraft, focus?: string) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const named = /^\d{4}-\d{2}-\d{2}$/.test(exception.date);
  const where = named ? dayLabel(exception.date, language) : t('consultations.availability.exceptionNumber', { n: index + 1 });
  const legendId = `exception-${exception.key}-legend`;
  return (
    <li className="exception-row">
      <fieldset className="fieldset" aria-labelledby={legendId}>
        <legend id={legendId} className="exception-row__legend">
          {where}
        </legend>
        <InputField
          id={fieldId.exceptionDate(exception.key)}
          type="date"
          label={t('consultations.availability.date')}
          value={exception.date}
          onChange={(date) => onChange((previous) => ({ ...previous, date }))}
          isRequired
        />
        <RadioGroup
          value={exception.open ? 'open' : 'closed'}
          onChange={(value) =>
            onChange(
              (previous) => ({ ...previous, open: value === 'open', windows: value === 'open' && previous.windows.length === 0 ? [nextWindow([])] : previous.windows }),
            )
          }
          className="choice-group"
        >
          <Label className="field__label">{t('consultations.availability.thisDay', { where })}</Label>
          <Radio value="closed" className="choice choice--radio">
            <Choice label={t('consultations.availability.closed')} />
          </Radio>
          <Radio value="open" className="choice choice--radio">
            <Choice label={t('consultations.availability.openAt')} />
          </Radio>
        </RadioGroup>
        {exception.open && (
          <>
            <ul className="window-list">
              {exception.windows.map((window, windowIndex) => (
                <WindowRow
                  key={window.key}
                  where={where}
                  index={windowIndex}
                  window={window}
                  language={language}
                  ids={{ start: fieldId.exceptionStart(exception.key, window.key), end: fieldId.exceptionEnd(exception.key, window.key) }}
                  onChange={(changed) => onChange((previous) => ({ ...previous, windows: previous.windows.map((candidate) => (candidate.key === window.key ? changed : candidate)) }))}
                  onRemove={() =>
                    onChange((previous) => ({ ...previous, windows: previous.windows.filter((candidate) => candidate.key !== window.key) }), fieldId.exceptionAddWindow(exception.key))
                  }
                />
              ))}
            </ul>
            <p>
              <Button
                id={fieldId.exceptionAddWindow(exception.key)}
                className="button button--secondary button--small"
                aria-label={t('consultations.availability.addWindowLabel', { where })}
                onPress={() => {
                  const added = nextWindow(exception.windows);
                  onChange((previous) => ({ ...previous, windows: [...previous.windows, added] }), fieldId.exceptionStart(exception.key, added.key));
                }}
              >
                {t('consultations.availability.addWindow')}
              </Button>
            </p>
          </>
        )}
        <InputField
          id={fieldId.exceptionNote(exception.key)}
          label={t('consultations.availability.note')}
          description={t('consultations.availability.noteHint')}
          value={exception.note}
          onChange={(note) => onChange((previous) => ({ ...previous, note }))}
        />
        <p>
          <Button className="button button--danger-outline button--small" aria-label={t('consultations.availability.removeExceptionLabel', { where })} onPress={onRemove}>
            {t('consultations.availability.removeException')}
          </Button>
        </p>
      </fieldset>
    </li>
  );
}

function closedDayText(t: TFunction, closed: ClosedDay, language: Language): string {
  return closed.kind === 'holiday' ? t('consultations.availability.holiday', { name: closed.name[language] }) : t('consultations.availability.yearEnd');
}

const rangesOf = (windows: readonly { start: string; end: string }[], language: Language) =>
  windows.map((window) => `${window.start}${language === 'ja' ? '〜' : '–'}${window.end}`).join(language === 'ja' ? '、' : ', ');

/**
 * Any week as it will really be: the weekday's hours, or closed for a public holiday or 年末年始,
 * or what an exception says. A closed holiday can be opened, and an ordinary day closed, from here.
 */
function WeekCheck({ draft, language, onAddException }: { draft: AvailabilityDraft; language: Language; onAddException: (exception: Omit<ExceptionDraft, 'key'>) => void }) {
  const { t } = useTranslation();
  const first = mondayOf(japanToday());
  const [week, setWeek] = useState(first);
  const days = weekDates(week);
  const range = `${dayLabel(week, language)}〜${dayLabel(days[6] ?? week, language)}`;

  return (
    <section aria-labelledby="week-check-title" className="week-check">
      <h3 id="week-check-title">{t('consultations.availability.checkTitle')}</h3>
      <div className="slot-picker__bar">
        <Button className="button button--secondary button--small" isDisabled={week <= first} onPress={() => setWeek(addDays(week, -7))}>
          {t('consultations.picker.previousWeek')}
        </Button>
        <Button className="button button--secondary button--small" onPress={() => setWeek(addDays(week, 7))}>
          {t('consultations.picker.nextWeek')}
        </Button>
      </div>
      <p role="status" className="result-count">
        {range}
      </p>
      <ul className="week-check__days">
        {days.map((date) => {
          const plan = dayPlan(date, draft, closedDay);
          let text: ReactNode;
          let action: ReactNode = null;
          const label = dayLabel(date, language);
          if (plan.kind === 'exception') {
            text = plan.exception.open
              ? t('consultations.availability.exceptionOpen', { ranges: rangesOf(plan.exception.windows, language) })
              : t('consultations.availability.exceptionClosed');
          } else if (plan.kind === 'closed-day') {
            text = t('consultations.availability.closedDay', { reason: closedDayText(t, plan.closed, language) });
            action = (
              <Button
                className="button button--secondary button--small"
                aria-label={t('consultations.availability.openDayLabel', { day: label })}
                onPress={() =>
                  onAddException({
                    date,
                    open: true,
                    windows: (plan.weekly.length > 0 ? plan.weekly : [nextWindow([])]).map((window) => ({ ...window, key: newKey('window') })),
                    note: plan.closed.kind === 'holiday' ? plan.closed.name[language] : '',
                  })
                }
              >
                {t('consultations.availability.openDay')}
              </Button>
            );
          } else if (plan.weekly.length === 0) {
            text = t('consultations.availability.noHours');
          } else {
            text = rangesOf(plan.weekly, language);
            action = (
              <Button
                className="button button--secondary button--small"
                aria-label={t('consultations.availability.closeDayLabel', { day: label })}
                onPress={() => onAddException({ date, open: false, windows: [], note: '' })}
              >
                {t('consultations.availability.closeDay')}
              </Button>
            );
          }
          return (
            <li key={date} className="week-check__day" data-closed={plan.kind === 'closed-day' || (plan.kind === 'exception' && !plan.exception.open) || undefined}>
              <span className="week-check__date">{label}</span>
              <span className="week-check__hours">{text}</span>
              {action}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
