import type { NotificationPreferences, UpdateNotificationPreferences } from '@asaka/contracts';
import { OPTIONAL_MAIL_TOPICS, type OptionalMailTopic } from '@asaka/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Checkbox, CheckboxGroup, Form, Label, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/api-client-context';
import { isApiError } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { SubmitButton } from '../../ui/form';

export const mailPreferencesPath = '/me/notification-preferences';

function isTopic(value: string): value is OptionalMailTopic {
  return OPTIONAL_MAIL_TOPICS.some((topic) => topic === value);
}

/** The request that stores exactly the topics checked: every optional topic, on or off. */
export function preferencesRequest(enabled: readonly OptionalMailTopic[]): UpdateNotificationPreferences {
  return { topics: OPTIONAL_MAIL_TOPICS.map((topic) => ({ topic, enabled: enabled.includes(topic) })) };
}

/** Which optional mails the person receives; critical mails always go, and the section says so. */
export function MailPreferencesSection() {
  const { t } = useTranslation();
  const preferences = useApiQuery<NotificationPreferences>(mailPreferencesPath);

  return (
    <>
      <p>{t('accounts.mail.lead')}</p>
      <p className="notice">{t('accounts.mail.alwaysSent')}</p>
      {preferences.isError ? (
        <p role="alert">
          {t('accounts.mail.loadFailed')} {preferences.error.message}
        </p>
      ) : preferences.data ? (
        <MailPreferencesForm initial={preferences.data} />
      ) : (
        <p role="status">{t('form.loading')}</p>
      )}
    </>
  );
}

function MailPreferencesForm({ initial }: { initial: NotificationPreferences }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [enabled, setEnabled] = useState<OptionalMailTopic[]>(() => initial.topics.filter((topic) => topic.enabled).map(({ topic }) => topic));
  const [message, setMessage] = useState<{ kind: 'saved' | 'failed'; text: string } | null>(null);

  const save = useMutation({
    mutationFn: (request: UpdateNotificationPreferences) =>
      client.request<NotificationPreferences>(mailPreferencesPath, { method: 'PUT', body: request }),
  });

  const submit = () => {
    if (save.isPending) return;
    setMessage(null);
    save.mutate(preferencesRequest(enabled), {
      onSuccess: async () => {
        setMessage({ kind: 'saved', text: t('accounts.mail.saved') });
        await queryClient.invalidateQueries({ queryKey: ['api', mailPreferencesPath] });
      },
      onError: (error) => setMessage({ kind: 'failed', text: isApiError(error) ? error.message : t('form.networkError') }),
    });
  };

  return (
    <Form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <CheckboxGroup
        value={enabled}
        onChange={(values) => {
          setEnabled(values.filter(isTopic));
          setMessage(null);
        }}
        className="choice-group"
      >
        <Label className="field__label">{t('accounts.mail.topicsLabel')}</Label>
        <Text slot="description" className="field__hint">
          {t('accounts.mail.topicsHint')}
        </Text>
        {OPTIONAL_MAIL_TOPICS.map((topic) => (
          <Checkbox key={topic} value={topic} className="choice choice--checkbox">
            <span className="choice__indicator" aria-hidden="true" />
            <span className="choice__text">
              <span className="choice__label">{t(`accounts.mail.topics.${topic}.label`)}</span>
              <span className="choice__hint">{t(`accounts.mail.topics.${topic}.hint`)}</span>
            </span>
          </Checkbox>
        ))}
      </CheckboxGroup>
      <div className="form__actions">
        <SubmitButton isPending={save.isPending}>{t('accounts.mail.save')}</SubmitButton>
      </div>
      {/* Always in the page, so the result of saving is announced when it appears. */}
      <div role="status" className="form-status">
        {message?.kind === 'saved' && <p className="form-status__done">{message.text}</p>}
      </div>
      <div role="alert">{message?.kind === 'failed' && <p className="form-status__failed">{message.text}</p>}</div>
    </Form>
  );
}
