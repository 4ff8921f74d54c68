/**
 * The programmes that ask finance for money. A programme's name is also the consumer of its inbox
 * queue (`<programme>.inbox`), where finance's answers to it are sent (see ADDRESSED_MESSAGES).
 */
export const PROGRAMMES = ['incubation', 'venture', 'lottery-fund', 'procurement'] as const;
export type ProgrammeName = (typeof PROGRAMMES)[number];
