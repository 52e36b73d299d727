import sharp from 'sharp';
import type { EntityManager } from 'typeorm';
import type { VacantStoreUse } from '@asaka/domain';
import { EncodedImage, LISTING_THUMBNAIL_MAX_EDGE } from '../photos/listing-photo-image';
import { VacantStorePhotosRepository } from '../photos/vacant-store-photos.repository';

/**
 * Demo photos for the demo listings, drawn at seed time: shop fronts and interiors made of shapes
 * and colours only (no text, so no font is needed) and rendered by sharp from SVG. Nothing is
 * downloaded and no binary is kept in the repository. A handful of pictures is drawn once per
 * process and shared by all listings, which keeps seeding fast.
 */

const W = 1200;
const H = 900;

const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}</svg>`;

interface FrontPalette {
  sky: string;
  wall: string;
  wallShade: string;
  awning: [string, string];
  frame: string;
  sign: string;
  goods: string[];
}

/** A street-level shop front: upper floor windows, a striped awning, a shop window with goods, a glass door. */
function shopFront(p: FrontPalette): string {
  const stripes = Array.from({ length: 12 }, (_, i) => {
    const x = 150 + i * 75;
    return `<polygon points="${x},330 ${x + 75},330 ${x + 85},420 ${x - 10},420" fill="${p.awning[i % 2]}"/>`;
  }).join('');
  const scallops = Array.from({ length: 12 }, (_, i) => `<path d="M ${140 + i * 77} 420 a 38 24 0 0 0 77 0 z" fill="${p.awning[i % 2]}"/>`).join('');
  const upperWindows = [220, 470, 720, 970]
    .map((x) => `<rect x="${x}" y="90" width="150" height="130" fill="#cfe3f2" stroke="${p.frame}" stroke-width="10"/><line x1="${x + 75}" y1="90" x2="${x + 75}" y2="220" stroke="${p.frame}" stroke-width="6"/>`)
    .join('');
  const goods = p.goods
    .map((colour, i) => {
      const x = 250 + (i % 4) * 110;
      const y = i < 4 ? 560 : 650;
      return i % 3 === 0
        ? `<circle cx="${x + 35}" cy="${y + 30}" r="32" fill="${colour}"/>`
        : `<rect x="${x}" y="${y}" width="70" height="${i % 2 ? 60 : 75}" rx="6" fill="${colour}"/>`;
    })
    .join('');
  return svg(`
    <defs>
      <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.sky}"/><stop offset="1" stop-color="#ffffff"/></linearGradient>
      <linearGradient id="glass" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#e8f3fa"/><stop offset="1" stop-color="#9fbfd3"/></linearGradient>
    </defs>
    <rect width="${W}" height="${H}" fill="url(#sky)"/>
    <rect x="100" y="40" width="1000" height="760" fill="${p.wall}"/>
    <rect x="100" y="40" width="1000" height="24" fill="${p.wallShade}"/>
    ${upperWindows}
    <rect x="100" y="250" width="1000" height="70" fill="${p.wallShade}"/>
    <rect x="420" y="262" width="360" height="46" rx="8" fill="${p.sign}"/>
    <circle cx="600" cy="285" r="14" fill="${p.wall}"/>
    ${stripes}${scallops}
    <rect x="200" y="470" width="520" height="300" fill="url(#glass)" stroke="${p.frame}" stroke-width="14"/>
    <rect x="214" y="700" width="492" height="16" fill="${p.frame}" opacity="0.6"/>
    ${goods}
    <polygon points="260,480 330,480 220,640 214,640 214,560" fill="#ffffff" opacity="0.35"/>
    <polygon points="420,480 450,480 330,700 300,700" fill="#ffffff" opacity="0.25"/>
    <rect x="790" y="460" width="220" height="310" fill="url(#glass)" stroke="${p.frame}" stroke-width="14"/>
    <rect x="975" y="590" width="12" height="70" rx="6" fill="#d9d9d9"/>
    <polygon points="830,470 870,470 800,620 797,600" fill="#ffffff" opacity="0.3"/>
    <rect x="0" y="770" width="${W}" height="130" fill="#b9b4ab"/>
    ${Array.from({ length: 13 }, (_, i) => `<line x1="${i * 100}" y1="770" x2="${i * 100 - 60}" y2="900" stroke="#a39e95" stroke-width="4"/>`).join('')}
    <line x1="0" y1="835" x2="${W}" y2="835" stroke="#a39e95" stroke-width="4"/>
    <rect x="120" y="690" width="60" height="80" fill="#8d5b3c"/><circle cx="150" cy="660" r="50" fill="#4f8a4a"/><circle cx="125" cy="680" r="30" fill="#5e9c57"/>
    <rect x="1030" y="690" width="60" height="80" fill="#8d5b3c"/><circle cx="1060" cy="660" r="50" fill="#4f8a4a"/><circle cx="1085" cy="680" r="30" fill="#5e9c57"/>
  `);
}

/** The room every interior shares: ceiling, back wall, side walls and a floor in perspective. */
function room(wall: string, side: string, ceiling: string, floor: string, floorLine: string): string {
  const boards = Array.from({ length: 15 }, (_, i) => {
    const x = i * 100 - 100;
    return `<line x1="${300 + i * 43}" y1="640" x2="${x}" y2="${H}" stroke="${floorLine}" stroke-width="3"/>`;
  }).join('');
  return `
    <rect width="${W}" height="${H}" fill="${ceiling}"/>
    <polygon points="0,0 300,160 300,640 0,${H}" fill="${side}"/>
    <polygon points="${W},0 900,160 900,640 ${W},${H}" fill="${side}" opacity="0.85"/>
    <rect x="300" y="160" width="600" height="480" fill="${wall}"/>
    <polygon points="300,640 900,640 ${W},${H} 0,${H}" fill="${floor}"/>
    ${boards}`;
}

function cafeInterior(): string {
  const lamps = [420, 600, 780]
    .map((x) => `<line x1="${x}" y1="0" x2="${x}" y2="230" stroke="#333" stroke-width="3"/><path d="M ${x - 45} 270 a 45 40 0 0 1 90 0 z" fill="#2f2f2f"/><ellipse cx="${x}" cy="280" rx="60" ry="18" fill="#ffe9a8" opacity="0.7"/>`)
    .join('');
  const cups = Array.from({ length: 8 }, (_, i) => `<rect x="${360 + i * 62}" y="${i % 2 ? 318 : 322}" width="34" height="${i % 2 ? 34 : 30}" rx="5" fill="${['#ffffff', '#e9c46a', '#2a9d8f', '#f4a261'][i % 4]}"/>`).join('');
  const tables = [
    [260, 760],
    [600, 800],
    [940, 760],
  ]
    .map(
      ([x, y]) => `
      <rect x="${(x ?? 0) - 95}" y="${(y ?? 0) - 40}" width="40" height="100" rx="8" fill="#6d4c41"/>
      <rect x="${(x ?? 0) + 55}" y="${(y ?? 0) - 40}" width="40" height="100" rx="8" fill="#6d4c41"/>
      <rect x="${(x ?? 0) - 6}" y="${y}" width="12" height="80" fill="#3e2723"/>
      <ellipse cx="${x}" cy="${y}" rx="90" ry="26" fill="#a1887f"/>
      <rect x="${(x ?? 0) - 12}" y="${(y ?? 0) - 30}" width="24" height="24" rx="4" fill="#ffffff"/>`,
    )
    .join('');
  return svg(`
    ${room('#f1e3cf', '#e4d0b4', '#fbf6ee', '#b07d4f', '#9a6a40')}
    <rect x="330" y="300" width="540" height="10" fill="#8d6e63"/>
    <rect x="330" y="360" width="540" height="10" fill="#8d6e63"/>
    ${cups}
    <rect x="60" y="200" width="170" height="330" fill="#d6ecf7" stroke="#6d4c41" stroke-width="10" transform="skewY(20)"/>
    <rect x="330" y="470" width="540" height="170" fill="#795548"/>
    <rect x="320" y="455" width="560" height="22" fill="#4e342e"/>
    <rect x="740" y="420" width="80" height="35" rx="6" fill="#9e9e9e"/>
    ${lamps}${tables}
  `);
}

function retailInterior(): string {
  const colours = ['#e76f51', '#f4a261', '#e9c46a', '#2a9d8f', '#264653', '#8ab17d', '#c77dff', '#ffffff'];
  const shelf = (x: number, y: number, w: number, rows: number, seed: number) =>
    Array.from({ length: rows }, (_, r) => {
      const items = Array.from({ length: Math.floor(w / 46) }, (_, i) => {
        const h = 40 + ((i * 7 + r * 3 + seed) % 4) * 8;
        return `<rect x="${x + 8 + i * 46}" y="${y + r * 90 + 80 - h}" width="38" height="${h}" rx="3" fill="${colours[(i + r * 3 + seed) % colours.length]}"/>`;
      }).join('');
      return `${items}<rect x="${x}" y="${y + r * 90 + 80}" width="${w}" height="10" fill="#9e9e9e"/>`;
    }).join('');
  return svg(`
    ${room('#fafafa', '#eeeeee', '#ffffff', '#d7d3cc', '#c4bfb7')}
    ${[380, 600, 820].map((x) => `<rect x="${x - 70}" y="40" width="140" height="18" rx="4" fill="#fffde7" stroke="#e0e0e0" stroke-width="3"/>`).join('')}
    <rect x="320" y="200" width="560" height="400" fill="#f5f5f5" stroke="#bdbdbd" stroke-width="4"/>
    ${shelf(330, 200, 540, 4, 0)}
    <polygon points="40,280 250,330 250,700 40,800" fill="#e0e0e0"/>
    <polygon points="1160,280 950,330 950,700 1160,800" fill="#e0e0e0"/>
    <rect x="480" y="690" width="240" height="110" fill="#ffffff" stroke="#9e9e9e" stroke-width="4"/>
    <rect x="480" y="680" width="240" height="16" fill="#607d8b"/>
    ${Array.from({ length: 4 }, (_, i) => `<rect x="${500 + i * 55}" y="${640 - (i % 2) * 12}" width="40" height="${40 + (i % 2) * 12}" rx="4" fill="${colours[i + 2]}"/>`).join('')}
  `);
}

function officeRoom(): string {
  const blinds = (x: number) =>
    `<rect x="${x}" y="200" width="160" height="220" fill="#cfe8fb" stroke="#90a4ae" stroke-width="8"/>` +
    Array.from({ length: 10 }, (_, i) => `<line x1="${x}" y1="${210 + i * 20}" x2="${x + 160}" y2="${210 + i * 20}" stroke="#eceff1" stroke-width="6"/>`).join('');
  const desks = [
    [300, 700],
    [600, 700],
    [900, 700],
  ]
    .map(
      ([x, y]) => `
      <rect x="${(x ?? 0) - 110}" y="${y}" width="220" height="20" fill="#bcaaa4"/>
      <rect x="${(x ?? 0) - 100}" y="${(y ?? 0) + 20}" width="12" height="110" fill="#78909c"/>
      <rect x="${(x ?? 0) + 88}" y="${(y ?? 0) + 20}" width="12" height="110" fill="#78909c"/>
      <rect x="${(x ?? 0) - 50}" y="${(y ?? 0) + 45}" width="100" height="70" rx="12" fill="#37474f"/>
      <rect x="${(x ?? 0) - 60}" y="${(y ?? 0) - 60}" width="80" height="55" rx="4" fill="#263238"/>`,
    )
    .join('');
  return svg(`
    ${room('#eef1f3', '#dfe4e8', '#f7f9fa', '#9aa7b0', '#8896a0')}
    ${blinds(340)}${blinds(700)}
    <rect x="530" y="230" width="140" height="170" fill="#ffffff" stroke="#b0bec5" stroke-width="6"/>
    <rect x="530" y="405" width="140" height="8" fill="#b0bec5"/>
    ${desks}
    <rect x="1010" y="560" width="70" height="90" fill="#8d6e63"/><circle cx="1045" cy="520" r="60" fill="#558b2f"/><circle cx="1010" cy="555" r="35" fill="#689f38"/>
  `);
}

/** スケルトン: what a vacant space often looks like, bare walls and an exposed ceiling. */
function emptySpace(): string {
  const ducts = `<rect x="0" y="60" width="${W}" height="36" fill="#b0b0b0"/><rect x="0" y="60" width="${W}" height="8" fill="#c8c8c8"/>
    <rect x="180" y="0" width="24" height="160" fill="#9e9e9e"/><rect x="990" y="0" width="24" height="160" fill="#9e9e9e"/>`;
  const tubes = [420, 780].map((x) => `<rect x="${x - 80}" y="120" width="160" height="14" rx="6" fill="#fffde7"/>`).join('');
  return svg(`
    ${room('#d6d3ce', '#c9c5bf', '#bdbab4', '#a8a49c', '#a8a49c')}
    ${ducts}${tubes}
    <rect x="300" y="160" width="600" height="480" fill="#d6d3ce"/>
    <rect x="520" y="330" width="160" height="310" fill="#8d8a84"/>
    <rect x="660" y="480" width="10" height="30" fill="#5d5a55"/>
    <rect x="340" y="520" width="50" height="36" fill="#eeeeee" stroke="#9e9e9e" stroke-width="3"/>
    <polygon points="0,160 240,230 240,560 0,620" fill="#dbeef8" opacity="0.9"/>
    <polygon points="60,190 100,200 40,560 0,570" fill="#ffffff" opacity="0.4"/>
    <polygon points="0,620 240,560 760,900 0,900" fill="#ffffff" opacity="0.12"/>
  `);
}

const FRONTS: FrontPalette[] = [
  { sky: '#9ccbf0', wall: '#efe6d8', wallShade: '#d8ccb8', awning: ['#c0392b', '#ffffff'], frame: '#5d4037', sign: '#7b3f32', goods: ['#e9c46a', '#f4a261', '#8ab17d', '#e76f51', '#2a9d8f', '#ffffff', '#e9c46a', '#264653'] },
  { sky: '#a9d4ee', wall: '#f4f1ea', wallShade: '#dcd6c9', awning: ['#2e7d32', '#f1f8e9'], frame: '#33691e', sign: '#1b5e20', goods: ['#ff8a65', '#ffd54f', '#aed581', '#4db6ac', '#f06292', '#fff176', '#81c784', '#ba68c8'] },
  { sky: '#b3d9f2', wall: '#cfd8dc', wallShade: '#90a4ae', awning: ['#1a3a5c', '#2c5a85'], frame: '#263238', sign: '#102a43', goods: ['#eceff1', '#90caf9', '#ffcc80', '#b0bec5', '#80cbc4', '#ffffff', '#ce93d8', '#a5d6a7'] },
];

interface DemoPhoto {
  photo: EncodedImage;
  thumbnail: Buffer;
  caption: string;
}

type PictureName = 'front0' | 'front1' | 'front2' | 'cafe' | 'retail' | 'office' | 'empty';

const PICTURES: Record<PictureName, { draw: () => string; caption: string }> = {
  front0: { draw: () => shopFront(FRONTS[0] as FrontPalette), caption: '外観（赤白のテントの路面店）' },
  front1: { draw: () => shopFront(FRONTS[1] as FrontPalette), caption: '外観（緑のテントの路面店）' },
  front2: { draw: () => shopFront(FRONTS[2] as FrontPalette), caption: '外観（紺のテントの店舗）' },
  cafe: { draw: cafeInterior, caption: '店内（カウンターと客席）' },
  retail: { draw: retailInterior, caption: '店内（陳列棚とレジ台）' },
  office: { draw: officeRoom, caption: '室内（窓際の事務スペース）' },
  empty: { draw: emptySpace, caption: '室内（スケルトンの状態）' },
};

let rendered: Promise<Record<PictureName, DemoPhoto>> | undefined;

/** Every demo picture as a JPEG and its thumbnail, drawn on first use and then reused. */
function pictures(): Promise<Record<PictureName, DemoPhoto>> {
  rendered ??= Promise.all(
    (Object.entries(PICTURES) as [PictureName, { draw: () => string; caption: string }][]).map(async ([name, { draw, caption }]) => {
      const data = await sharp(Buffer.from(draw())).jpeg({ quality: 80, mozjpeg: true }).toBuffer();
      const thumbnail = await sharp(data).resize(LISTING_THUMBNAIL_MAX_EDGE, LISTING_THUMBNAIL_MAX_EDGE, { fit: 'inside' }).jpeg({ quality: 76, mozjpeg: true }).toBuffer();
      const photo: EncodedImage = { data, contentType: 'image/jpeg', width: W, height: H };
      return [name, { photo, thumbnail, caption }] as const;
    }),
  ).then((entries) => Object.fromEntries(entries) as Record<PictureName, DemoPhoto>);
  return rendered;
}

/** The inside that fits what a listing may be used for. */
function interiorFor(uses: readonly VacantStoreUse[], fixturesRemain: boolean): PictureName {
  const office = uses.includes('事務所') || uses.includes('教室');
  if (!fixturesRemain) return office ? 'office' : 'empty';
  if (uses.includes('飲食')) return 'cafe';
  if (uses.includes('物販')) return 'retail';
  return office ? 'office' : 'empty';
}

/**
 * Gives the n-th demo listing one to three photos: a shop front, then an interior that fits its
 * uses, then (for every third) the bare space.
 */
export async function addDemoPhotos(manager: EntityManager, storeId: string, index: number, uses: readonly VacantStoreUse[], fixturesRemain: boolean): Promise<void> {
  const all = await pictures();
  const front = (['front0', 'front1', 'front2'] as const)[index % 3] ?? 'front0';
  const names = [...new Set<PictureName>([front, interiorFor(uses, fixturesRemain), 'empty'])].slice(0, 1 + (index % 3));
  const photos = new VacantStorePhotosRepository(manager.connection);
  for (const [position, name] of names.entries()) {
    const { photo, thumbnail, caption } = all[name];
    await photos.insert(manager, storeId, { position, caption, photo, thumbnail });
  }
}
