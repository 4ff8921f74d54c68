import type { DecisionOutcome, NotificationLanguage, ProgrammeName } from '@civic/contracts';
import { formatYuan } from '@civic/domain/money';

/** What a notice says, whatever carries it. */
export interface NoticeFacts {
  programme: ProgrammeName;
  outcome: DecisionOutcome;
  title: { zh: string; en: string };
  /** Integer fen (R26). */
  amountFen?: number | null;
  reason?: { zh: string; en: string } | null;
  /** The admin UI's path of the record. */
  link: string;
}

/** An e-mail's subject and body, and a text message, in one language. */
export interface NoticeText {
  subject: string;
  body: string;
  sms: string;
}

const PLATFORM = { 'zh-CN': '社区社会组织培育平台', en: 'Community Organizations Platform' };

const PROGRAMME: Record<ProgrammeName, Record<NotificationLanguage, string>> = {
  'lottery-fund': { 'zh-CN': '彩票公益金', en: 'Lottery welfare fund' },
  venture: { 'zh-CN': '公益创投', en: 'Venture philanthropy' },
  incubation: { 'zh-CN': '孵化基地', en: 'Incubation' },
  procurement: { 'zh-CN': '政府购买服务', en: 'Government purchase' },
};

/** Each outcome in a few words, as the organization hears it. */
const OUTCOME: Record<DecisionOutcome, Record<NotificationLanguage, string>> = {
  APPROVED: { 'zh-CN': '申请已获批准', en: 'application approved' },
  REJECTED: { 'zh-CN': '申请未获批准', en: 'application not approved' },
  AWARDED: { 'zh-CN': '项目获得资助', en: 'project awarded' },
  NOT_FUNDED: { 'zh-CN': '项目未获资助', en: 'project not funded' },
  ADMITTED: { 'zh-CN': '已获准入驻', en: 'admitted' },
  WAITLISTED: { 'zh-CN': '已列入候补名单', en: 'on the waiting list' },
  NOT_ADMITTED: { 'zh-CN': '未获准入驻', en: 'not admitted' },
  CONTRACT_AWARDED: { 'zh-CN': '投标成交', en: 'bid won, contract awarded' },
  BID_NOT_SELECTED: { 'zh-CN': '投标未成交', en: 'bid not selected' },
  AWARD_REVOKED: { 'zh-CN': '成交结果已撤销', en: 'award revoked' },
  PAID: { 'zh-CN': '款项已支付', en: 'payment made' },
  PAYMENT_FAILED: { 'zh-CN': '款项支付失败', en: 'payment failed' },
};

/**
 * The notice of a decision in the user's language (zh-CN unless they chose English): plain and
 * short, naming the programme, what it is about, the outcome, the amount (yuan, R26) and the
 * reason when there is one, with the link to the record. A text message is one line.
 */
export function noticeText(
  facts: NoticeFacts,
  language: NotificationLanguage,
  uiBaseUrl: string,
): NoticeText {
  const zh = language === 'zh-CN';
  const title = zh ? facts.title.zh : facts.title.en;
  const programme = PROGRAMME[facts.programme][language];
  const outcome = OUTCOME[facts.outcome][language];
  const url = `${uiBaseUrl}${facts.link}`;
  const amount =
    facts.amountFen === null || facts.amountFen === undefined
      ? null
      : zh
        ? `金额：${formatYuan(facts.amountFen)} 元`
        : `Amount: ¥${formatYuan(facts.amountFen)}`;
  const reason = facts.reason ? (zh ? facts.reason.zh : facts.reason.en) : null;
  const subject = zh
    ? `【${PLATFORM[language]}】${programme}：${outcome}（${title}）`
    : `[${PLATFORM[language]}] ${programme}: ${outcome} (${title})`;
  const lines = zh
    ? [
        `您所在组织的${programme}事项有了结果：${outcome}。`,
        `事项：${title}`,
        amount,
        reason ? `原因：${reason}` : null,
        `详情请登录查看：${url}`,
      ]
    : [
        `A decision about your organization (${programme}): ${outcome}.`,
        `About: ${title}`,
        amount,
        reason ? `Reason: ${reason}` : null,
        `Details: ${url}`,
      ];
  const sms = zh
    ? `【${PLATFORM[language]}】${programme}“${title}”${outcome}。详情：${url}`
    : `[${PLATFORM[language]}] ${programme} "${title}": ${outcome}. Details: ${url}`;
  return { subject, body: lines.filter((line) => line !== null).join('\n'), sms };
}
