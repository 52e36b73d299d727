import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Button, FieldError, Input, Label, Text, TextArea, TextField, ToggleButton, type TextFieldProps } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

/**
 * What went wrong with the last submission: a message per field (shown next to the field and
 * listed in the summary) and, for what no field explains, a message for the whole form.
 * `attempt` changes on every failed submission, so the summary is announced and focus moves again
 * even when the messages are the same as last time.
 */
export interface FormErrors<F extends string> {
  fields: Partial<Record<F, string>>;
  general?: string;
  attempt: number;
}

const focusable = 'input, select, textarea, button';

/** Focuses the control with this id or, for a group (checkboxes, radios), its first control. */
function focusField(id: string): boolean {
  const element = document.getElementById(id);
  const control = element?.matches(focusable) ? element : element?.querySelector<HTMLElement>(focusable);
  control?.focus();
  return Boolean(control);
}

/** Error state for one form: `fail` after a refused submission, `clear` before the next. */
export function useFormErrors<F extends string>() {
  const [errors, setErrors] = useState<FormErrors<F> | null>(null);
  const fail = useCallback((problem: { fields?: Partial<Record<F, string>>; general?: string }) => {
    setErrors((previous) => ({ fields: problem.fields ?? {}, general: problem.general, attempt: (previous?.attempt ?? 0) + 1 }));
  }, []);
  const clear = useCallback(() => setErrors(null), []);
  return { errors, fail, clear };
}

type KeysOfType<V, T> = { [K in keyof V]-?: V[K] extends T ? K : never }[keyof V] & string;

/**
 * A form's values, its errors and the props that bind each field to them, so a field is written
 * once instead of repeating id, name, value, onChange and error:
 *
 *   const form = useFormFields(emptyValues, fieldIds);
 *   <InputField {...form.text('title')} label={t('…')} isRequired />
 *   <Checkbox {...form.checked('fixturesRemain')}>…</Checkbox>
 *
 * `fieldIds` (a module-level constant, as ErrorSummary wants) names each field's input; `isDirty`
 * tells whether anything was changed since the values were last set with `reset`.
 */
export function useFormFields<V extends object, F extends keyof V & string = keyof V & string>(initial: V | (() => V), fieldIds: Readonly<Record<F, string>>) {
  const [values, setValues] = useState<V>(initial);
  const [isDirty, setDirty] = useState(false);
  const { errors, fail, clear } = useFormErrors<F>();

  const set = useCallback(<K extends keyof V>(field: K, value: V[K]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    setDirty(true);
  }, []);
  const reset = useCallback((next: V) => {
    setValues(next);
    setDirty(false);
  }, []);
  const error = (field: F): string | undefined => errors?.fields[field];

  /** For InputField, TextAreaField and SelectField. */
  const text = <K extends KeysOfType<V, string> & F>(field: K) => ({
    id: fieldIds[field],
    name: field,
    value: values[field] as string,
    onChange: (value: string) => set(field, value as V[K]),
    error: error(field),
  });

  /** For a react-aria Checkbox (its error is shown by the page, next to it or in its group). */
  const checked = <K extends KeysOfType<V, boolean> & F>(field: K) => ({
    id: fieldIds[field],
    name: field,
    isSelected: values[field] as boolean,
    onChange: (selected: boolean) => set(field, selected as V[K]),
    isInvalid: Boolean(error(field)),
  });

  return { values, set, reset, isDirty, text, checked, error, errors, fail, clear };
}

/**
 * The error summary at the top of a form (the GOV.UK pattern): inside a live region that is always
 * in the page, so its appearance is announced; each field's message links to that field. After a
 * failed submission focus moves to the first field in error, or to the summary when no field is.
 *
 * `fieldIds` maps each field to its input's id, in the order the fields appear; keep it a
 * module-level constant so focus moves only when the errors change.
 */
