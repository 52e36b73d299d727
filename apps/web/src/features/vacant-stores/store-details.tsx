import type { VacantStore } from '@asaka/contracts';
import type { ReactNode } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';
import { formatJapanDateTime } from '../../ui/japan-time';
import { contractTypeLabel, formatAccess, formatArea, formatDate, formatYen, statusLabel, usesLabel } from './format';
import { LazyStoreMap } from './lazy-maps';
import { defaultNearKm, emptyFilters, storeSearchParams } from './search-filters';
import { photosOf, positionOf } from './store-extras';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The status as a badge: in words first, the colour only repeats it. */
export function StatusBadge({ status }: { status: VacantStore['status'] }) {
  const { t } = useTranslation();
  return <span className={`badge badge--store-${status}`}>{statusLabel(t, status)}</span>;
}

/**
 * Everything a listing says, in sections with headings (a screen reader can jump between them):
 * photos, the place, the money, what it may be used for, the owner's description, and where it
 * is (with a small map when the owner placed it). Shared by the public page and the staff review.
 */
export function StoreDetails({ store, headingLevel = 2 }: { store: VacantStore; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const photos = photosOf(store);
  const position = positionOf(store);
  const yen = (amount: number) => (amount === 0 ? t('vacantStores.format.none') : formatYen(amount, language));
  const id = (section: string) => `store-${store.id}-${section}`;

  return (
    <div className="store-details">
      {photos.length > 0 && (
        <section aria-labelledby={id('photos')}>
          <Heading id={id('photos')}>{t('vacantStores.detail.photos')}</Heading>
          <ul className="store-photos">
            {photos.map((photo, index) => (
              <li key={photo.id}>
                <img
                  src={photo.url}
                  alt={photo.caption?.trim() || t('vacantStores.detail.photoAlt', { title: store.title, number: index + 1 })}
                  width={photo.width}
                  height={photo.height}
                  loading={index === 0 ? 'eager' : 'lazy'}
                  decoding="async"
                  className="store-photos__image"
                />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby={id('overview')}>
        <Heading id={id('overview')}>{t('vacantStores.detail.overview')}</Heading>
        <dl className="details-list">
          <Fact term={t('vacantStores.fields.address')}>{t('vacantStores.format.address', { district: store.district, streetAddress: store.streetAddress })}</Fact>
          <Fact term={t('vacantStores.fields.access')}>{formatAccess(t, store.station, store.walkMinutes)}</Fact>
          <Fact term={t('vacantStores.fields.floorArea')}>{formatArea(t, store.floorAreaSquareMetres, store.floorAreaTsubo)}</Fact>
          <Fact term={t('vacantStores.fields.floor')}>{store.floor}</Fact>
          <Fact term={t('vacantStores.fields.availableFrom')}>{store.availableFrom ? formatDate(store.availableFrom, language) : t('vacantStores.detail.availableNow')}</Fact>
        </dl>
      </section>

      <section aria-labelledby={id('terms')}>
        <Heading id={id('terms')}>{t('vacantStores.detail.terms')}</Heading>
        <dl className="details-list">
          <Fact term={t('vacantStores.fields.monthlyTotal')}>
            <strong>{formatYen(store.monthlyTotalYen, language)}</strong>
          </Fact>
          <Fact term={t('vacantStores.fields.monthlyRent')}>{formatYen(store.monthlyRentYen, language)}</Fact>
          <Fact term={t('vacantStores.fields.commonCharges')}>{yen(store.commonChargesYen)}</Fact>
          <Fact term={t('vacantStores.fields.deposit')}>{yen(store.depositYen)}</Fact>
          <Fact term={t('vacantStores.fields.keyMoney')}>{yen(store.keyMoneyYen)}</Fact>
          <Fact term={t('vacantStores.fields.contractType')}>{contractTypeLabel(t, store.contractType)}</Fact>
        </dl>
      </section>

      <section aria-labelledby={id('use')}>
        <Heading id={id('use')}>{t('vacantStores.detail.use')}</Heading>
        <dl className="details-list">
          <Fact term={t('vacantStores.fields.allowedUses')}>{usesLabel(t, store.allowedUses)}</Fact>
          <Fact term={t('vacantStores.fields.restrictions')}>
            <span className="preserve-lines">{store.restrictions || t('vacantStores.format.none')}</span>
          </Fact>
          <Fact term={t('vacantStores.fields.previousUse')}>{store.previousUse || t('vacantStores.format.unknown')}</Fact>
          <Fact term={t('vacantStores.fields.fixturesRemain')}>{store.fixturesRemain ? t('vacantStores.detail.fixturesYes') : t('vacantStores.detail.fixturesNo')}</Fact>
        </dl>
      </section>

      {store.description && (
        <section aria-labelledby={id('description')}>
          <Heading id={id('description')}>{t('vacantStores.fields.description')}</Heading>
          <p className="preserve-lines">{store.description}</p>
        </section>
      )}

      <section aria-labelledby={id('place')}>
        <Heading id={id('place')}>{t('vacantStores.detail.place')}</Heading>
        <p>{t('vacantStores.format.address', { district: store.district, streetAddress: store.streetAddress })}</p>
        {position ? (
          <>
            <LazyStoreMap
              stores={[{ id: store.id, title: store.title, ...position, summary: formatAccess(t, store.station, store.walkMinutes) }]}
              label={t('vacantStores.map.storeLabel', { title: store.title })}
            />
            {store.status === 'published' && (
              <p>
                <Link href={`/vacant-stores${storeSearchParams({ filters: { ...emptyFilters, near: { ...position, km: defaultNearKm }, sort: 'distance' } })}`}>
                  {t('vacantStores.detail.searchAround')}
                </Link>
              </p>
            )}
          </>
        ) : (
          <p className="field__hint">{t('vacantStores.detail.notPlaced')}</p>
        )}
      </section>

      <section aria-labelledby={id('registration')}>
        <Heading id={id('registration')}>{t('vacantStores.detail.registration')}</Heading>
        <dl className="details-list">
          <Fact term={t('vacantStores.fields.organization')}>{store.organizationName}</Fact>
          {store.publishedAt && (
            <Fact term={t('vacantStores.fields.publishedAt')}>
              <time dateTime={store.publishedAt}>{formatJapanDateTime(store.publishedAt, language)}</time>
            </Fact>
          )}
          {store.expiresAt && (
            <Fact term={t('vacantStores.fields.expiresAt')}>
              <time dateTime={store.expiresAt}>{formatJapanDateTime(store.expiresAt, language)}</time>
            </Fact>
          )}
        </dl>
      </section>
    </div>
  );
}
