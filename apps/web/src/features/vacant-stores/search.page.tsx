import type { VacantStorePage } from '@asaka/contracts';
import { VACANT_STORE_STATIONS, VACANT_STORE_USES } from '@asaka/domain';
import { keepPreviousData, type UseQueryResult } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Button, Form, Link, ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { ApiError } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { currentLanguage } from '../../i18n/i18n';
import { ErrorSummary, InputField, SelectField, useFormFields } from '../../ui/form';
import { Pagination } from '../../ui/pagination';
import { keepFocusState } from '../../ui/keep-focus';
import { usePageTitle } from '../../ui/use-page-title';
import { formatAccess, formatYen, stationLabel, allowedUseLabel } from './format';
import { LazyStoreMap } from './lazy-maps';
import {
  areaChoices,
  defaultNearKm,
  emptyFilters,
  filterProblems,
  nearFrom,
  nearParam,
  nearRadiusChoices,
  rentChoices,
  searchPageSize,
  storeSearchFrom,
  storeSearchParams,
  storeSearchQuery,
  storeSorts,
  type NearPoint,
  type StoreFilters,
  type StoreSearch,
  type StoreView,
} from './search-filters';
import { StoreCard } from './store-card';
import { positionOf } from './store-extras';
import { SaveSearch } from './saved-searches/save-search';

const searchPath = '/vacant-stores';

/** The filter form's values as typed and chosen; the point searched around stays as it came. */
interface FilterValues {
  q: string;
  station: string;
  use: string;
  minArea: string;
  maxArea: string;
  maxRent: string;
  nearKm: string;
  sort: string;
}
type FilterField = keyof FilterValues;

const fieldIds: Record<FilterField, string> = {
  q: 'store-search-q',
  station: 'store-search-station',
  use: 'store-search-use',
  minArea: 'store-search-min-area',
  maxArea: 'store-search-max-area',
  maxRent: 'store-search-max-rent',
  nearKm: 'store-search-near',
  sort: 'store-search-sort',
};

const hrefOf = (search: Partial<StoreSearch> & { filters: StoreFilters }) => `${searchPath}${storeSearchParams(search)}`;

/**
 * The public search of published stores (空き店舗をさがす): filters, the results as a list, and on
 * request a map of them. The whole search is in the address; the page only reads it and writes it.
 */
export function VacantStoreSearchPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const search = storeSearchFrom(params);
  const query = storeSearchQuery(search);
  const stores = useApiQuery<VacantStorePage>(searchPath, query, { placeholderData: keepPreviousData });
  usePageTitle(t('vacantStores.search.title'));
  const formKey = storeSearchParams({ filters: search.filters });

  return (
    <div className="wide-page">
      <h1>{t('vacantStores.search.title')}</h1>
      <p>{t('vacantStores.search.lead')}</p>
      {/* Keyed by the address's filters, so going back in history shows the search it made. */}
      <StoreFilterForm key={formKey} initial={search.filters} view={search.view} />
      <div className="search-extras">
        {/* Saves the search in the address, the one the results below are for. */}
        <SaveSearch filters={search.filters} />
        <p className="search-extras__link">
          <Link href="/vacant-stores/recommended">{t('vacantStores.recommendations.searchLink')}</Link>
        </p>
      </div>
      <section aria-labelledby="store-results-title" className="store-results">
        <div className="store-results__bar">
          <h2 id="store-results-title" className="store-results__title">
            {t('vacantStores.search.resultsTitle')}
          </h2>
          {/* Showing the map changes how the results look, not what they are: focus stays on the switch. */}
          <ViewSwitch view={search.view} onChange={(view) => void navigate(hrefOf({ ...search, view }), { state: keepFocusState })} />
        </div>
        <ResultStatus stores={stores} page={search.page} />
        {stores.isError && (
          <p role="alert" className="form-status__failed">
            {t('vacantStores.search.failed')} {stores.error.message}
          </p>
        )}
        {search.view === 'map' && stores.data && (
          <ResultsMap
            page={stores.data}
            near={search.filters.near}
            onSearchHere={(centre) =>
              void navigate(
                hrefOf({ filters: { ...search.filters, near: { ...centre, km: search.filters.near?.km ?? defaultNearKm }, sort: 'distance' }, view: 'map' }),
              )
            }
          />
        )}
        {stores.data && stores.data.items.length > 0 && (
          <ul className="store-list">
            {stores.data.items.map((store) => (
              <StoreCard key={store.id} store={store} search={storeSearchParams(search)} />
            ))}
          </ul>
        )}
        {stores.data && <Pagination page={search.page} pageSize={searchPageSize} total={stores.data.total} hrefFor={(page) => hrefOf({ ...search, page })} />}
      </section>
    </div>
  );
}

