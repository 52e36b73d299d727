import type { MarkVacantStoreLet, StoreInquiry, StoreInquiryPage, VacantStore } from '@asaka/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Button, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useApiClient } from '../../../api/api-client-context';
import { isApiError } from '../../../api/client';
import { useApiQuery } from '../../../api/use-api-query';
import { currentLanguage } from '../../../i18n/i18n';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { DataTable } from '../../../ui/data-table';
import { formatJapanDateTime } from '../../../ui/japan-time';
import { forgetInquiries, InquiryStatusBadge, inquiryPath } from './inquiry-labels';

/** Listings in these states never had a public page, so nobody could ask about them. */
const neverPublic: readonly VacantStore['status'][] = ['draft', 'submitted', 'rejected'];

export function hasInquiriesSection(store: VacantStore): boolean {
  return !neverPublic.includes(store.status);
}

/**
 * 「この物件へのお問い合わせ」 on the owner's page of a listing: who asked, about what, where each
 * conversation stands, and 「この方に決まった」 beside the open ones while the store can be let
 * (POST /api/vacant-stores/:id/matched with that inquiry). Asked first: it lets the store, ends
 * the other conversations and mails the chosen seeker.
 */
export function StoreInquiriesSection({ store }: { store: VacantStore }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const client = useApiClient();
  const queryClient = useQueryClient();
  const inquiries = useApiQuery<StoreInquiryPage>(`/vacant-stores/${encodeURIComponent(store.id)}/inquiries`, { pageSize: 100 });
  const [asking, setAsking] = useState<StoreInquiry | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const { hash } = useLocation();
  // The thread's "let to this person" link leads here (#store-inquiries); the section appears only
  // once the listing has loaded, after the layout looked for it, so it takes focus itself.
  useEffect(() => {
    if (hash === '#store-inquiries') heading.current?.focus();
  }, [hash]);
  const [done, setDone] = useState<string | null>(null);
  const markLet = useMutation({
    mutationFn: (request: MarkVacantStoreLet) => client.request<VacantStore>(`/vacant-stores/${encodeURIComponent(store.id)}/matched`, { method: 'POST', body: request }),
  });

  const confirm = (inquiry: StoreInquiry) => {
    if (markLet.isPending) return;
    markLet.mutate(
      { inquiryId: inquiry.id },
      {
        onSuccess: async () => {
          setAsking(null);
          setDone(t('vacantStores.inquiries.store.done', { name: inquiry.otherPartyName }));
          await forgetInquiries(queryClient);
        },
      },
    );
  };

  let content;
  if (inquiries.isError) {
    content = (
      <p role="alert" className="form-status__failed">
        {inquiries.error.message}
      </p>
    );
  } else if (!inquiries.data) content = <p role="status">{t('form.loading')}</p>;
  else if (inquiries.data.items.length === 0) content = <p>{t('vacantStores.inquiries.store.none')}</p>;
  else {
    content = (
      <DataTable caption={t('vacantStores.inquiries.store.caption')}>
        <thead>
          <tr>
            <th scope="col">{t('vacantStores.inquiries.store.columns.seeker')}</th>
            <th scope="col">{t('vacantStores.inquiries.store.columns.plannedBusiness')}</th>
            <th scope="col">{t('vacantStores.inquiries.store.columns.status')}</th>
            <th scope="col">{t('vacantStores.inquiries.store.columns.lastActivity')}</th>
            <th scope="col">{t('vacantStores.inquiries.store.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {inquiries.data.items.map((inquiry) => (
            <tr key={inquiry.id}>
              <th scope="row">{inquiry.otherPartyName}</th>
              <td>{inquiry.plannedBusiness}</td>
              <td>
                <InquiryStatusBadge status={inquiry.status} />
              </td>
              <td>
                <time dateTime={inquiry.lastMessageAt}>{formatJapanDateTime(inquiry.lastMessageAt, language)}</time>
              </td>
              <td>
                <div className="table-actions">
                  <Link href={inquiryPath(inquiry.id)} aria-label={t('vacantStores.inquiries.store.openLabel', { name: inquiry.otherPartyName })}>
                    {t('vacantStores.inquiries.store.open')}
                  </Link>
                  {inquiry.actions.includes('mark-let') && (
                    <Button
                      className="button button--secondary"
                      aria-label={t('vacantStores.inquiries.store.markLetLabel', { name: inquiry.otherPartyName })}
                      onPress={() => {
                        markLet.reset();
                        setDone(null);
                        setAsking(inquiry);
                      }}
                    >
                      {t('vacantStores.inquiries.store.markLet')}
                    </Button>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    );
  }

  return (
    <section aria-labelledby="store-inquiries" className="listing-contents store-inquiries">
      <h2 id="store-inquiries" ref={heading} tabIndex={-1} className="focus-target">
        {t('vacantStores.inquiries.store.title')}
      </h2>
      {store.actions.includes('mark-let') && <p>{t('vacantStores.inquiries.store.lead')}</p>}
      {content}
      <div role="status" className="form-status">
        {done && <p className="form-status__done">{done}</p>}
      </div>
      {asking && (
        <ConfirmDialog
          isOpen
          onOpenChange={(isOpen) => {
            if (!isOpen) setAsking(null);
          }}
          title={t('vacantStores.inquiries.store.confirm.title', { title: store.title, name: asking.otherPartyName })}
          confirmLabel={t('vacantStores.inquiries.store.markLet')}
          isPending={markLet.isPending}
          error={markLet.isError ? (isApiError(markLet.error) ? markLet.error.message : t('form.networkError')) : null}
          onConfirm={() => confirm(asking)}
        >
          <p>{t('vacantStores.inquiries.store.confirm.body', { name: asking.otherPartyName })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
