/** Why a proposal is short of reviewers, counted at its turn. rule R18 */
export interface ShortfallCounts {
  proposalId: string;
  available: number;
  needed: number;
  recused: number;
  inactive: number;
  atMaxLoad: number;
  maxLoad: number;
}

// rule R18: explain a shortfall so the programme officer knows what to add to the pool.
export function shortfallTexts(c: ShortfallCounts): { message: string; messageZh: string } {
  const why: string[] = [];
  const whyZh: string[] = [];
  if (c.recused > 0) {
    why.push(`${c.recused} recused for conflicts of interest`);
    whyZh.push(`${c.recused} 名因利害关系回避`);
  }
  if (c.inactive > 0) {
    why.push(`${c.inactive} inactive`);
    whyZh.push(`${c.inactive} 名未启用`);
  }
  if (c.atMaxLoad > 0) {
    why.push(`${c.atMaxLoad} already at the most of ${c.maxLoad} proposals`);
    whyZh.push(`${c.atMaxLoad} 名已达 ${c.maxLoad} 个项目的评审上限`);
  }
  const reason = why.length === 0 ? '' : ` (${why.join(', ')})`;
  const reasonZh = whyZh.length === 0 ? '' : `（${whyZh.join('，')}）`;
  return {
    message: `rule R18: proposal ${c.proposalId} needs ${c.needed} reviewers but only ${c.available} can be drawn${reason}; add experts to the pool`,
    messageZh: `规则 R18：项目 ${c.proposalId} 需要 ${c.needed} 名评审专家，仅能抽取 ${c.available} 名${reasonZh}，请补充专家库`,
  };
}