export function ErrorSummary<F extends string>({
  errors,
  fieldIds,
  children,
}: {
  errors: FormErrors<F> | null;
  fieldIds: Readonly<Record<F, string>>;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const summary = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const fieldsInError = errors ? (Object.keys(fieldIds) as F[]).filter((field) => errors.fields[field]) : [];

  useEffect(() => {
    if (!errors) return;
    const first = (Object.keys(fieldIds) as F[]).find((field) => errors.fields[field]);
    if (!(first && focusField(fieldIds[first]))) summary.current?.focus();
  }, [errors, fieldIds]);

  return (
    <div role="alert" className="error-summary-region">
      {errors && (
        <div key={errors.attempt} ref={summary} tabIndex={-1} aria-labelledby={titleId} className="error-summary">
          <h2 id={titleId} className="error-summary__title">
            {t('form.errorSummaryTitle')}
          </h2>
          {errors.general && <p className="error-summary__message">{errors.general}</p>}
          {fieldsInError.length > 0 && (
            <ul className="error-summary__list">
              {fieldsInError.map((field) => (
                <li key={field}>
                  <a
                    href={`#${fieldIds[field]}`}
                    onClick={(event) => {
                      // Focus the field itself instead of changing the URL's fragment.
                      event.preventDefault();
                      focusField(fieldIds[field]);
                    }}
                  >
                    {errors.fields[field]}
                  </a>
                </li>
              ))}
            </ul>
          )}
          {children}
        </div>
      )}
    </div>
  );
}

type InputFieldProps = Pick<TextFieldProps, 'name' | 'autoComplete' | 'inputMode' | 'maxLength' | 'isRequired' | 'autoFocus'> & {
  /** The input's id: the error summary links to it. */
  id: string;
  label: string;
  description?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'search' | 'date';
};

/**
 * A labelled text input: label, hint and error message are bound to it (aria-describedby), and
 * it is marked aria-invalid while its error shows. Validation is the page's, never the browser's
 * (validationBehavior "aria"), so messages are the portal's own, in the interface language.
 */
export function InputField({ label, description, error, type = 'text', ...props }: InputFieldProps) {
  return (
    <TextField {...props} type={type} isInvalid={Boolean(error)} validationBehavior="aria" className="field">
      <Label className="field__label">{label}</Label>
      {description && (
        <Text slot="description" className="field__hint">
          {description}
        </Text>
      )}
      <FieldError className="field__error">{error}</FieldError>
      <Input className="field__input" />
    </TextField>
  );
}

type PasswordFieldProps = Omit<InputFieldProps, 'type' | 'inputMode' | 'autoComplete'> & {
  autoComplete: 'current-password' | 'new-password';
};

/**
 * A password input with a button that shows what was typed (helps people who cannot type
 * without seeing, and long passphrases). The password is hidden again when the form is sent,
 * so the browser offers to save it as a password.
 */
export function PasswordField({ label, description, error, id, ...props }: PasswordFieldProps) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    const hide = () => setVisible(false);
    form.addEventListener('submit', hide);
    return () => form.removeEventListener('submit', hide);
  }, []);

  return (
    <TextField {...props} id={id} type={visible ? 'text' : 'password'} isInvalid={Boolean(error)} validationBehavior="aria" className="field">
      <Label className="field__label">{label}</Label>
      {description && (
        <Text slot="description" className="field__hint">
          {description}
        </Text>
      )}
      <FieldError className="field__error">{error}</FieldError>
      <div className="password-field">
        <Input ref={input} className="field__input" autoCapitalize="none" spellCheck={false} />
        {/* The name contains the visible word (WCAG 2.5.3); aria-pressed tells whether it is shown. */}
        <ToggleButton
          isSelected={visible}
          onChange={setVisible}
          aria-label={t('form.showPasswordLabel')}
          aria-controls={id}
          className="button button--secondary password-field__toggle"
        >
          {t('form.showPassword')}
        </ToggleButton>
      </div>
    </TextField>
  );
}

