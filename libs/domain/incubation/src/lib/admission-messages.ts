import { AdmissionCandidate, SeatSource } from './admission-types';

type Texts = { message: string; messageZh: string };

/** A ranked candidate as its decision describes it. */
export interface RankedSeat {
  candidate: AdmissionCandidate;
  rank: number;
  rankScore: number;
}

const SOURCE_EN: Record<SeatSource, string> = {
  RURAL_RESERVE: 'a rural reserve seat',
  GENERAL: 'a general seat',
};
const SOURCE_ZH: Record<SeatSource, string> = {
  RURAL_RESERVE: '农村预留名额',
  GENERAL: '一般名额',
};

// rule R13: the rank and how its score was made, so an applicant sees why it placed there.
function head({ candidate: c, rank, rankScore }: RankedSeat): Texts {
  const formula = `${c.merit} × (1 + ${c.bonus}/100) = ${rankScore}`;
  return {
    message: `rank ${rank} (${c.rural ? 'rural' : 'urban'}, score ${formula})`,
    messageZh: `第 ${rank} 名（${c.rural ? '农村' : '城市'}，排序分 ${formula}）`,
  };
}

// rule R14, rule R16: an admitted candidate, with its seat and whether it held it already.
export function admittedTexts(seat: RankedSeat, source: SeatSource): Texts {
  const { message, messageZh } = head(seat);
  if (seat.candidate.held === true) {
    return {
      message: `${message}: admitted earlier; keeps ${SOURCE_EN[source]}`,
      messageZh: `${messageZh}：此前已录取，保留${SOURCE_ZH[source]}`,
    };
  }
  return {
    message: `${message}: admitted to ${SOURCE_EN[source]}`,
    messageZh: `${messageZh}：录取，占用${SOURCE_ZH[source]}`,
  };
}

// rule R14, rule R16: a waitlisted candidate: every seat it could take was taken.
export function waitlistedTexts(
  seat: RankedSeat,
  position: number,
  capacity: number,
  reserveSeats: number,
): Texts {
  const { message, messageZh } = head(seat);
  const reserve = seat.candidate.rural && reserveSeats > 0;
  const taken = `all ${capacity} ${capacity === 1 ? 'seat' : 'seats'}${reserve ? ', the rural reserve included,' : ''} are taken`;
  const takenZh = `${capacity} 个名额${reserve ? '（含农村预留名额）' : ''}已满`;
  return {
    message: `${message}: waitlisted, position ${position}; ${taken}`,
    messageZh: `${messageZh}：候补第 ${position} 位，${takenZh}`,
  };
}

// rule R16: why a candidate is not ranked: not eligible, or merit below the passing mark.
export function unrankedTexts(candidate: AdmissionCandidate, passingMerit: number): Texts {
  const [why, whyZh] = candidate.eligible
    ? [
        `merit ${candidate.merit} is below the passing mark of ${passingMerit}`,
        `评审得分 ${candidate.merit}，低于合格分 ${passingMerit}`,
      ]
    : ['not eligible (see the screening reasons)', '不符合申请条件（见资格审查结果）'];
  if (candidate.held === true) {
    const source = candidate.heldSource ?? 'GENERAL';
    return {
      message: `not ranked now (${why}); admitted earlier, keeps ${SOURCE_EN[source]}`,
      messageZh: `本次不参与排序（${whyZh}）；此前已录取，保留${SOURCE_ZH[source]}`,
    };
  }
  return { message: `rejected: ${why}`, messageZh: `未录取：${whyZh}` };
}
