import 'leaflet/dist/leaflet.css';
import { ASAKA_CITY_HALL } from '@asaka/domain';
import type { TFunction } from 'i18next';
import * as L from 'leaflet';
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate, type NavigateFunction } from 'react-router';
import { mapTiles } from './map-config';

/**
 * The program's maps, in a chunk of their own (with Leaflet and its CSS) that is loaded only when a
 * map is shown. Everything a map shows is also in the page as text (the list of stores, the
 * address, the coordinates), so the maps are an aid, never the only way: with no tiles (offline,
 * a blocked tile server, the tests) the pins, the list and the buttons still work.
 *
 * Keyboard: the map takes focus (arrow keys move it, + and − zoom), each pin is a button that opens
 * its popup, and the popup's link takes focus; Escape closes it and returns to the pin.
 */

export interface MapPoint {
  latitude: number;
  longitude: number;
}

export interface MapStore extends MapPoint {
  id: string;
  title: string;
  /** A line under the title in the popup, e.g. station and rent. */
  summary: string;
}

const cityHall: L.LatLngTuple = [ASAKA_CITY_HALL.latitude, ASAKA_CITY_HALL.longitude];
const toLatLng = (point: MapPoint): L.LatLngTuple => [point.latitude, point.longitude];

/** A pin drawn in CSS (Leaflet's default icon images do not survive bundling). */
const pin = L.divIcon({ className: 'store-map__pin', html: '<span class="store-map__pin-shape"></span>', iconSize: [28, 28], iconAnchor: [14, 28], popupAnchor: [0, -26] });

/** Creates the Leaflet map in `element`, named and described for assistive technology. */
function createMap(element: HTMLElement, t: TFunction, onTileError: () => void): L.Map {
  const map = L.map(element, { zoomControl: false, center: cityHall, zoom: 14 });
  L.control.zoom({ zoomInTitle: t('vacantStores.map.zoomIn'), zoomOutTitle: t('vacantStores.map.zoomOut') }).addTo(map);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com/">Leaflet</a>');
  L.tileLayer(mapTiles.url, { attribution: mapTiles.attribution, minZoom: mapTiles.minZoom, maxZoom: mapTiles.maxZoom }).on('tileerror', onTileError).addTo(map);
  return map;
}

/**
 * A Leaflet map on the element of the returned ref, made again when the language changes (its
 * controls are labelled in it). The container is a named region whose hint says how to use it.
 */
function useLeafletMap(label: string, hintId: string): { element: RefObject<HTMLDivElement | null>; map: RefObject<L.Map | null>; tilesFailed: boolean; ready: number } {
  const { t } = useTranslation();
  const element = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const [tilesFailed, setTilesFailed] = useState(false);
  // Bumped when a map has been made, so effects that draw on it run again.
  const [ready, setReady] = useState(0);

  useEffect(() => {
    if (!element.current) return;
    const created = createMap(element.current, t, () => setTilesFailed(true));
    map.current = created;
    const frame = requestAnimationFrame(() => setReady((count) => count + 1));
    return () => {
      cancelAnimationFrame(frame);
      created.remove();
      map.current = null;
    };
  }, [t]);

  useEffect(() => {
    const container = map.current?.getContainer();
    container?.setAttribute('role', 'region');
    container?.setAttribute('aria-label', label);
    container?.setAttribute('aria-describedby', hintId);
  }, [label, hintId, ready]);

  return { element, map, tilesFailed, ready };
}

function TilesFailed({ failed }: { failed: boolean }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="store-map__status">
      {failed ? t('vacantStores.map.tilesFailed') : ''}
    </p>
  );
}

/** The popup of a pin: the store's title as a link to its page, and a line about it. */
function popupContent(store: MapStore, navigate: NavigateFunction, close: () => void): HTMLElement {
  const box = document.createElement('div');
  box.className = 'store-map__popup';
  const link = document.createElement('a');
  link.href = `/vacant-stores/${encodeURIComponent(store.id)}`;
  link.textContent = store.title;
  link.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void navigate(`/vacant-stores/${encodeURIComponent(store.id)}`);
  });
  const summary = document.createElement('p');
  summary.textContent = store.summary;
  box.append(link, summary);
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  return box;
}

/**
 * The stores of the result page as pins (only those with a position), the circle searched within
 * when there is one, and, when `onSearchHere` is given, a cross at the centre and a button that
 * searches around it.
 */
