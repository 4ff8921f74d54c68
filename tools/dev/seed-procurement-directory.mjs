// Demo undertaker directory and expert pool for government purchase (demo-undertakers.mjs): the
// demo applicant applies for its own organization (rule R24), the demo officer enters the other
// undertakers and decides (listed, refused with the reason, one left pending), and keeps the
// expert pool (rule R18): the demo reviewer and three reviewer users created here. Idempotent:
// entries are found by name, experts by user, and only what is missing is entered or decided.
import { allItems, whenKnown } from './seed-procurement-kit.mjs';
import { demoExperts, ENTRIES, OWN_APPLICATION } from './demo-undertakers.mjs';
import { DEMO_PASSWORD } from './demo-sign-in.mjs';

/** The directory; answers the entries by key ('own' for the applicant's), each { id, name }. */
export async function seedDirectory({ client, log }) {
  const officer = client.as('officer');
  const applicant = client.as('applicant');
  let entered = 0;
  let decided = 0;
  const decide = async (entry, decision, reason) => {
    decided++;
    return officer.post(`/procurement/directory/${entry.id}/decision`, {
      decision,
      ...(reason ? { reason } : {}),
    });
  };

  // The applicant's organization reaches procurement as an event: 409 until then.
  let [own] = await allItems(applicant, '/procurement/directory');
  if (!own) {
    own = await whenKnown(
      "the demo applicant's organization at procurement",
      ['ORGANIZATION_NOT_KNOWN_YET'],
      () => applicant.post('/procurement/directory', OWN_APPLICATION),
    );
    entered++;
  }
  if (own.status === 'PENDING') own = await decide(own, 'LISTED');
  const entries = { own };

  const byName = new Map(
    (await allItems(officer, '/procurement/directory')).map((entry) => [entry.name, entry]),
  );
  for (const { key, body, decision, reason } of ENTRIES) {
    let entry = byName.get(body.name);
    if (!entry) {
      entry = await officer.post('/procurement/directory', body);
      entered++;
    }
    if (entry.status === 'PENDING' && decision) entry = await decide(entry, decision, reason);
    entries[key] = entry;
  }
  log(
    entered + decided === 0
      ? `seed: procurement directory skipped, its ${ENTRIES.length + 1} entries exist`
      : `seed: procurement directory: ${entered} entries entered, ${decided} decided ` +
          `("${own.name}" listed for the demo applicant)`,
  );
  return entries;
}

/** The expert pool; answers the usernames of its experts. */
export async function seedExperts({ client, log, year }) {
  const admin = client.as('admin');
  const officer = client.as('officer');
  const experts = demoExperts(year);
  const inPool = new Set((await allItems(officer, '/procurement/experts')).map((e) => e.userId));
  let added = 0;
  for (const expert of experts) {
    const user = await reviewerUser(admin, expert);
    if (inPool.has(user.id)) continue;
    await officer.post('/procurement/experts', {
      userId: user.id,
      name: user.displayName,
      fields: expert.fields,
      relations: expert.relations,
    });
    added++;
  }
  log(
    added === 0
      ? `seed: procurement expert pool skipped, its ${experts.length} experts exist`
      : `seed: procurement expert pool: ${added} experts added (${experts.map((e) => e.username).join(', ')})`,
  );
  return experts.map((e) => e.username);
}

/** The demo user, created as a reviewer (the demo password) unless it exists. */
async function reviewerUser(admin, { username, displayName }) {
  const found = (await admin.get(`/users?q=${encodeURIComponent(username)}`)).items.find(
    (u) => u.username === username,
  );
  if (found) return found;
  if (!displayName) throw new Error(`the demo user "${username}" does not exist`);
  return admin.post('/users', {
    username,
    displayName,
    password: DEMO_PASSWORD,
    roles: ['reviewer'],
  });
}