/**
 * Says how many stores matched, in a live region that is always in the page, so each new search's
 * result is announced (politely) without moving focus. While a new search runs it says so, so that
 * a search with the same count as the last one is announced too.
 */
function ResultStatus({ stores, page }: { stores: UseQueryResult<VacantStorePage, ApiError>; page: number }) {
  const { t } = useTranslation();
  let text = '';
  if (stores.isError) text = '';
  else if (!stores.data || stores.isPlaceholderData) text = t('vacantStores.search.searching');
  else if (stores.data.total === 0) text = t('vacantStores.search.none');
  else if (stores.data.items.length === 0) text = t('ui.results.pastEnd', { total: stores.data.total });
  else {
    const from = (page - 1) * stores.data.pageSize + 1;
    text = t('vacantStores.search.count', { total: stores.data.total, from, to: from + stores.data.items.length - 1 });
  }
  return (
    <p role="status" className="result-count">
      {text}
    </p>
  );
}

/** List or map: a pair of toggle buttons (arrow keys move between them), kept in the address. */
function ViewSwitch({ view, onChange }: { view: StoreView; onChange: (view: StoreView) => void }) {
  const { t } = useTranslation();
  return (
    <ToggleButtonGroup
      aria-label={t('vacantStores.search.view.label')}
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[view]}
      onSelectionChange={(selection) => {
        const next = selection.values().next().value;
        if (next === 'list' || next === 'map') onChange(next);
      }}
      className="view-switch"
    >
      <ToggleButton id="list" className="button button--secondary view-switch__option">
        {t('vacantStores.search.view.list')}
      </ToggleButton>
      <ToggleButton id="map" className="button button--secondary view-switch__option">
        {t('vacantStores.search.view.map')}
      </ToggleButton>
    </ToggleButtonGroup>
  );
}

/** The page's stores on the map; the list under it stays the full account of the results. */
function ResultsMap({ page, near, onSearchHere }: { page: VacantStorePage; near: NearPoint | null; onSearchHere: (centre: { latitude: number; longitude: number }) => void }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const nearKey = near ? nearParam(near) : '';
  // Stable between renders, so the map keeps where the person moved it until the results change.
  const pins = useMemo(
    () =>
      page.items.flatMap((store) => {
        const position = positionOf(store);
        return position ? [{ id: store.id, title: store.title, ...position, summary: `${formatAccess(t, store.station, store.walkMinutes)} ・ ${formatYen(store.monthlyTotalYen, language)}` }] : [];
      }),
    [page, t, language],
  );
  const circle = useMemo(() => nearFrom(nearKey || null), [nearKey]);
  return (
    <div className="store-results__map">
      <p className="field__hint">{pins.length > 0 ? t('vacantStores.map.shown', { count: pins.length, total: page.items.length }) : t('vacantStores.map.nonePlaced')}</p>
      <LazyStoreMap
        stores={pins}
        near={circle}
        label={t('vacantStores.map.resultsLabel')}
        onSearchHere={onSearchHere}
        searchHereHint={t('vacantStores.map.searchHereHint', { km: near?.km ?? defaultNearKm })}
      />
    </div>
  );
}

