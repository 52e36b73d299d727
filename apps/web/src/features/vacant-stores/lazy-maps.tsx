import { Component, lazy, Suspense, type ComponentProps, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { loadMaps } from './map-loader';

/**
 * The maps, loaded on demand: the pages that show one stay light, and when the map cannot be loaded
 * (its chunk fails to arrive, or Leaflet fails) the page says so in place of the map and carries on.
 */

const StoreMapChunk = lazy(() => loadMaps().then((module) => ({ default: module.StoreMap })));
const LocationPickerChunk = lazy(() => loadMaps().then((module) => ({ default: module.LocationPicker })));

class MapFailure extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

function OnDemand({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <MapFailure fallback={<p className="notice">{t('vacantStores.map.unavailable')}</p>}>
      <Suspense fallback={<p className="store-map__loading">{t('vacantStores.map.loading')}</p>}>{children}</Suspense>
    </MapFailure>
  );
}

export function LazyStoreMap(props: ComponentProps<typeof StoreMapChunk>) {
  return (
    <OnDemand>
      <StoreMapChunk {...props} />
    </OnDemand>
  );
}

export function LazyLocationPicker(props: ComponentProps<typeof LocationPickerChunk>) {
  return (
    <OnDemand>
      <LocationPickerChunk {...props} />
    </OnDemand>
  );
}
