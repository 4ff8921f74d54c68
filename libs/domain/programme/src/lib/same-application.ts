/**
 * rule R27: the key under which two applications for money are the same one: a programme funds
 * an organization's project once. Project names are compared as a person reads them: full-width
 * and half-width forms alike (NFKC), runs of spaces as one, ends trimmed, Latin letters in one case.
 */
export function projectKey(projectName: string): string {
  if (typeof projectName !== 'string') {
    throw new RangeError(`rule R27: a project name must be a string, got ${String(projectName)}`);
  }
  return projectName.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}
