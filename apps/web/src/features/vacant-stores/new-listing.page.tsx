import type { CreateVacantStore, MeResponse, VacantStore } from '@asaka/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApiClient } from '../../api/api-client-context';
import { isApiError } from '../../api/client';
import { usePageTitle } from '../../ui/use-page-title';
import { useMe } from '../accounts';
import { SignInPrompt } from '../accounts/sign-in-prompt';
import { ListingFormFields, useListingForm, type ListingForm } from './listing-form';
import { checkNewListing, emptyListing, listingProblems, type ListingIssue } from './listing-values';
import { NoOrganization } from './my-stores.page';
import { forgetListings } from './review-panel';

/** Passed to the listing's page after it was saved for the first time. */
export interface ListingNotice {
  created?: boolean;
}

export function listingNoticeOf(state: unknown): ListingNotice {
  return typeof state === 'object' && state !== null ? (state as ListingNotice) : {};
}

/** What a refused save says: the fields the API names, else its message (or a connection problem). */
export function failSave(form: ListingForm, t: TFunction, error: unknown): void {
  if (!isApiError(error)) return form.fail({ general: t('form.networkError') });
  if (error.code === 'VALIDATION_FAILED' && Array.isArray(error.details)) {
    const fields = listingProblems(t, form.values, error.details as ListingIssue[]);
    if (Object.keys(fields).length > 0) return form.fail({ fields });
  }
  form.fail({ general: error.message });
}

/**
 * Registering a vacant store (空き店舗の登録): it is saved as a draft of the chosen organization,
 * and the owner sends it for review from its page once it is complete.
 */
export function NewListingPage() {
  const { t } = useTranslation();
  const me = useMe();
  usePageTitle(t('vacantStores.form.newTitle'));

  let content;
  if (me.data === null) content = <SignInPrompt />;
  else if (me.isError) content = <p role="alert">{me.error.message}</p>;
  else if (!me.data) content = <p role="status">{t('form.loading')}</p>;
  else if (me.data.organizations.length === 0) content = <NoOrganization />;
  else content = <NewListing organizations={me.data.organizations} />;

  return (
    <div className="form-page form-page--wide">
      <p className="breadcrumb">
        <Link href="/my/vacant-stores">{t('vacantStores.mine.back')}</Link>
      </p>
      <h1>{t('vacantStores.form.newTitle')}</h1>
      {content}
    </div>
  );
}

function NewListing({ organizations }: { organizations: MeResponse['organizations'] }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useListingForm(() => emptyListing(organizations.length === 1 ? (organizations[0]?.id ?? '') : ''));
  const create = useMutation({
    mutationFn: (request: CreateVacantStore) => client.request<VacantStore>('/vacant-stores', { method: 'POST', body: request }),
  });

  const submit = () => {
    if (create.isPending) return;
    const check = checkNewListing(t, form.values);
    if (!check.ok) {
      form.fail({ fields: check.problems, general: Object.keys(check.problems).length === 0 ? t('form.checkInput') : undefined });
      return;
    }
    form.clear();
    create.mutate(check.request, {
      onSuccess: async (store) => {
        await forgetListings(queryClient);
        await navigate(`/my/vacant-stores/${encodeURIComponent(store.id)}/edit`, { state: { created: true } satisfies ListingNotice });
      },
      onError: (error) => failSave(form, t, error),
    });
  };

  return (
    <>
      <p>{t('vacantStores.form.newLead')}</p>
      <ListingFormFields form={form} organizations={organizations} onSubmit={submit} isPending={create.isPending} submitLabel={t('vacantStores.form.saveDraft')} />
    </>
  );
}
