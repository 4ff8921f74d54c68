/** The first character of a name (a surname, an initial), for the header's avatar on a phone. */
export const initialOf = (name: string) => Array.from(name.trim())[0]?.toUpperCase() ?? '?';
