/**
 * A delivery no retry can send: the address is gone, the channel was turned off since, or the
 * server refused it for good (an SMTP 5xx reply). It is recorded FAILED at once.
 */
export class Unsendable extends Error {}
