/** 'YYYY-MM', month 01–12. */
export const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
