import { ServiceError } from '@civic/platform/rpc';

/** A refusal naming its rule and field, in both languages. */
function refusal(
  status: number,
  rule: string,
  reason: string,
  field: string,
  message: string,
  messageZh: string,
): ServiceError {
  const text = `rule ${rule}: ${message}`;
  const textZh = `规则 ${rule}：${messageZh}`;
  return new ServiceError(
    status,
    `RULE_${rule}_${reason}`,
    text,
    [{ field, rule, message: text, messageZh: textZh }],
    textZh,
  );
}

/** 409: the result's objection window (质疑期) has not passed by the database clock (R25). */
export function objectionWindowOpen(deadline: Date | null): ServiceError {
  const until = deadline ? deadline.toISOString() : 'not set: the result is not published';
  return refusal(
    409,
    'R25',
    'OBJECTION_WINDOW_OPEN',
    'projectId',
    `the contract is signed only after the result's objection window, open until ${until}`,
    `中标（成交）结果的质疑期截至 ${deadline ? deadline.toISOString() : '（结果尚未公告）'}，质疑期届满后方可签订合同`,
  );
}

/** 409: an objection to the result is not answered yet (R25; Government Procurement Law art. 52–53). */
export function objectionOpen(count: number): ServiceError {
  return refusal(
    409,
    'R25',
    'OBJECTION_OPEN',
    'projectId',
    `${count} objection(s) to the result are not answered yet; no contract until they are`,
    `尚有 ${count} 项质疑未答复，答复前不得签订合同`,
  );
}

/** 409: the project names no bid that is still awarded. */
export function noAwardedBid(): ServiceError {
  return refusal(
    409,
    'R25',
    'NO_AWARDED_BID',
    'projectId',
    'the project has no awarded bid to sign the contract with',
    '该项目没有可据以签订合同的中标（成交）响应',
  );
}

/** 409: the undertaker's directory entry is no longer listed (R24). */
export function undertakerNotListed(status: string): ServiceError {
  return refusal(
    409,
    'R24',
    'UNDERTAKER_NOT_LISTED',
    'projectId',
    `the undertaker's directory entry is ${status}, not LISTED`,
    `中标承接主体的目录条目状态为 ${status}，不在承接主体目录中`,
  );
}

/** 422: the term differs from the one announced, which the bidders priced (R25). */
export function termNotAnnounced(months: number, announced: number): ServiceError {
  return refusal(
    422,
    'R25',
    'CONTRACT_TERM_ANNOUNCED',
    'months',
    `the contract runs the ${announced} months the project announced, got ${months}`,
    `合同期限须与采购公告载明的 ${announced} 个月一致，实际为 ${months} 个月`,
  );
}

/** 409: a completed contract takes no renewal and no evaluation. */
export function contractCompleted(): ServiceError {
  return refusal(
    409,
    'R25',
    'CONTRACT_COMPLETED',
    'id',
    "the contract is completed: its last year's final evaluation is in",
    '合同已履行完毕（最后一个合同年度已完成结项评价）',
  );
}

/** 409: every renewed year has its final evaluation; the next one must be renewed first. */
export function noYearToEvaluate(): ServiceError {
  return refusal(
    409,
    'R25',
    'YEAR_NOT_RENEWED',
    'id',
    'every renewed contract year has its final evaluation; renew the next year first',
    '已续签的合同年度均已完成结项评价，请先续签下一年度',
  );
}

/** 409: the year before was not committed by finance, so the contract is not renewed on it. */
export function previousYearNotCommitted(year: number, state: string | null): ServiceError {
  return refusal(
    409,
    'R27',
    'PREVIOUS_YEAR_NOT_COMMITTED',
    'id',
    `contract year ${year} is ${state ?? 'not renewed'} at finance; a year is renewed once the one before is committed`,
    `合同第 ${year} 年的资金承诺状态为 ${state ?? '未续签'}，须在上一年度资金承诺确认后方可续签`,
  );
}

/** 422: a report names a contract year the contract does not have (R25). */
export function noContractYear(year: number, years: number): ServiceError {
  return refusal(
    422,
    'R25',
    'CONTRACT_YEAR',
    'year',
    `the contract has ${years} contract year(s); there is no year ${year}`,
    `该合同共 ${years} 个合同年度，不存在第 ${year} 年`,
  );
}
