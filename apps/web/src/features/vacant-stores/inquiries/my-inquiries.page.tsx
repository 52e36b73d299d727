import type { StoreInquiry, StoreInquiryPage } from '@asaka/contracts';
import { keepPreviousData } from '@tanstack/react-query';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApiQuery } from '../../../api/use-api-query';
import { currentLanguage } from '../../../i18n/i18n';
import { Pagination, ResultCount } from '../../../ui/pagination';
import { usePageTitle } from '../../../ui/use-page-title';
import { useMe } from '../../accounts';
import { SignInPrompt } from '../../accounts/sign-in-prompt';
import { awaitsMyAnswer, formatInquiryTime, InquiryStatusBadge, inquiryPath, myInquiriesPath } from './inquiry-labels';

const pageSize = 20;

function pageOf(params: URLSearchParams): number {
  const value = params.get('page');
  return value && /^\d{1,6}$/.test(value) ? Math.max(1, Number(value)) : 1;
}

/**
 * 「お問い合わせ」: the person's conversations about vacant stores, those they sent and those about
 * their organizations' stores together, the latest activity first (as the API orders them).
 */
export function MyInquiriesPage() {
  const { t } = useTranslation();
  const me = useMe();
  usePageTitle(t('vacantStores.inquiries.mine.title'));

  let content;
  if (me.data === null) content = <SignInPrompt />;
  else if (me.isError) content = <p role="alert">{me.error.message}</p>;
  else if (!me.data) content = <p role="status">{t('form.loading')}</p>;
  else content = <MyInquiries />;

  return (
    <div className="wide-page">
      <h1>{t('vacantStores.inquiries.mine.title')}</h1>
      {content}
    </div>
  );
}

function MyInquiries() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const page = pageOf(params);
  const inquiries = useApiQuery<StoreInquiryPage>('/inquiries', { page, pageSize }, { placeholderData: keepPreviousData });

  return (
    <>
      <p>{t('vacantStores.inquiries.mine.lead')}</p>
      {inquiries.isError ? (
        <p role="alert" className="form-status__failed">
          {inquiries.error.message}
        </p>
      ) : !inquiries.data ? (
        <p role="status">{t('form.loading')}</p>
      ) : inquiries.data.total === 0 ? (
        <>
          <p role="status">{t('vacantStores.inquiries.mine.none')}</p>
          <p>
            <Link href="/vacant-stores">{t('vacantStores.inquiries.mine.findStores')}</Link>
          </p>
        </>
      ) : (
        <>
          <ResultCount page={inquiries.data.page} pageSize={inquiries.data.pageSize} total={inquiries.data.total} shown={inquiries.data.items.length} />
          <ul className="inquiry-list" aria-label={t('vacantStores.inquiries.mine.caption')}>
            {inquiries.data.items.map((inquiry) => (
              <InquiryItem key={inquiry.id} inquiry={inquiry} />
            ))}
          </ul>
          <Pagination
            page={page}
            pageSize={pageSize}
            total={inquiries.data.total}
            hrefFor={(target) => (target > 1 ? `${myInquiriesPath}?page=${target}` : myInquiriesPath)}
          />
        </>
      )}
    </>
  );
}

function InquiryItem({ inquiry }: { inquiry: StoreInquiry }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const titleId = `inquiry-${inquiry.id}`;
  const needsAnswer = awaitsMyAnswer(inquiry);
  return (
    <li className={`inquiry-item${needsAnswer ? ' inquiry-item--attention' : ''}`}>
      <article aria-labelledby={titleId}>
        <p className="inquiry-item__side">{t(inquiry.mySide === 'seeker' ? 'vacantStores.inquiries.mine.sent' : 'vacantStores.inquiries.mine.received')}</p>
        <h2 id={titleId} className="inquiry-item__title">
          <Link href={inquiryPath(inquiry.id)}>{inquiry.storeTitle}</Link>
        </h2>
        <p className="inquiry-item__status">
          <InquiryStatusBadge status={inquiry.status} />{' '}
          {needsAnswer && <strong className="inquiry-item__cue">{t('vacantStores.inquiries.mine.needsAnswer')}</strong>}
        </p>
        <ul className="inline-links inquiry-item__facts">
          <li>{t('vacantStores.inquiries.mine.otherParty', { name: inquiry.otherPartyName })}</li>
          <li>{inquiry.plannedBusiness}</li>
          <li>
            <time dateTime={inquiry.lastMessageAt}>{t('vacantStores.inquiries.mine.lastActivity', { at: formatInquiryTime(t, inquiry.lastMessageAt, language) })}</time>
          </li>
        </ul>
      </article>
    </li>
  );
}
