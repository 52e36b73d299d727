import {
  postStoreInquiryMessageSchema,
  STORE_INQUIRY_MESSAGE_MAX_LENGTH,
  type PostStoreInquiryMessage,
  type StoreInquiry,
  type StoreInquiryMessage,
  type StoreInquiryMessagePage,
} from '@asaka/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../../api/api-client-context';
import type { ApiError } from '../../../api/client';
import { currentLanguage } from '../../../i18n/i18n';
import { ErrorSummary, SubmitButton, TextAreaField, useFormFields } from '../../../ui/form';
import { forgetInquiries, formatInquiryTime } from './inquiry-labels';
import { inquiryFieldProblems, inquiryProblemsFromError } from './inquiry-problems';

const fieldIds: Record<'body', string> = { body: 'thread-reply' };
// The API's largest page; a thread is a conversation, rarely longer than one.
const pageSize = 100;
// A thread open on the screen shows the other party's answer without a reload.
const refreshMs = 30_000;

/** The whole thread, oldest first, fetched page by page. */
export function useThreadMessages(inquiryId: string) {
  const client = useApiClient();
  const { i18n } = useTranslation();
  const path = `/inquiries/${encodeURIComponent(inquiryId)}/messages`;
  return useQuery<StoreInquiryMessage[], ApiError>({
    queryKey: ['api', path, { all: true }, i18n.resolvedLanguage],
    queryFn: async ({ signal }) => {
      const messages: StoreInquiryMessage[] = [];
      for (let page = 1; ; page += 1) {
        const answer = await client.request<StoreInquiryMessagePage>(path, { query: { page, pageSize }, signal });
        messages.push(...answer.items);
        if (answer.items.length === 0 || messages.length >= answer.total) return messages;
      }
    },
    refetchInterval: refreshMs,
  });
}

/** The messages, oldest first: who wrote (and on which side), when in Japan time, and what. */
export function MessageList({ messages }: { messages: readonly StoreInquiryMessage[] }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (
    <ol className="thread">
      {messages.map((message) => (
        <li key={message.id} className={`thread__message${message.mine ? ' thread__message--mine' : ''}`}>
          <p className="thread__meta">
            <span className="thread__sender">{message.mine ? t('vacantStores.inquiries.thread.mine') : message.senderName}</span>{' '}
            <span className="thread__side">{t('vacantStores.inquiries.thread.side', { side: t(`vacantStores.inquiries.sides.${message.side}`) })}</span>{' '}
            <time dateTime={message.createdAt} className="thread__time">
              {formatInquiryTime(t, message.createdAt, language)}
            </time>
          </p>
          <p className="thread__body preserve-lines">{message.body}</p>
        </li>
      ))}
    </ol>
  );
}

/**
 * The reply box: a normal submit button, and Ctrl+Enter (⌘+Enter) for those who write many. A sent
 * message is announced in a polite live region and focus stays in the box for the next one.
 */
export function ReplyForm({ inquiry }: { inquiry: StoreInquiry }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const form = useFormFields<PostStoreInquiryMessage, 'body'>({ body: '' }, fieldIds);
  // The number of the last message sent from this box: a new one is announced anew.
  const sends = useRef(0);
  const [announced, setAnnounced] = useState<number | null>(null);
  const send = useMutation({
    mutationFn: (request: PostStoreInquiryMessage) =>
      client.request<StoreInquiryMessage>(`/inquiries/${encodeURIComponent(inquiry.id)}/messages`, { method: 'POST', body: request }),
  });

  const submit = () => {
    if (send.isPending) return;
    setAnnounced(null);
    const parsed = postStoreInquiryMessageSchema.safeParse(form.values);
    if (!parsed.success) {
      form.fail({ fields: inquiryFieldProblems(t, parsed.error.issues, form.values) });
      return;
    }
    form.clear();
    send.mutate(parsed.data, {
      onSuccess: async () => {
        form.reset({ body: '' });
        sends.current += 1;
        setAnnounced(sends.current);
        await forgetInquiries(queryClient);
      },
      onError: async (error) => {
        form.fail(inquiryProblemsFromError(t, error, form.values));
        // INQUIRY_CLOSED: the other party ended it meanwhile; the page then says so.
        await forgetInquiries(queryClient);
      },
    });
  };

  // Ctrl+Enter (⌘+Enter) in the box sends, as in most mail and chat programs; Enter alone is a new line.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const element = formRef.current;
    if (!element) return;
    const sendOnCtrlEnter = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && event.target instanceof HTMLTextAreaElement) {
        event.preventDefault();
        // Through the form's own submission, so it behaves exactly as the button does.
        element.requestSubmit();
      }
    };
    element.addEventListener('keydown', sendOnCtrlEnter);
    return () => element.removeEventListener('keydown', sendOnCtrlEnter);
  }, []);

  return (
    <section aria-labelledby="thread-reply-title" className="thread-reply">
      <h2 id="thread-reply-title">{t('vacantStores.inquiries.thread.reply')}</h2>
      <ErrorSummary errors={form.errors} fieldIds={fieldIds} />
      <Form
        validationBehavior="aria"
        className="form"
        ref={formRef}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <TextAreaField
          {...form.text('body')}
          label={t('vacantStores.inquiries.thread.replyLabel')}
          description={t('vacantStores.inquiries.thread.replyHint', { max: STORE_INQUIRY_MESSAGE_MAX_LENGTH })}
          rows={5}
          isRequired
        />
        <div className="form__actions">
          <SubmitButton isPending={send.isPending}>{t('vacantStores.inquiries.thread.send')}</SubmitButton>
        </div>
        {/* Announced each time (the key changes), emptied as soon as the next attempt starts. */}
        <div role="status" className="form-status">
          {announced !== null && (
            <p key={announced} className="form-status__done">
              {t('vacantStores.inquiries.thread.sent')}
            </p>
          )}
        </div>
      </Form>
    </section>
  );
}