/** A labelled multi-line text input, bound to its hint and error as InputField is. */
export function TextAreaField({
  label,
  description,
  error,
  rows = 3,
  ...props
}: Omit<InputFieldProps, 'type' | 'inputMode' | 'autoComplete'> & { rows?: number }) {
  return (
    <TextField {...props} isInvalid={Boolean(error)} validationBehavior="aria" className="field">
      <Label className="field__label">{label}</Label>
      {description && (
        <Text slot="description" className="field__hint">
          {description}
        </Text>
      )}
      <FieldError className="field__error">{error}</FieldError>
      <TextArea rows={rows} className="field__input field__input--multiline" />
    </TextField>
  );
}

/** An option of a select, or a group of options under a heading (an optgroup). */
export type SelectOption = { value: string; label: string };
export type SelectOptionGroup = { label: string; options: readonly SelectOption[] };

/**
 * A labelled native select: on phones it opens the system's own picker, which every screen reader
 * and switch device already knows. Options are value/label pairs (the first is usually "all"),
 * or groups of them. An error is bound to it and marks it invalid, as InputField does.
 */
export function SelectField({
  id,
  label,
  description,
  error,
  value,
  onChange,
  options,
  name,
  isRequired,
}: {
  id: string;
  label: string;
  description?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly (SelectOption | SelectOptionGroup)[];
  name?: string;
  isRequired?: boolean;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [description ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  const option = (choice: SelectOption) => (
    <option key={choice.value} value={choice.value}>
      {choice.label}
    </option>
  );
  return (
    <div className="field" data-invalid={error ? true : undefined}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {description && (
        <span id={hintId} className="field__hint">
          {description}
        </span>
      )}
      {error && (
        <span id={errorId} className="field__error">
          {error}
        </span>
      )}
      <select
        id={id}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
        aria-required={isRequired || undefined}
        className="field__input field__input--select"
      >
        {options.map((choice) =>
          'options' in choice ? (
            <optgroup key={choice.label} label={choice.label}>
              {choice.options.map(option)}
            </optgroup>
          ) : (
            option(choice)
          ),
        )}
      </select>
    </div>
  );
}

/**
 * A button that, while its request is on its way, says so in its own text, is aria-disabled and
 * ignores presses (it keeps focus, unlike a disabled button). React Aria's own `isPending` is not
 * used: it announces through a page-wide live region by pointing at the button, and once the
 * button is gone (the page moved on) that leaves an image without a name (WCAG 1.1.1).
 *
 * A form's submit handler must still ignore a submission while pending: Enter in a field submits
 * without pressing the button.
 */
export function BusyButton({
  isPending,
  onPress,
  type = 'button',
  className,
  pendingLabel,
  children,
  'aria-label': ariaLabel,
}: {
  isPending: boolean;
  onPress?: () => void;
  type?: 'button' | 'submit';
  className: string;
  pendingLabel?: string;
  children: ReactNode;
  'aria-label'?: string;
}) {
  const { t } = useTranslation();
  return (
    <Button
      type={type}
      className={className}
      aria-label={ariaLabel}
      aria-disabled={isPending || undefined}
      data-pending={isPending || undefined}
      onPress={() => {
        if (!isPending) onPress?.();
      }}
    >
      {isPending ? (pendingLabel ?? t('form.sending')) : children}
    </Button>
  );
}

/** The form's submit button; while sending it says so and ignores further presses. */
export function SubmitButton({ isPending, children }: { isPending: boolean; children: ReactNode }) {
  return (
    <BusyButton type="submit" isPending={isPending} className="button button--primary">
      {children}
    </BusyButton>
  );
}

/** A page's heading that takes focus when it appears, for states shown in place of a form. */
export function FocusedHeading({ children }: { children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <h1 ref={heading} tabIndex={-1} className="focus-target">
      {children}
    </h1>
  );
}