function StoreFilterForm({ initial, view }: { initial: StoreFilters; view: StoreView }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const navigate = useNavigate();
  const form = useFormFields<FilterValues>(
    () => ({
      q: initial.q,
      station: initial.station,
      use: initial.use,
      minArea: initial.minArea,
      maxArea: initial.maxArea,
      maxRent: initial.maxRent,
      nearKm: initial.near ? String(initial.near.km) : '',
      sort: initial.sort,
    }),
    fieldIds,
  );
  const { values } = form;
  const [moreOpen, setMoreOpen] = useState(
    () => initial.minArea !== '' || initial.maxArea !== '' || initial.maxRent !== '' || initial.near !== null || initial.sort !== 'newest',
  );

  const submit = () => {
    const near = initial.near && values.nearKm !== '' ? { ...initial.near, km: Number(values.nearKm) } : null;
    const sort = storeSorts.find((candidate) => candidate === values.sort) ?? 'newest';
    const filters: StoreFilters = {
      ...emptyFilters,
      q: values.q.trim(),
      station: VACANT_STORE_STATIONS.find((station) => station === values.station) ?? '',
      use: VACANT_STORE_USES.find((use) => use === values.use) ?? '',
      minArea: values.minArea,
      maxArea: values.maxArea,
      maxRent: values.maxRent,
      near,
      sort: sort === 'distance' && !near ? 'newest' : sort,
    };
    const problems = filterProblems(filters);
    if (problems.maxArea) {
      setMoreOpen(true);
      form.fail({ fields: { maxArea: t('vacantStores.search.problems.areaRange') } });
      return;
    }
    form.clear();
    void navigate(hrefOf({ filters, view }));
  };

  const withCurrent = (choices: readonly number[], current: string) =>
    current !== '' && !choices.includes(Number(current)) ? [...choices, Number(current)].sort((a, b) => a - b) : [...choices];
  const areaOptions = (current: string, none: string) => [
    { value: '', label: none },
    ...withCurrent(areaChoices, current).map((area) => ({ value: String(area), label: t('vacantStores.search.areaChoice', { area }) })),
  ];
  const any = (label: string) => ({ value: '', label });

  return (
    <section aria-labelledby="store-filters-title" className="filters">
      <h2 id="store-filters-title" className="filters__title">
        {t('vacantStores.search.filtersTitle')}
      </h2>
      <ErrorSummary errors={form.errors} fieldIds={fieldIds} />
      <Form
        role="search"
        aria-label={t('vacantStores.search.filtersTitle')}
        validationBehavior="aria"
        className="filter-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <div className="filter-form__fields">
          <InputField {...form.text('q')} type="search" label={t('vacantStores.search.q')} description={t('vacantStores.search.qHint')} />
          <SelectField
            {...form.text('station')}
            label={t('vacantStores.fields.station')}
            options={[any(t('vacantStores.search.anyStation')), ...VACANT_STORE_STATIONS.map((station) => ({ value: station, label: stationLabel(t, station) }))]}
          />
          <SelectField
            {...form.text('use')}
            label={t('vacantStores.search.use')}
            options={[any(t('vacantStores.search.anyUse')), ...VACANT_STORE_USES.map((use) => ({ value: use, label: allowedUseLabel(t, use) }))]}
          />
        </div>
        {/* The finer conditions fold away, so that on a phone the results follow the form closely. */}
        <details open={moreOpen} onToggle={(event) => setMoreOpen(event.currentTarget.open)} className="filter-form__more">
          <summary>{t('vacantStores.search.more')}</summary>
          <div className="filter-form__fields">
            <SelectField {...form.text('minArea')} label={t('vacantStores.search.minArea')} options={areaOptions(values.minArea, t('vacantStores.search.noMinimum'))} />
            <SelectField {...form.text('maxArea')} label={t('vacantStores.search.maxArea')} options={areaOptions(values.maxArea, t('vacantStores.search.noMaximum'))} />
            <SelectField
              {...form.text('maxRent')}
              label={t('vacantStores.search.maxRent')}
              description={t('vacantStores.search.maxRentHint')}
              options={[
                any(t('vacantStores.search.noMaximum')),
                ...withCurrent(rentChoices, values.maxRent).map((rent) => ({ value: String(rent), label: t('vacantStores.search.rentChoice', { amount: formatYen(rent, language) }) })),
              ]}
            />
            {initial.near && (
              <SelectField
                {...form.text('nearKm')}
                label={t('vacantStores.search.near')}
                description={t('vacantStores.search.nearHint')}
                options={[
                  any(t('vacantStores.search.nearOff')),
                  ...withCurrent(nearRadiusChoices, values.nearKm).map((km) => ({ value: String(km), label: t('vacantStores.search.nearChoice', { km }) })),
                ]}
              />
            )}
            <SelectField
              {...form.text('sort')}
              label={t('vacantStores.search.sort')}
              options={storeSorts
                .filter((sort) => sort !== 'distance' || initial.near)
                .map((sort) => ({ value: sort, label: t(`vacantStores.search.sorts.${sort}`) }))}
            />
          </div>
        </details>
        <div className="form__actions">
          <Button type="submit" className="button button--primary">
            {t('vacantStores.search.submit')}
          </Button>
          <Link href={hrefOf({ filters: emptyFilters, view })}>{t('vacantStores.search.clear')}</Link>
        </div>
      </Form>
    </section>
  );
}
