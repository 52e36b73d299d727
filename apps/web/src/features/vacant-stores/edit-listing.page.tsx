import type { UpdateVacantStore, VacantStore } from '@asaka/contracts';
import { isVacantStoreEditable } from '@asaka/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { useApiClient } from '../../api/api-client-context';
import { useApiQuery } from '../../api/use-api-query';
import { usePageTitle } from '../../ui/use-page-title';
import { useMe } from '../accounts';
import { SignInPrompt } from '../accounts/sign-in-prompt';
import { ListingFormFields, useListingForm } from './listing-form';
import { checkListingUpdate, listingValuesOf } from './listing-values';
import { hasInquiriesSection, StoreInquiriesSection } from './inquiries/store-inquiries-section';
import { failSave, listingNoticeOf } from './new-listing.page';
import { PhotoManager } from './photos/photo-manager';
import { RecommendedSeekersSection } from './recommendations/recommended-seekers';
import { forgetListings, ReviewPanel } from './review-panel';
import { StoreDetails } from './store-details';

/**
 * One of the owner's listings: where it stands in the review (with the buttons the API offers now)
 * and, while it is a draft or was sent back, the form to correct it.
 */
export function EditListingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const store = useApiQuery<VacantStore>(`/vacant-stores/${encodeURIComponent(id)}`, undefined, { enabled: Boolean(me.data) });
  usePageTitle(store.data?.title ?? t('vacantStores.form.editTitle'));

  let content;
  if (me.data === null) content = <SignInPrompt />;
  else if (me.isError) content = <p role="alert">{me.error.message}</p>;
  else if (store.isError) {
    content = <p role="alert">{store.error.statusCode === 404 || store.error.statusCode === 400 ? t('vacantStores.detail.notFound') : store.error.message}</p>;
  } else if (!store.data) content = <p role="status">{t('form.loading')}</p>;
  else return <EditListing key={store.data.id} store={store.data} />;

  return (
    <div className="form-page">
      <p className="breadcrumb">
        <Link href="/my/vacant-stores">{t('vacantStores.mine.back')}</Link>
      </p>
      <h1>{t('vacantStores.form.editTitle')}</h1>
      {content}
    </div>
  );
}

function EditListing({ store }: { store: VacantStore }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const location = useLocation();
  const [created] = useState(() => Boolean(listingNoticeOf(location.state).created));
  const [saved, setSaved] = useState(false);
  const form = useListingForm(() => listingValuesOf(store));
  const editable = isVacantStoreEditable(store.status) && store.actions.length > 0;
  const save = useMutation({
    mutationFn: (request: UpdateVacantStore) => client.request<VacantStore>(`/vacant-stores/${encodeURIComponent(store.id)}`, { method: 'PATCH', body: request }),
  });

  const submit = () => {
    if (save.isPending) return;
    setSaved(false);
    const check = checkListingUpdate(t, form.values);
    if (!check.ok) {
      form.fail({ fields: check.problems, general: Object.keys(check.problems).length === 0 ? t('form.checkInput') : undefined });
      return;
    }
    form.clear();
    save.mutate(check.request, {
      onSuccess: async (updated) => {
        form.reset(listingValuesOf(updated));
        setSaved(true);
        await forgetListings(queryClient);
      },
      onError: (error) => failSave(form, t, error),
    });
  };

  return (
    <div className="form-page form-page--wide">
      <p className="breadcrumb">
        <Link href="/my/vacant-stores">{t('vacantStores.mine.back')}</Link>
      </p>
      <h1>{store.title}</h1>
      {created && (
        <p role="status" className="notice notice--done">
          {t('vacantStores.form.created')}
        </p>
      )}
      <ReviewPanel store={store} audience="owner" hasUnsavedChanges={form.isDirty} onMoved={() => setSaved(false)} />
      {/* Where the owner says whom the store was let to (「この方に決まった」). */}
      {hasInquiriesSection(store) && <StoreInquiriesSection store={store} />}
      {store.status === 'published' && <RecommendedSeekersSection storeId={store.id} />}
      <section aria-labelledby="listing-contents-title" className="listing-contents">
        <h2 id="listing-contents-title">{t('vacantStores.form.contentsTitle')}</h2>
        {editable ? (
          <>
            <p>{t('vacantStores.form.editLead')}</p>
            <div role="status" className="form-status">
              {saved && !form.isDirty && <p className="form-status__done">{t('vacantStores.form.saved')}</p>}
            </div>
            <ListingFormFields form={form} onSubmit={submit} isPending={save.isPending} submitLabel={t('vacantStores.form.save')} />
          </>
        ) : (
          <>
            <p>{t('vacantStores.form.notEditable')}</p>
            {store.status === 'published' && (
              <p>
                <Link href={`/vacant-stores/${encodeURIComponent(store.id)}`}>{t('vacantStores.mine.publicPage')}</Link>
              </p>
            )}
            <StoreDetails store={store} headingLevel={3} />
          </>
        )}
      </section>
      {/* Photos follow the form's rule: they change while the listing may be edited. */}
      {editable && <PhotoManager store={store} />}
    </div>
  );
}
