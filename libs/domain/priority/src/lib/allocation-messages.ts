import { formatYuan } from '@civic/domain/money';
import { AllocationDecision, AllocationTrace, AllocationUnit } from './allocation-types';

type Quantity = (n: number) => [string, string];

const QUANTITIES: Record<AllocationUnit, Quantity> = {
  FEN: (n) => [`${formatYuan(n)} yuan`, `${formatYuan(n)} 元`],
  SEAT: (n) => [`${n} ${n === 1 ? 'seat' : 'seats'}`, `${n} 个名额`],
};

// rule R14: explain one candidate's outcome from what was left when its turn came.
export function decisionFor(trace: AllocationTrace, unit: AllocationUnit): AllocationDecision {
  const { rank, candidate, reserveLeft, poolLeft, source } = trace;
  const q = QUANTITIES[unit];
  const [amount, amountZh] = q(candidate.amount);
  const head = `rank ${rank} (${candidate.rural ? 'rural' : 'urban'})`;
  const headZh = `第 ${rank} 名（${candidate.rural ? '农村' : '城市'}）`;
  const held = candidate.held !== undefined;
  const base = { id: candidate.id, rank, rural: candidate.rural, amount: candidate.amount, held };
  if (held) {
    const fromReserve = candidate.held === 'RURAL_RESERVE';
    return {
      ...base,
      outcome: fromReserve ? 'FUNDED_FROM_RESERVE' : 'FUNDED_FROM_GENERAL',
      message: `${head}: already awarded ${amount} from the ${fromReserve ? 'rural reserve' : 'general pool'}`,
      messageZh: `${headZh}：已从${fromReserve ? '农村预留额度' : '一般额度'}安排 ${amountZh}`,
    };
  }
  if (source === 'RURAL_RESERVE') {
    const [left, leftZh] = q((reserveLeft ?? 0) - candidate.amount);
    return {
      ...base,
      outcome: 'FUNDED_FROM_RESERVE',
      message: `${head}: funded ${amount} from the rural reserve; ${left} of the reserve left`,
      messageZh: `${headZh}：从农村预留额度安排 ${amountZh}，预留额度剩余 ${leftZh}`,
    };
  }
  const [reserveNote, reserveNoteZh] = candidate.rural
    ? reserveShortfall(reserveLeft ?? 0, q)
    : ['', ''];
  const [pool, poolZh] = q(poolLeft ?? 0);
  if (source === 'GENERAL') {
    const [left, leftZh] = q((poolLeft ?? 0) - candidate.amount);
    return {
      ...base,
      outcome: 'FUNDED_FROM_GENERAL',
      message: `${head}: funded ${amount} from the general pool${reserveNote}; ${left} left`,
      messageZh: `${headZh}：${reserveNoteZh && `申请额${reserveNoteZh}`}从一般额度安排 ${amountZh}，剩余 ${leftZh}`,
    };
  }
  return {
    ...base,
    outcome: 'NOT_FUNDED',
    message: `${head}: not funded; requested ${amount}${reserveNote}, only ${pool} left in the general pool`,
    messageZh: `${headZh}：未获安排；申请 ${amountZh}，${reserveNoteZh}一般额度仅剩 ${poolZh}`,
  };
}

function reserveShortfall(reserveLeft: number, q: Quantity): [string, string] {
  const [left, leftZh] = q(reserveLeft);
  return [
    ` (more than the ${left} left in the rural reserve)`,
    `超过农村预留额度剩余的 ${leftZh}，`,
  ];
}
