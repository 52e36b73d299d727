import {
  createStoreInquirySchema,
  STORE_INQUIRY_MESSAGE_MAX_LENGTH,
  STORE_INQUIRY_PLANNED_BUSINESS_MAX_LENGTH,
  type CreateStoreInquiry,
  type StoreInquiry,
  type StoreInquiryPage,
  type VacantStore,
} from '@asaka/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Form, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApiClient } from '../../../api/api-client-context';
import { isApiError } from '../../../api/client';
import { useApiQuery } from '../../../api/use-api-query';
import { ErrorSummary, InputField, SubmitButton, TextAreaField, useFormFields } from '../../../ui/form';
import { forgetInquiries, inquiryPath } from './inquiry-labels';
import { inquiryFieldProblems, inquiryProblemsFromError } from './inquiry-problems';

type Field = 'plannedBusiness' | 'message';
const fieldIds: Record<Field, string> = { plannedBusiness: 'inquiry-planned-business', message: 'inquiry-message' };
const empty: CreateStoreInquiry = { plannedBusiness: '', message: '' };

/** Passed to the thread after the inquiry was sent, to say so there. */
export interface InquirySentNotice {
  inquirySent?: boolean;
}

/** The caller's conversation about this store that is still going on, if any (one at a time). */
function useOngoingInquiry(storeId: string) {
  const mine = useApiQuery<StoreInquiryPage>('/inquiries', { pageSize: 100 });
  const ongoing = mine.data?.items.find((inquiry) => inquiry.vacantStoreId === storeId && inquiry.mySide === 'seeker' && inquiry.status !== 'closed');
  return { ongoing, isPending: mine.isPending, refetch: mine.refetch };
}

/**
 * 「この物件について問い合わせる」 for a signed-in person who is not on the owner's side: the planned
 * business and the message, checked with the API's own schema, then on to the thread it opened.
 * Someone who already asked is led to that conversation instead (one open inquiry per store).
 */
export function InquirySection({ store }: { store: VacantStore }) {
  const { t } = useTranslation();
  const { ongoing, isPending, refetch } = useOngoingInquiry(store.id);
  return (
    <section aria-labelledby="store-inquiry-title" className="call-to-action">
      <h2 id="store-inquiry-title">{t('vacantStores.inquiries.ask.title')}</h2>
      {ongoing ? (
        <>
          <p>{t('vacantStores.inquiries.ask.exists')}</p>
          <p>
            <Link href={inquiryPath(ongoing.id)} className="button button--primary">
              {t('vacantStores.inquiries.ask.continue')}
            </Link>
          </p>
        </>
      ) : isPending ? (
        <p role="status">{t('form.loading')}</p>
      ) : (
        <InquiryForm store={store} onExists={() => void refetch()} />
      )}
    </section>
  );
}

function InquiryForm({ store, onExists }: { store: VacantStore; onExists: () => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useFormFields<CreateStoreInquiry, Field>(empty, fieldIds);
  const send = useMutation({
    mutationFn: (request: CreateStoreInquiry) =>
      client.request<StoreInquiry>(`/vacant-stores/${encodeURIComponent(store.id)}/inquiries`, { method: 'POST', body: request }),
  });

  const submit = () => {
    if (send.isPending) return;
    const parsed = createStoreInquirySchema.safeParse(form.values);
    if (!parsed.success) {
      form.fail({ fields: inquiryFieldProblems(t, parsed.error.issues, form.values) });
      return;
    }
    form.clear();
    send.mutate(parsed.data, {
      onSuccess: async (inquiry) => {
        await forgetInquiries(queryClient);
        await navigate(inquiryPath(inquiry.id), { state: { inquirySent: true } satisfies InquirySentNotice });
      },
      onError: (error) => {
        // Sent from another tab, say: the section then leads to that conversation.
        if (isApiError(error) && error.code === 'INQUIRY_EXISTS') onExists();
        form.fail(inquiryProblemsFromError(t, error, form.values));
      },
    });
  };

  return (
    <>
      <p>{t('vacantStores.inquiries.ask.lead')}</p>
      <ErrorSummary errors={form.errors} fieldIds={fieldIds} />
      <Form
        validationBehavior="aria"
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <InputField
          {...form.text('plannedBusiness')}
          label={t('vacantStores.inquiries.ask.plannedBusiness')}
          description={t('vacantStores.inquiries.ask.plannedBusinessHint', { max: STORE_INQUIRY_PLANNED_BUSINESS_MAX_LENGTH })}
          isRequired
        />
        <TextAreaField
          {...form.text('message')}
          label={t('vacantStores.inquiries.ask.message')}
          description={t('vacantStores.inquiries.ask.messageHint', { max: STORE_INQUIRY_MESSAGE_MAX_LENGTH })}
          rows={6}
          isRequired
        />
        <div className="form__actions">
          <SubmitButton isPending={send.isPending}>{t('vacantStores.inquiries.ask.submit')}</SubmitButton>
        </div>
      </Form>
    </>
  );
}
