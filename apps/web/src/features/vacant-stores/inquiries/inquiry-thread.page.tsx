import type { StoreInquiry } from '@asaka/contracts';
import { useState } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { useApiQuery } from '../../../api/use-api-query';
import { usePageTitle } from '../../../ui/use-page-title';
import { useMe } from '../../accounts';
import { SignInPrompt } from '../../accounts/sign-in-prompt';
import type { InquirySentNotice } from './inquiry-form';
import { InquiryStatusBadge, myInquiriesPath } from './inquiry-labels';
import { OutcomePanel } from './outcome-panel';
import { MessageList, ReplyForm, useThreadMessages } from './thread-messages';

const noticeOf = (state: unknown): InquirySentNotice => (typeof state === 'object' && state !== null ? (state as InquirySentNotice) : {});

/**
 * A conversation about a store (/inquiries/:id, where the mails link): what it is about, how it
 * stands with what the caller may do about it, the messages oldest first, and the reply box. Only
 * the two parties see it; anyone else is told it was not found, as the API answers them.
 */
export function InquiryThreadPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const inquiry = useApiQuery<StoreInquiry>(`/inquiries/${encodeURIComponent(id)}`, undefined, { enabled: Boolean(me.data) });
  usePageTitle(inquiry.data ? t('vacantStores.inquiries.thread.heading', { title: inquiry.data.storeTitle }) : t('vacantStores.inquiries.thread.title'));

  let content;
  if (me.data === null) content = <SignInPrompt />;
  else if (me.isError) content = <p role="alert">{me.error.message}</p>;
  else if (inquiry.isError) {
    const missing = inquiry.error.statusCode === 404 || inquiry.error.statusCode === 400;
    content = (
      <p role="alert" className={missing ? 'notice' : 'form-status__failed'}>
        {missing ? t('vacantStores.inquiries.thread.notFound') : inquiry.error.message}
      </p>
    );
  } else if (!inquiry.data) content = <p role="status">{t('form.loading')}</p>;
  else return <Thread key={inquiry.data.id} inquiry={inquiry.data} />;

  return (
    <div className="form-page">
      <Breadcrumb />
      <h1>{t('vacantStores.inquiries.thread.title')}</h1>
      {content}
    </div>
  );
}

function Breadcrumb() {
  const { t } = useTranslation();
  return (
    <p className="breadcrumb">
      <Link href={myInquiriesPath}>{t('vacantStores.inquiries.mine.back')}</Link>
    </p>
  );
}

function Thread({ inquiry }: { inquiry: StoreInquiry }) {
  const { t } = useTranslation();
  const location = useLocation();
  const [sent] = useState(() => Boolean(noticeOf(location.state).inquirySent));
  const messages = useThreadMessages(inquiry.id);
  // The seeker reads the public page (only while it is published); the owner side its management page.
  const storeLink =
    inquiry.mySide === 'owner'
      ? { href: `/my/vacant-stores/${encodeURIComponent(inquiry.vacantStoreId)}/edit`, label: t('vacantStores.inquiries.thread.manageStore') }
      : inquiry.storeStatus === 'published'
        ? { href: `/vacant-stores/${encodeURIComponent(inquiry.vacantStoreId)}`, label: t('vacantStores.inquiries.thread.storePage') }
        : null;

  return (
    <div className="form-page form-page--wide inquiry-thread">
      <Breadcrumb />
      <h1>{t('vacantStores.inquiries.thread.heading', { title: inquiry.storeTitle })}</h1>
      {sent && (
        <p role="status" className="notice notice--done">
          {t('vacantStores.inquiries.ask.sent')}
        </p>
      )}
      <dl className="details-list inquiry-thread__summary" aria-label={t('vacantStores.inquiries.thread.summary')}>
        <div>
          <dt>{t(`vacantStores.inquiries.thread.otherParty.${inquiry.mySide}`)}</dt>
          <dd>{inquiry.otherPartyName}</dd>
        </div>
        <div>
          <dt>{t('vacantStores.inquiries.thread.plannedBusiness')}</dt>
          <dd>{inquiry.plannedBusiness}</dd>
        </div>
        <div>
          <dt>{t('vacantStores.inquiries.thread.status')}</dt>
          <dd>
            <InquiryStatusBadge status={inquiry.status} />
          </dd>
        </div>
      </dl>
      {storeLink && (
        <p>
          <Link href={storeLink.href}>{storeLink.label}</Link>
        </p>
      )}

      <OutcomePanel inquiry={inquiry} />

      <section aria-labelledby="thread-messages-title" className="inquiry-thread__messages">
        <h2 id="thread-messages-title">{t('vacantStores.inquiries.thread.messages')}</h2>
        <p className="field__hint">{t('vacantStores.inquiries.thread.privacy')}</p>
        {messages.isError ? (
          <p role="alert" className="form-status__failed">
            {t('vacantStores.inquiries.thread.loadFailed')} {messages.error.message}
          </p>
        ) : !messages.data ? (
          <p role="status">{t('form.loading')}</p>
        ) : (
          <MessageList messages={messages.data} />
        )}
      </section>

      {inquiry.canPostMessage ? <ReplyForm inquiry={inquiry} /> : <p className="notice">{t('vacantStores.inquiries.thread.closedNote')}</p>}
    </div>
  );
}
