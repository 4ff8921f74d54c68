/** 'YYYY-MM', month 01–12. */
export const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * 'YYYY-MM-DD', a calendar date as read in China (UTC+8), that exists: a month's last day and
 * 29 February in leap years only (Gregorian), no year 0000. Issue #15: the well-formed fuzz mode
 * found `2026-02-29` passing the old pattern (any day 01–31) and Postgres refusing it with a 500.
 */
export const CALENDAR_DATE =
  /^(?!0000)(?:\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))|(?:\d\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$/;
