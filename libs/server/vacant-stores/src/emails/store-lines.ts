import { z } from 'zod';
import { squareMetresToTsubo } from '@asaka/domain';
import type { Locale } from '@asaka/domain';

/** A store as alert and digest mails show it: enough to decide whether to open the link. */
export const mailedStoreSchema = z.object({
  title: z.string(),
  district: z.string(),
  station: z.string(),
  walkMinutes: z.int(),
  floorAreaSquareMetres: z.number(),
  monthlyTotalYen: z.int(),
  allowedUses: z.array(z.string()),
  url: z.url(),
});
export type MailedStore = z.infer<typeof mailedStoreSchema>;

const yen = (amount: number) => amount.toLocaleString('ja-JP');

/** One line of facts: 「朝霞台駅 徒歩2分・33.06㎡（10坪）・月額192,000円（賃料＋共益費）・飲食／物販」. */
export function storeFacts(store: MailedStore, locale: Locale): string {
  const tsubo = squareMetresToTsubo(store.floorAreaSquareMetres);
  return locale === 'ja'
    ? `${store.district}・${store.station}駅 徒歩${store.walkMinutes}分・${store.floorAreaSquareMetres}㎡（${tsubo}坪）・月額${yen(store.monthlyTotalYen)}円（賃料＋共益費）・${store.allowedUses.join('／')}`
    : `${store.district} · ${store.walkMinutes} min walk from ${store.station} Station · ${store.floorAreaSquareMetres} m² (${tsubo} tsubo) · ¥${yen(store.monthlyTotalYen)} a month incl. common charges · ${store.allowedUses.join(', ')}`;
}

export const quoted = (names: readonly string[], locale: Locale) => (locale === 'ja' ? names.map((n) => `「${n}」`).join('') : names.map((n) => `“${n}”`).join(', '));