export function StoreMap({
  stores,
  near,
  label,
  onSearchHere,
  searchHereHint,
}: {
  stores: readonly MapStore[];
  near?: (MapPoint & { km: number }) | null;
  label: string;
  onSearchHere?: (centre: MapPoint) => void;
  searchHereHint?: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const hintId = useId();
  const searchHintId = useId();
  const { element, map, tilesFailed, ready } = useLeafletMap(label, hintId);

  useEffect(() => {
    const current = map.current;
    if (!current) return;
    const layer = L.layerGroup().addTo(current);
    const points: L.LatLngTuple[] = [];
    for (const store of stores) {
      const marker = L.marker(toLatLng(store), { icon: pin, title: store.title, keyboard: true, riseOnHover: true });
      marker.bindPopup(
        popupContent(store, navigate, () => {
          current.closePopup();
          (marker.getElement() as HTMLElement | undefined)?.focus();
        }),
      );
      marker.on('popupopen', () => marker.getPopup()?.getElement()?.querySelector<HTMLElement>('a')?.focus());
      marker.addTo(layer);
      points.push(toLatLng(store));
    }
    if (near) {
      const circle = L.circle(toLatLng(near), { radius: near.km * 1000, interactive: false, className: 'store-map__circle' }).addTo(layer);
      current.fitBounds(circle.getBounds(), { padding: [16, 16] });
    } else if (points.length > 0) {
      current.fitBounds(L.latLngBounds(points), { padding: [32, 32], maxZoom: 16 });
    } else {
      current.setView(cityHall, 13);
    }
    return () => {
      layer.remove();
    };
  }, [map, stores, near, navigate, ready]);

  return (
    <div className="store-map">
      <p id={hintId} className="field__hint">
        {t('vacantStores.map.keyboardHint')}
      </p>
      <div className="store-map__frame">
        <div ref={element} className="store-map__canvas" />
        {onSearchHere && <div className="store-map__crosshair" aria-hidden="true" />}
      </div>
      <TilesFailed failed={tilesFailed} />
      {onSearchHere && (
        <div className="store-map__actions">
          <Button
            className="button button--secondary"
            aria-describedby={searchHereHint ? searchHintId : undefined}
            onPress={() => {
              const centre = map.current?.getCenter();
              if (centre) onSearchHere({ latitude: centre.lat, longitude: centre.lng });
            }}
          >
            {t('vacantStores.map.searchHere')}
          </Button>
          {searchHereHint && (
            <span id={searchHintId} className="field__hint">
              {searchHereHint}
            </span>
          )}
        </div>
      )}
    </div>
  );
}

/** Six decimals of a degree are about 10 cm: more than enough for a shop's entrance. */
const roundDegrees = (degrees: number) => Math.round(degrees * 1e6) / 1e6;

/**
 * Picks a store's position: a click (or tap) on the map puts the pin there, the pin can be dragged,
 * and keyboard users move the map under the centre cross and press the button. The coordinates
 * are also fields of the form, so the position can be typed too.
 */
export function LocationPicker({ value, onChange, label }: { value: MapPoint | null; onChange: (point: MapPoint) => void; label: string }) {
  const { t } = useTranslation();
  const hintId = useId();
  const { element, map, tilesFailed, ready } = useLeafletMap(label, hintId);
  const marker = useRef<L.Marker | null>(null);
  const latest = useRef(onChange);
  const centred = useRef(false);

  useEffect(() => {
    latest.current = onChange;
  }, [onChange]);

  useEffect(() => {
    const current = map.current;
    if (!current) return;
    const pick = (event: L.LeafletMouseEvent) => latest.current({ latitude: roundDegrees(event.latlng.lat), longitude: roundDegrees(event.latlng.lng) });
    current.on('click', pick);
    return () => {
      current.off('click', pick);
    };
  }, [map, ready]);

  useEffect(() => {
    const current = map.current;
    if (!current) return;
    if (!value) {
      marker.current?.remove();
      marker.current = null;
      return;
    }
    if (!marker.current) {
      const created = L.marker(toLatLng(value), { icon: pin, draggable: true, keyboard: false, title: t('vacantStores.map.pickedPosition') });
      created.on('dragend', () => {
        const position = created.getLatLng();
        latest.current({ latitude: roundDegrees(position.lat), longitude: roundDegrees(position.lng) });
      });
      created.addTo(current);
      marker.current = created;
    } else {
      marker.current.setLatLng(toLatLng(value));
    }
    if (!centred.current) {
      current.setView(toLatLng(value), 17);
      centred.current = true;
    }
  }, [map, value, t, ready]);

  useEffect(
    () => () => {
      marker.current?.remove();
      marker.current = null;
      centred.current = false;
    },
    [ready],
  );

  return (
    <div className="store-map store-map--picker">
      <p id={hintId} className="field__hint">
        {t('vacantStores.map.pickerHint')}
      </p>
      <div className="store-map__frame">
        <div ref={element} className="store-map__canvas" />
        <div className="store-map__crosshair" aria-hidden="true" />
      </div>
      <TilesFailed failed={tilesFailed} />
      <div className="store-map__actions">
        <Button
          className="button button--secondary"
          onPress={() => {
            const centre = map.current?.getCenter();
            if (centre) onChange({ latitude: roundDegrees(centre.lat), longitude: roundDegrees(centre.lng) });
          }}
        >
          {t('vacantStores.map.useCentre')}
        </Button>
      </div>
    </div>
  );
}
