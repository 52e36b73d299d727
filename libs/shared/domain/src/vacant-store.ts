/**
 * Vacant-store listings (plan 1-1): their review flow and the units people think in. The server
 * accepts exactly the moves listed here, and the web shows exactly these buttons.
 */
export const VACANT_STORE_STATUSES = ['draft', 'submitted', 'published', 'rejected', 'let', 'closed', 'withdrawn'] as const;
export type VacantStoreStatus = (typeof VACANT_STORE_STATUSES)[number];

export const VACANT_STORE_ACTIONS = ['submit', 'publish', 'reject', 'mark-let', 'close', 'withdraw', 'reopen'] as const;
export type VacantStoreAction = (typeof VACANT_STORE_ACTIONS)[number];

export type VacantStoreActor = 'owner' | 'staff';

interface Move {
  from: readonly VacantStoreStatus[];
  to: VacantStoreStatus;
  by: readonly VacantStoreActor[];
}

const MOVES: Record<VacantStoreAction, Move> = {
  // The owner sends a draft (or a rejected listing they corrected) for review.
  submit: { from: ['draft', 'rejected'], to: 'submitted', by: ['owner'] },
  publish: { from: ['submitted'], to: 'published', by: ['staff'] },
  // Rejection always carries a reason the owner sees (checked where the reason is given).
  reject: { from: ['submitted'], to: 'rejected', by: ['staff'] },
  'mark-let': { from: ['published'], to: 'let', by: ['owner'] },
  close: { from: ['let'], to: 'closed', by: ['owner', 'staff'] },
  // Withdrawing is possible at any time before the listing has ended.
  withdraw: { from: ['draft', 'submitted', 'published', 'rejected'], to: 'withdrawn', by: ['owner'] },
  // A withdrawn listing can be taken up again as a draft.
  reopen: { from: ['withdrawn'], to: 'draft', by: ['owner'] },
};

/** The actions this actor may take on a listing in this status, in a stable order. */
export function vacantStoreActions(status: VacantStoreStatus, actor: VacantStoreActor): VacantStoreAction[] {
  return VACANT_STORE_ACTIONS.filter((action) => MOVES[action].from.includes(status) && MOVES[action].by.includes(actor));
}

/** Who may ever take an action, whatever the status: a caller who is neither is refused (403), not told 409. */
export function vacantStoreActionActors(action: VacantStoreAction): readonly VacantStoreActor[] {
  return MOVES[action].by;
}

/** The status after the action, or null when the move is not allowed (→ 409 INVALID_TRANSITION). */
export function nextVacantStoreStatus(status: VacantStoreStatus, action: VacantStoreAction, actor: VacantStoreActor): VacantStoreStatus | null {
  return vacantStoreActions(status, actor).includes(action) ? MOVES[action].to : null;
}

/** 1 坪 = 400/121 m² (尺貫法, 6 尺 × 6 尺). Shown beside m², rounded to 0.1. */
export const SQUARE_METRES_PER_TSUBO = 400 / 121;

export function squareMetresToTsubo(squareMetres: number): number {
  return Math.round((squareMetres / SQUARE_METRES_PER_TSUBO) * 10) / 10;
}

/** A registration is valid for 3 years; owners are reminded 60 and 30 days before it lapses. */
export const VACANT_STORE_VALIDITY_YEARS = 3;
export const VACANT_STORE_RENEWAL_REMINDER_DAYS = [60, 30] as const;

export function vacantStoreExpiry(publishedAt: Date): Date {
  const expiry = new Date(publishedAt);
  expiry.setUTCFullYear(expiry.getUTCFullYear() + VACANT_STORE_VALIDITY_YEARS);
  return expiry;
}

/** Photos of a listing: at most 10, each file at most 10 MB as sent (they are stored re-encoded and smaller). */
export const VACANT_STORE_MAX_PHOTOS = 10;
export const VACANT_STORE_PHOTO_MAX_BYTES = 10 * 1024 * 1024;

/** The owner edits a listing only before review or after a rejection; a published one is frozen. */
export const VACANT_STORE_EDITABLE_STATUSES: readonly VacantStoreStatus[] = ['draft', 'rejected'];

export function isVacantStoreEditable(status: VacantStoreStatus): boolean {
  return VACANT_STORE_EDITABLE_STATUSES.includes(status);
}

/** A published listing is public while its registration is valid. */
export function isVacantStorePublic(status: VacantStoreStatus, expiresAt: Date | null, now: Date = new Date()): boolean {
  return status === 'published' && (expiresAt === null || expiresAt.getTime() > now.getTime());
}

/**
 * Stations a listing names as its nearest: Asaka's own three (東武東上線 朝霞・朝霞台, JR武蔵野線 北朝霞)
 * and the neighbouring stations people in Asaka use (志木, 和光市 on the 東上線, 新座 on the 武蔵野線).
 */
export const VACANT_STORE_STATIONS = ['朝霞', '朝霞台', '北朝霞', '志木', '和光市', '新座'] as const;
export type VacantStoreStation = (typeof VACANT_STORE_STATIONS)[number];

/** What a tenant may use the space for (用途). */
export const VACANT_STORE_USES = ['飲食', '物販', 'サービス', '事務所', '教室', 'その他'] as const;
export type VacantStoreUse = (typeof VACANT_STORE_USES)[number];

/** 普通借家 (renewable lease) or 定期借家 (fixed-term lease that ends without renewal). */
export const VACANT_STORE_CONTRACT_TYPES = ['普通借家', '定期借家'] as const;
export type VacantStoreContractType = (typeof VACANT_STORE_CONTRACT_TYPES)[number];

/** What a tenant pays each month, the figure seekers compare and the rent limit filters on. */
export function vacantStoreMonthlyTotalYen(monthlyRentYen: number, commonChargesYen: number): number {
  return monthlyRentYen + commonChargesYen;
}

/** The owner's declarations; both must hold before a listing goes to review. */
export interface VacantStoreDeclarations {
  /** 反社会的勢力でないこと */
  noOrganizedCrimeTies: boolean;
  /** 市税の滞納がないこと */
  noCityTaxArrears: boolean;
}

export function vacantStoreDeclarationsComplete(declarations: VacantStoreDeclarations): boolean {
  return declarations.noOrganizedCrimeTies && declarations.noCityTaxArrears;
}
