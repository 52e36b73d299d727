import { fiscalYearOf } from '@asaka/domain';
import type { StoreInquiry, StoreInquiryMessagePage, StoreInquiryPage, StoreMatch, StoreMatchPage, StoreMatchStats, VacantStore } from '@asaka/contracts';
import { ApiStack, CaughtMail, HttpSession, MailCatcher, startApiStack, waitFor } from '@asaka/testing';
import { AppModule } from '../../../../../apps/api/src/app.module';

const DAY_MS = 24 * 60 * 60 * 1000;

interface Person {
  id: string;
  email: string;
  browser: HttpSession;
}

interface NotificationRow {
  id: string;
  recipient_email: string;
  template: string;
  status: string;
  send_at: Date;
  dedupe_key: string | null;
  locale: string;
}

describe('vacant-store inquiries: threads, outcome and reminder mails', () => {
  let stack: ApiStack;
  let catcher: MailCatcher;
  let owner: Person;
  let partner: Person;
  let seeker: Person;
  let otherSeeker: Person;
  let staff: Person;
  let organizationId: string;
  let counter = 0;

  beforeAll(async () => {
    stack = await startApiStack((config) => AppModule.forRoot(config), { mail: true });
    catcher = stack.catcher as MailCatcher;
    owner = await stack.signIn('landlord@asaka-fudosan.example.jp');
    partner = await stack.signIn('partner@asaka-fudosan.example.jp');
    seeker = await stack.signIn('hanako@seeker.example.jp', ['entrepreneur']);
    otherSeeker = await stack.signIn('taro@seeker.example.jp', ['entrepreneur']);
    staff = await stack.signIn('clerk@city.example.jp', ['staff']);
    organizationId = (await owner.browser.post('/api/organizations', { name: '朝霞不動産', address: '朝霞市本町', industry: '不動産業', employeeCount: 3 })).json<{ id: string }>().id;
    // A second member of the owning organization who reads mail in English.
    await stack.sql.query(`INSERT INTO organization_member (organization_id, user_id, role) VALUES ($1, $2, 'member')`, [organizationId, partner.id]);
    await stack.sql.query(`UPDATE user_account SET locale = 'en', display_name = 'Ken Partner' WHERE id = $1`, [partner.id]);
    await stack.sql.query(`UPDATE user_account SET display_name = '本町 商' WHERE id = $1`, [owner.id]);
    await stack.sql.query(`UPDATE user_account SET display_name = '朝霞 花子' WHERE id = $1`, [seeker.id]);
    await stack.sql.query(`UPDATE user_account SET display_name = '北朝霞 太郎' WHERE id = $1`, [otherSeeker.id]);
  });

  afterAll(() => stack?.close());

  async function draft(): Promise<VacantStore> {
    counter += 1;
    const response = await owner.browser.post('/api/vacant-stores', {
      organizationId,
      title: `朝霞駅前 路面店 ${counter}`,
      district: '本町二丁目',
      streetAddress: `${counter}-1`,
      station: '朝霞',
      walkMinutes: 3,
      floorAreaSquareMetres: 40,
      floor: '1F',
      monthlyRentYen: 150_000,
      contractType: '普通借家',
      allowedUses: ['飲食', '物販'],
      declarations: { noOrganizedCrimeTies: true, noCityTaxArrears: true },
    });
    expect(response.statusCode).toBe(201);
    return response.json<VacantStore>();
  }

  async function published(): Promise<VacantStore> {
    const store = await draft();
    expect((await owner.browser.post(`/api/vacant-stores/${store.id}/submit`)).statusCode).toBe(200);
    const response = await staff.browser.post(`/api/vacant-stores/${store.id}/publish`);
    expect(response.statusCode).toBe(200);
    return response.json<VacantStore>();
  }

  async function inquire(who: Person, storeId: string, message = '初めまして。自家焙煎のカフェを開きたく、内見をお願いできますか。'): Promise<StoreInquiry> {
    const response = await who.browser.post(`/api/vacant-stores/${storeId}/inquiries`, { plannedBusiness: '自家焙煎のカフェ', message });
    expect(response.statusCode).toBe(201);
    return response.json<StoreInquiry>();
  }

  const mailTo = (email: string, subject: RegExp): Promise<CaughtMail> =>
    waitFor(() => catcher.messages.find((mail) => mail.to.includes(email) && subject.test(mail.subject)), {
      timeoutMs: 15_000,
      description: `a mail to ${email} with subject ${subject}`,
      explain: () => catcher.messages.map((m) => `${m.to.join(',')}: ${m.subject}`),
    });

  const notifications = async (dedupePrefix: string): Promise<NotificationRow[]> =>
    (await stack.sql.query(
      `SELECT id::text, recipient_email, template, status, send_at, dedupe_key, locale FROM notification WHERE dedupe_key LIKE $1 || '%' ORDER BY recipient_email, dedupe_key`,
      [dedupePrefix],
    )) as NotificationRow[];

  const lastMessageAt = async (inquiryId: string): Promise<Date> =>
    ((await stack.sql.query(`SELECT max(created_at) AS at FROM store_inquiry_message WHERE inquiry_id = $1`, [inquiryId])) as { at: Date }[])[0]?.at as Date;

  it('takes inquiries only about published stores, one open inquiry per seeker, and none from the store’s own organization', async () => {
    const hidden = await draft();
    const onDraft = await seeker.browser.post(`/api/vacant-stores/${hidden.id}/inquiries`, { plannedBusiness: '雑貨店', message: 'こんにちは' });
    expect(onDraft.statusCode).toBe(404);

    const store = await published();
    await inquire(seeker, store.id);
    const again = await seeker.browser.post(`/api/vacant-stores/${store.id}/inquiries`, { plannedBusiness: '雑貨店', message: 'もう一度' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'INQUIRY_EXISTS' });

    const own = await partner.browser.post(`/api/vacant-stores/${store.id}/inquiries`, { plannedBusiness: '雑貨店', message: '自社物件' });
    expect(own.statusCode).toBe(409);
    expect(own.json()).toMatchObject({ code: 'OWN_STORE_INQUIRY' });

    const empty = await otherSeeker.browser.post(`/api/vacant-stores/${store.id}/inquiries`, { plannedBusiness: '', message: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('mails every member of the owning organization in their language, with a link to the thread and never the seeker’s address', async () => {
    const store = await published();
    const inquiry = await inquire(seeker, store.id);
    expect(inquiry).toMatchObject({ status: 'open', mySide: 'seeker', otherPartyName: '朝霞不動産', storeTitle: store.title, actions: ['close'], canPostMessage: true });

    const toOwner = await mailTo(owner.email, new RegExp(`「${store.title}」にお問い合わせがありました`));
    expect(toOwner.to).toEqual([owner.email]);
    expect(toOwner.text).toContain('朝霞 花子 さんからお問い合わせが届きました');
    expect(toOwner.text).toContain('開業予定の業種：自家焙煎のカフェ');
    expect(toOwner.text).toContain(`http://portal.test/inquiries/${inquiry.id}`);
    const toPartner = await mailTo(partner.email, new RegExp(`an inquiry about “${store.title}”`));
    expect(toPartner.to).toEqual([partner.email]);
    for (const mail of [toOwner, toPartner]) {
      expect(JSON.stringify({ text: mail.text, html: mail.html, headers: mail.headers })).not.toContain(seeker.email);
      expect(mail.headers['reply-to']).toBeUndefined();
    }
  });

  it('keeps a thread between its two parties: another seeker and staff get 404, a member of the owning organization reads and replies', async () => {
    const store = await published();
    const inquiry = await inquire(seeker, store.id, '内見を希望します。');
    const mine = await inquire(otherSeeker, store.id, '私も興味があります。');

    for (const outsider of [otherSeeker, staff]) {
      expect((await outsider.browser.get(`/api/inquiries/${inquiry.id}`)).statusCode).toBe(404);
      expect((await outsider.browser.get(`/api/inquiries/${inquiry.id}/messages`)).statusCode).toBe(404);
      expect((await outsider.browser.post(`/api/inquiries/${inquiry.id}/messages`, { body: '割り込み' })).statusCode).toBe(404);
    }
    expect((await seeker.browser.get(`/api/inquiries/${mine.id}/messages`)).statusCode).toBe(404);
    expect((await otherSeeker.browser.get(`/api/vacant-stores/${store.id}/inquiries`)).statusCode).toBe(404);

    const asPartner = (await partner.browser.get(`/api/inquiries/${inquiry.id}`)).json<StoreInquiry>();
    expect(asPartner).toMatchObject({ mySide: 'owner', otherPartyName: '朝霞 花子', actions: ['mark-let', 'close'] });
    expect((await partner.browser.post(`/api/inquiries/${inquiry.id}/messages`, { body: '土曜日の午前はいかがでしょうか。' })).statusCode).toBe(201);

    const thread = (await seeker.browser.get(`/api/inquiries/${inquiry.id}/messages`)).json<StoreInquiryMessagePage>();
    expect(thread.items.map((m) => [m.side, m.senderName, m.mine, m.body])).toEqual([
      ['seeker', '朝霞 花子', true, '内見を希望します。'],
      ['owner', 'Ken Partner', false, '土曜日の午前はいかがでしょうか。'],
    ]);
    const storeInquiries = (await owner.browser.get(`/api/vacant-stores/${store.id}/inquiries`)).json<StoreInquiryPage>();
    expect(storeInquiries.items.map((i) => i.id).sort()).toEqual([inquiry.id, mine.id].sort());

    // Each side's list shows the other by name, never by address; the latest activity comes first.
    const seekersList = (await seeker.browser.get('/api/inquiries')).json<StoreInquiryPage>();
    expect(seekersList.items[0]).toMatchObject({ id: inquiry.id, otherPartyName: '朝霞不動産' });
    const ownersList = await owner.browser.get('/api/inquiries');
    expect(ownersList.json<StoreInquiryPage>().items[0]).toMatchObject({ id: inquiry.id, otherPartyName: '朝霞 花子' });
    expect(ownersList.body).not.toContain('@');
    expect(seekersList.items.some((i) => i.id === mine.id)).toBe(false);
  });

  it('mails each new message to the other party only', async () => {
    const store = await published();
    const inquiry = await inquire(seeker, store.id);
    await owner.browser.post(`/api/inquiries/${inquiry.id}/messages`, { body: '来週の火曜日に内見できます。鍵は管理会社にあります。' });
    const toSeeker = await mailTo(seeker.email, new RegExp(`「${store.title}」について新しいメッセージが届きました`));
    expect(toSeeker.text).toContain('本町 商 さんから新しいメッセージが届きました');
    expect(toSeeker.text).toContain('来週の火曜日に内見できます');
    expect(toSeeker.text).toContain(`http://portal.test/inquiries/${inquiry.id}`);
    expect(JSON.stringify({ text: toSeeker.text, html: toSeeker.html, headers: toSeeker.headers })).not.toContain(owner.email);

    await seeker.browser.post(`/api/inquiries/${inquiry.id}/messages`, { body: 'ありがとうございます。火曜日に伺います。' });
    await mailTo(owner.email, new RegExp(`「${store.title}」について新しいメッセージが届きました`));
    await mailTo(partner.email, new RegExp(`a new message about “${store.title}”`));
    const messageMails = catcher.messages.filter((m) => m.headers['x-asaka-template'] === 'store-inquiry-message' && m.subject.includes(store.title));
    // The owner's message went to the seeker alone; the seeker's to both members; nobody got their own.
    expect(messageMails.map((m) => m.to[0]).sort()).toEqual([owner.email, partner.email, seeker.email].sort());
  });

  it('asks both parties how it ended 30 days after the last message, moves the question with each message, asks again after a quiet spell, and stops once the store is let', async () => {
    const store = await published();
    const inquiry = await inquire(seeker, store.id);
    const prefix = `store-inquiry:${inquiry.id}:quiet:`;

    const first = await notifications(prefix);
    expect(first.map((n) => [n.recipient_email, n.status, n.locale])).toEqual([
      [seeker.email, 'pending', 'ja'],
      [owner.email, 'pending', 'ja'],
      [partner.email, 'pending', 'en'],
    ]);
    const firstAt = await lastMessageAt(inquiry.id);
    for (const row of first) expect(row.send_at.getTime()).toBe(firstAt.getTime() + 30 * DAY_MS);

    await owner.browser.post(`/api/inquiries/${inquiry.id}/messages`, { body: '資料をお送りします。' });
    const moved = await notifications(prefix);
    const movedAt = await lastMessageAt(inquiry.id);
    expect(moved.map((n) => n.id)).toEqual(first.map((n) => n.id));
    for (const row of moved) expect({ status: row.status, sendAt: row.send_at.getTime() }).toEqual({ status: 'pending', sendAt: movedAt.getTime() + 30 * DAY_MS });

    // The question went out (the thread was quiet for 30 days); a message revives the thread, a new question is scheduled.
    await stack.sql.query(`UPDATE notification SET status = 'sent', sent_at = now() WHERE dedupe_key LIKE $1 || '%'`, [prefix]);
    await seeker.browser.post(`/api/inquiries/${inquiry.id}/messages`, { body: 'お返事が遅くなりました。まだ検討しています。' });
    const again = (await notifications(prefix)).filter((n) => n.status === 'pending');
    expect(again.map((n) => n.recipient_email)).toEqual([seeker.email, owner.email, partner.email]);
    expect(again.every((n) => n.dedupe_key?.startsWith(`${prefix}1:`))).toBe(true);

    const outcome = await owner.browser.post(`/api/vacant-stores/${store.id}/matched`, { inquiryId: inquiry.id });
    expect(outcome.statusCode).toBe(200);
    expect((await notifications(`${prefix}1:`)).map((n) => n.status)).toEqual(['cancelled', 'cancelled', 'cancelled']);
  });

  it('counts a let for 空き店舗の活用件数 only once the seeker and then staff confirmed it, in the fiscal year of the staff confirmation', async () => {
    const fiscalYear = fiscalYearOf(new Date());
    const countNow = async () => (await staff.browser.get(`/api/vacant-stores/stats/matches?fiscalYear=${fiscalYear}`)).json<StoreMatchStats>();
    const before = await countNow();
    expect(before.fiscalYear).toBe(fiscalYear);

    const store = await published();
    const chosen = await inquire(seeker, store.id);
    const other = await inquire(otherSeeker, store.id);

    // The seeker cannot mark the let, staff may not confirm before anything was let.
    expect((await seeker.browser.post(`/api/vacant-stores/${store.id}/matched`, { inquiryId: chosen.id })).statusCode).toBe(403);
    const early = await staff.browser.post(`/api/vacant-stores/${store.id}/confirm-match`);
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'INVALID_TRANSITION' });

    const let_ = await owner.browser.post(`/api/vacant-stores/${store.id}/matched`, { inquiryId: chosen.id });
    expect(let_.json()).toMatchObject({ status: 'let', actions: ['close'] });
    expect((await otherSeeker.browser.get(`/api/inquiries/${other.id}`)).json()).toMatchObject({ status: 'closed', closedReason: 'let-to-another', canPostMessage: false });
    expect((await otherSeeker.browser.post(`/api/inquiries/${other.id}/messages`, { body: 'まだ空いていますか' })).json()).toMatchObject({ code: 'INQUIRY_CLOSED' });
    const ask = await mailTo(seeker.email, new RegExp(`「${store.title}」の入居のご確認をお願いします`));
    expect(ask.text).toContain(`http://portal.test/inquiries/${chosen.id}`);
    expect((await notifications(`store-inquiry:${chosen.id}:let-reminder`)).map((n) => n.status)).toEqual(['pending']);

    // Marked let, but the seeker has not confirmed: staff cannot confirm yet.
    const tooSoon = await staff.browser.post(`/api/vacant-stores/${store.id}/confirm-match`);
    expect(tooSoon.statusCode).toBe(409);
    expect(tooSoon.json()).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect((await owner.browser.post(`/api/inquiries/${chosen.id}/confirm-let`)).statusCode).toBe(403);
    expect((await countNow()).confirmedMatches).toBe(before.confirmedMatches);

    const confirmed = await seeker.browser.post(`/api/inquiries/${chosen.id}/confirm-let`);
    expect(confirmed.json()).toMatchObject({ status: 'seeker-confirmed', seekerConfirmedAt: expect.stringMatching(/\+09:00$/), actions: ['dispute-let'] });
    expect((await notifications(`store-inquiry:${chosen.id}:let-reminder`)).map((n) => n.status)).toEqual(['cancelled']);
    const waiting = (await staff.browser.get('/api/vacant-stores/matches?status=seeker-confirmed')).json<StoreMatchPage>();
    expect(waiting.items.find((m) => m.inquiryId === chosen.id)).toMatchObject({ canConfirm: true, seekerName: '朝霞 花子', organizationName: '朝霞不動産' });

    const match = await staff.browser.post(`/api/vacant-stores/${store.id}/confirm-match`);
    expect(match.statusCode).toBe(200);
    expect(match.json<StoreMatch>()).toMatchObject({ inquiryId: chosen.id, status: 'matched', fiscalYear, canConfirm: false, matchConfirmedAt: expect.stringMatching(/\+09:00$/) });
    expect((await countNow()).confirmedMatches).toBe(before.confirmedMatches + 1);
    expect((await staff.browser.post(`/api/vacant-stores/${store.id}/confirm-match`)).statusCode).toBe(409);
    expect((await countNow()).confirmedMatches).toBe(before.confirmedMatches + 1);
    expect((await staff.browser.get(`/api/vacant-stores/stats/matches?fiscalYear=${fiscalYear - 1}`)).json()).toMatchObject({ confirmedMatches: 0 });

    const log = (await staff.browser.get(`/api/admin/audit-log?targetId=${store.id}&action=vacant-store.match-confirmed`)).json<{ items: { newValue: unknown }[] }>();
    expect(log.items[0]?.newValue).toMatchObject({ inquiryId: chosen.id, inquiryStatus: 'matched', fiscalYear });

    // The listing ends: closed by its owner, the match stays counted.
    expect((await owner.browser.post(`/api/vacant-stores/${store.id}/close`)).json()).toMatchObject({ status: 'closed', actions: [] });
    expect((await countNow()).confirmedMatches).toBe(before.confirmedMatches + 1);
  });

  it('lets the seeker dispute the owner’s let, which staff then cannot confirm', async () => {
    const store = await published();
    const inquiry = await inquire(seeker, store.id);
    await owner.browser.post(`/api/vacant-stores/${store.id}/matched`, { inquiryId: inquiry.id });
    expect((await seeker.browser.post(`/api/inquiries/${inquiry.id}/dispute-let`)).json()).toMatchObject({ status: 'disputed', actions: ['confirm-let'] });
    expect((await staff.browser.post(`/api/vacant-stores/${store.id}/confirm-match`)).json()).toMatchObject({ code: 'INVALID_TRANSITION' });
    const listed = (await staff.browser.get('/api/vacant-stores/matches?status=disputed')).json<StoreMatchPage>();
    expect(listed.items.find((m) => m.inquiryId === inquiry.id)).toMatchObject({ canConfirm: false, seekerDisputedAt: expect.any(String) });
  });

  it('schedules the owner’s renewal reminders 60 and 30 days before the registration lapses, and cancels them when the store is withdrawn', async () => {
    const store = await published();
    // The API shows whole seconds; the reminders are due from the stored instant.
    const [row] = (await stack.sql.query(`SELECT expires_at FROM vacant_store WHERE id = $1`, [store.id])) as { expires_at: Date }[];
    const expiresAt = (row as { expires_at: Date }).expires_at.getTime();
    const reminders = await notifications(`vacant-store:${store.id}:renewal:`);
    expect(reminders.map((n) => [n.recipient_email, n.template, n.status, (expiresAt - n.send_at.getTime()) / DAY_MS]).sort()).toEqual(
      [
        [owner.email, 'vacant-store-renewal', 'pending', 30],
        [owner.email, 'vacant-store-renewal', 'pending', 60],
        [partner.email, 'vacant-store-renewal', 'pending', 30],
        [partner.email, 'vacant-store-renewal', 'pending', 60],
      ].sort(),
    );
    const inquiry = await inquire(seeker, store.id);

    const withdrawn = await owner.browser.post(`/api/vacant-stores/${store.id}/withdraw`);
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', actions: ['reopen'] });
    expect((await notifications(`vacant-store:${store.id}:renewal:`)).map((n) => n.status)).toEqual(['cancelled', 'cancelled', 'cancelled', 'cancelled']);
    expect((await seeker.browser.get(`/api/inquiries/${inquiry.id}`)).json()).toMatchObject({ status: 'closed', closedReason: 'store-withdrawn' });
    expect((await notifications(`store-inquiry:${inquiry.id}:quiet:`)).every((n) => n.status === 'cancelled')).toBe(true);

    expect((await staff.browser.post(`/api/vacant-stores/${store.id}/reopen`)).statusCode).toBe(403);
    expect((await owner.browser.post(`/api/vacant-stores/${store.id}/reopen`)).json()).toMatchObject({ status: 'draft', actions: ['submit', 'withdraw'] });
  });

  it('lets either party end a conversation that led nowhere, and treats a seeker who deleted their account as gone', async () => {
    const store = await published();
    const ended = await inquire(seeker, store.id);
    expect((await owner.browser.post(`/api/inquiries/${ended.id}/close`)).json()).toMatchObject({ status: 'closed', closedReason: 'ended-by-owner' });
    expect((await notifications(`store-inquiry:${ended.id}:quiet:`)).every((n) => n.status === 'cancelled')).toBe(true);

    const leaving = await stack.signIn('leaving@seeker.example.jp');
    const inquiry = await inquire(leaving, store.id, '検討中です。');
    expect((await leaving.browser.request('DELETE', '/api/me')).statusCode).toBe(204);

    const seen = (await owner.browser.get(`/api/inquiries/${inquiry.id}`)).json<StoreInquiry>();
    expect(seen).toMatchObject({ status: 'closed', closedReason: 'seeker-left', otherPartyName: expect.stringContaining('退会済みユーザー'), canPostMessage: false });
    const thread = (await owner.browser.get(`/api/inquiries/${inquiry.id}/messages`)).json<StoreInquiryMessagePage>();
    expect(thread.items[0]).toMatchObject({ body: '検討中です。', senderName: expect.stringContaining('退会済みユーザー') });
    expect((await owner.browser.post(`/api/inquiries/${inquiry.id}/messages`, { body: 'ご連絡ください' })).json()).toMatchObject({ code: 'INQUIRY_CLOSED' });
    expect((await owner.browser.post(`/api/vacant-stores/${store.id}/matched`, { inquiryId: inquiry.id })).json()).toMatchObject({ code: 'INVALID_TRANSITION' });
  });
});
