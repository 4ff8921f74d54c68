import { answerCell, answerHeader, type FormSchema, formQuestions } from '@civic/domain/forms';
import type { TFunction } from 'i18next';
import type { RubricCriterionDto, ScoreSheetsView, VentureRankingView } from '../types';

/** Excel's format for yuan (R26): two decimals, thousands grouped; the cell stays a number. */
export const YUAN_FORMAT = '#,##0.00';

/** One sheet of an export: a name, the header row, then the rows; a number format per column. */
export interface Sheet {
  name: string;
  headers: string[];
  widths: number[];
  formats?: (string | undefined)[];
  rows: (string | number)[][];
}

type Column<R> = {
  header: string;
  width: number;
  value: (row: R) => string | number;
  format?: string;
};
type Row = VentureRankingView['rows'][number];
type SheetRow = ScoreSheetsView['sheets'][number];

/**
 * The call's added questions as columns of the ranked list (issue #17), after the fixed ones:
 * numbers and amounts (yuan) stay numbers, a choice shows its label.
 */
function answerColumns(form: FormSchema | undefined, lang: 'zh' | 'en'): Column<Row>[] {
  return formQuestions(form).map((q) => ({
    header: answerHeader(q, lang),
    width: 18,
    format: q.kind === 'YUAN' ? YUAN_FORMAT : undefined,
    value: (r: Row) => {
      const cell = answerCell(q, r.answers?.[q.key], lang);
      return cell === null || typeof cell === 'boolean' ? '' : cell;
    },
  }));
}

const sheet = <R>(name: string, columns: Column<R>[], rows: readonly R[]): Sheet => ({
  name,
  headers: columns.map((c) => c.header),
  widths: columns.map((c) => c.width),
  formats: columns.map((c) => c.format),
  rows: rows.map((row) => columns.map((c) => c.value(row))),
});

/**
 * A call's ranking as two sheets, in the UI language (`t`, and `zh` for the API's reasons): the
 * ranked list with each row's merit, priority bonus and reasons, rank score and outcome with its
 * reason (R13, R14, R19); the scores, each criterion's mean over the reviewers (R17); and, given
 * the call's score sheets, each reviewer's own scores and comment; with the call's form, the
 * answers to its added questions (issue #17) on the ranked list. Amounts are numbers of yuan
 * (fen / 100) in a yuan format, so Excel sums them (R26, issue #18); codes are labels.
 */
export function rankingSheets(
  ranking: VentureRankingView,
  rubric: readonly RubricCriterionDto[],
  t: TFunction,
  zh: boolean,
  scoreSheets?: ScoreSheetsView,
  form?: FormSchema,
): Sheet[] {
  const h = (key: string) => t(`venture.export.${key}`);
  const say = (item: { message: string; messageZh: string }) =>
    zh ? item.messageZh : item.message;
  const yesNo = (value: boolean) => t(value ? 'common.yes' : 'common.no');
  const who: Column<Row>[] = [
    { header: h('rank'), width: 6, value: (r) => r.rank },
    { header: h('title'), width: 36, value: (r) => r.title },
    { header: h('organization'), width: 30, value: (r) => r.organizationName },
  ];
  const ranked: Column<Row>[] = [
    ...who,
    { header: h('rural'), width: 10, value: (r) => yesNo(r.rural) },
    // issue #18: a number of yuan in a yuan format, so Excel sums it (R26: exact from fen)
    {
      header: h('requested'),
      width: 16,
      value: (r) => r.requestedFen / 100,
      format: YUAN_FORMAT,
    },
    { header: h('merit'), width: 10, value: (r) => r.merit },
    { header: h('bonus'), width: 12, value: (r) => r.bonus },
    {
      header: h('reasons'),
      width: 50,
      value: (r) => r.reasons.map((x) => `+${x.points} ${say(x)}`).join('\n'),
    },
    { header: h('rankScore'), width: 10, value: (r) => r.rankScore },
    { header: h('outcome'), width: 18, value: (r) => t(`enums.rankingOutcome.${r.outcome}`) },
    { header: h('reason'), width: 50, value: (r) => say(r) },
    { header: h('awarded'), width: 10, value: (r) => yesNo(r.held) },
    ...answerColumns(form, zh ? 'zh' : 'en'),
  ];
  const scores: Column<Row>[] = [
    ...who,
    { header: h('reviews'), width: 10, value: (r) => r.reviews },
    ...rubric.map((c) => ({
      header: t('venture.export.criterion', {
        name: c.name,
        scaleMax: c.scaleMax,
        weight: c.weight,
      }),
      width: 18,
      value: (r: Row) => r.criteria.find((m) => m.key === c.key)?.mean ?? '',
    })),
    { header: h('merit'), width: 10, value: (r) => r.merit },
  ];
  const criterionHeader = (c: RubricCriterionDto) =>
    t('venture.export.criterion', { name: c.name, scaleMax: c.scaleMax, weight: c.weight });
  const perReviewer: Column<SheetRow>[] = [
    { header: h('title'), width: 36, value: (r) => r.proposalTitle },
    { header: h('organization'), width: 30, value: (r) => r.organizationName },
    { header: h('reviewer'), width: 16, value: (r) => r.reviewerName },
    ...rubric.map((c) => ({
      header: criterionHeader(c),
      width: 18,
      value: (r: SheetRow) => r.scores?.[c.key] ?? '',
    })),
    { header: h('comment'), width: 40, value: (r) => r.comment ?? '' },
  ];
  return [
    sheet(h('rankingSheet'), ranked, ranking.rows),
    sheet(h('scoresSheet'), scores, ranking.rows),
    ...(scoreSheets ? [sheet(h('sheetsSheet'), perReviewer, scoreSheets.sheets)] : []),
  ];
}
