import type { VacantStoreSummary } from '@asaka/contracts';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';
import { formatAccess, formatArea, formatDistance, formatYen, usesLabel } from './format';
import { coverPhotoOf, distanceOf } from './store-extras';

/** Passed to the detail page, so its "back to the results" link returns to this very search. */
export interface FromSearch {
  search?: string;
}

export function fromSearchOf(state: unknown): FromSearch {
  return typeof state === 'object' && state !== null && typeof (state as FromSearch).search === 'string' ? (state as FromSearch) : {};
}

/**
 * One store in the results: its title (the link to its page), then the figures people compare,
 * each named (a definition list reads as "最寄り駅: 朝霞駅 徒歩2分"). The photo repeats the title,
 * so it is decorative here.
 */
export function StoreCard({ store, search }: { store: VacantStoreSummary; search: string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const cover = coverPhotoOf(store);
  const distance = distanceOf(store);
  const titleId = `store-${store.id}-title`;
  return (
    <li className="store-card">
      <article aria-labelledby={titleId} className="store-card__article">
        {cover && <img src={cover} alt="" loading="lazy" decoding="async" className="store-card__photo" />}
        <div className="store-card__body">
          <h3 id={titleId} className="store-card__title">
            <Link href={`/vacant-stores/${encodeURIComponent(store.id)}`} routerOptions={{ state: { search } satisfies FromSearch }}>
              {store.title}
            </Link>
          </h3>
          <dl className="store-card__facts">
            <div>
              <dt>{t('vacantStores.fields.access')}</dt>
              <dd>{formatAccess(t, store.station, store.walkMinutes)}</dd>
            </div>
            <div>
              <dt>{t('vacantStores.fields.district')}</dt>
              <dd>{t('vacantStores.format.district', { district: store.district })}</dd>
            </div>
            <div>
              <dt>{t('vacantStores.fields.floorArea')}</dt>
              <dd>
                {formatArea(t, store.floorAreaSquareMetres, store.floorAreaTsubo)}
                {t('vacantStores.format.floorSuffix', { floor: store.floor })}
              </dd>
            </div>
            <div>
              <dt>{t('vacantStores.fields.monthlyTotal')}</dt>
              <dd>
                <strong className="store-card__price">{formatYen(store.monthlyTotalYen, language)}</strong>
                {store.commonChargesYen > 0 && (
                  <span className="store-card__note">
                    {t('vacantStores.format.rentBreakdown', { rent: formatYen(store.monthlyRentYen, language), common: formatYen(store.commonChargesYen, language) })}
                  </span>
                )}
              </dd>
            </div>
            <div>
              <dt>{t('vacantStores.fields.allowedUses')}</dt>
              <dd>{usesLabel(t, store.allowedUses)}</dd>
            </div>
            {distance !== null && (
              <div>
                <dt>{t('vacantStores.fields.distance')}</dt>
                <dd>{formatDistance(t, distance)}</dd>
              </div>
            )}
          </dl>
          {store.fixturesRemain && <p className="store-card__tag">{t('vacantStores.fields.fixturesRemainTag')}</p>}
        </div>
      </article>
    </li>
  );
}
