/** 'YYYY-MM', month 01–12. */
export const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** 'YYYY-MM-DD', a calendar date as read in China (UTC+8); validity is checked by the domain. */
export const CALENDAR_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
