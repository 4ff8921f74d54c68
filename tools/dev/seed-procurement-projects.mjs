// Demo purchase projects (demo-purchases.mjs) run through the API as officers, undertakers and
// panel members do it (rule R25, R18): drafted within this year's budget, announced, bid on,
// closed after the deadline, a panel drawn and scoring, awarded in rank order, objected to,
// contracted and monitored (seed-procurement-contract.mjs). Bid deadlines are real and must lie
// ahead when announced (R25): each project past bidding takes bids for a few seconds after its
// announcement, the bids come at once, and the seed waits for the deadlines (together, ~6 s).
// Idempotent: projects are found by title and only moved on from the state they are in.
import { allItems, sleep, whenKnown } from './seed-procurement-kit.mjs';
import { seedContract } from './seed-procurement-contract.mjs';
import { demoPurchases, MEMBER_OFFSET } from './demo-purchases.mjs';

/** How far ahead of its announcement the bid deadline of a project past bidding lies. */
const BIDDING_SECONDS = 6;
const DAY_MS = 86_400_000;

export async function seedPurchases({ client, log, year, entries, experts, databaseUrl }) {
  const officer = client.as('officer');
  const plans = demoPurchases(year);
  const found = new Map(
    (await allItems(officer, `/procurement/projects?fiscalYear=${year}`)).map((p) => [p.title, p]),
  );
  const steps = [];
  const step = (what) => steps.push(what);
  const projects = new Map();

  const items = await catalogueIds(officer, year, plans);
  for (const plan of plans) {
    let project = found.get(plan.body.title);
    if (!project) {
      const catalogueItemId = items.get(`${plan.item.regionCode}|${plan.item.name}`);
      if (!catalogueItemId) throw new Error(`the catalogue item "${plan.item.name}" is missing`);
      // Finance's budget for the year reaches procurement as an event: refused until then.
      project = await whenKnown(`drafting "${plan.body.title}"`, ['RULE_R25_NOT_BUDGETED'], () =>
        officer.post('/procurement/projects', { ...plan.body, catalogueItemId }),
      );
      step('drafted');
    }
    projects.set(plan.key, project);
  }

  // Announce: bids on the open project until weeks ahead, on the others for a few seconds (the
  // deadline must lie in the future, R25), each project's bids right after its announcement.
  for (const plan of plans.filter((p) => p.target !== 'DRAFT')) {
    if (projects.get(plan.key).status !== 'DRAFT') continue;
    const ahead = plan.openDays ? plan.openDays * DAY_MS : BIDDING_SECONDS * 1000;
    const bidDeadline = new Date(Date.now() + ahead).toISOString();
    const { id } = projects.get(plan.key);
    const project = await officer.post(`/procurement/projects/${id}/announce`, { bidDeadline });
    for (const bid of plan.bids) await submitBid(client, entries, project.id, bid);
    projects.set(plan.key, project);
    step('announced');
  }

  for (const plan of plans.filter((p) => !['DRAFT', 'ANNOUNCED'].includes(p.target))) {
    let project = projects.get(plan.key);
    if (project.status === 'ANNOUNCED') {
      await untilPassed(project.bidDeadline);
      project = await whenKnown(`closing "${project.title}"`, ['RULE_R25_BIDDING_OPEN'], () =>
        officer.post(`/procurement/projects/${project.id}/close`, {}),
      );
      step('closed');
    }
    if (project.status === 'BIDDING_CLOSED') {
      await officer.post(`/procurement/projects/${project.id}/panel`, {});
      project = await officer.get(`/procurement/projects/${project.id}`);
      step('panel drawn');
    }
    if (project.status === 'EVALUATING') {
      const scored = await score(client, plan, project, entries, plan.scoredBy ?? experts);
      if (scored > 0) step('scored');
      if (plan.target === 'EVALUATING') {
        await reviewerHasTasks(client, project, log);
        continue;
      }
      project = await officer.post(`/procurement/projects/${project.id}/award`, {});
      step('awarded');
    }
    if (project.status === 'AWARDED' && plan.objection) {
      const raised = await officer.get(`/procurement/projects/${project.id}/objections`);
      if (raised.total === 0) {
        await client
          .as('applicant')
          .post(`/procurement/projects/${project.id}/objections`, { text: plan.objection.text });
        step('objection raised');
      }
    }
    if (plan.target === 'CONTRACTED' && ['AWARDED', 'CONTRACTED'].includes(project.status)) {
      const applicant = client.as('applicant');
      const parts = { officer, applicant, plan, project, entries, databaseUrl, log };
      for (const done of await seedContract(parts)) step(done);
    } else if (project.status !== plan.target) {
      log(`seed: "${project.title}" is ${project.status}, not ${plan.target}; left as it is`);
    }
  }

  const by = plans.map((p) => `${p.target} ${p.body.title}`).join('; ');
  log(
    steps.length === 0
      ? `seed: procurement projects skipped, the ${plans.length} demo projects exist`
      : `seed: procurement projects (${steps.length} steps: ${[...new Set(steps)].join(', ')}): ${by}`,
  );
}

/** The ids of the catalogue items the plans buy, by region and name. */
async function catalogueIds(officer, year, plans) {
  const ids = new Map();
  for (const regionCode of new Set(plans.map((p) => p.item.regionCode))) {
    const query = `regionCode=${regionCode}&fiscalYear=${year}`;
    for (const item of await allItems(officer, `/procurement/catalogue?${query}`)) {
      ids.set(`${regionCode}|${item.name}`, item.id);
    }
  }
  return ids;
}

/** A bid: the demo applicant's own ('own'), or a paper bid the officer records for an entry. */
function submitBid(client, entries, projectId, { by, priceFen, proposal }) {
  const path = `/procurement/projects/${projectId}/bids`;
  return by === 'own'
    ? client.as('applicant').post(path, { priceFen, proposal })
    : client.as('officer').post(path, { priceFen, proposal, entryId: entries[by].id });
}

async function untilPassed(deadline) {
  const wait = new Date(deadline).getTime() - Date.now() + 300;
  if (wait > 60_000)
    throw new Error(`the bid deadline ${deadline} is not near: nothing to wait for`);
  if (wait > 0) await sleep(wait);
}

/**
 * The members' scores of the project's bids they have not scored yet (R18, R25): the plan's
 * scores of each bidder, shifted by the member's own offset, on the criteria the task announces.
 */
async function score(client, plan, project, entries, usernames) {
  const planned = new Map(plan.bids.map((bid) => [entries[bid.by].name, bid.scores]));
  let count = 0;
  for (const username of usernames) {
    const member = client.as(username);
    const tasks = (await allItems(member, '/procurement/panel/tasks')).filter(
      (task) => task.projectId === project.id && !task.scores,
    );
    for (const task of tasks) {
      const base = planned.get(task.undertakerName) ?? {};
      const offset = MEMBER_OFFSET[username] ?? 0;
      const scores = Object.fromEntries(
        task.criteria.map((c) => [
          c.key,
          Math.max(0, Math.min(c.max, (base[c.key] ?? 75) + offset)),
        ]),
      );
      await member.post(`/procurement/bids/${task.bidId}/scores`, { scores });
      count++;
    }
  }
  return count;
}

/** The demo reviewer should find bids to score on the project under evaluation: say if not. */
async function reviewerHasTasks(client, project, log) {
  const tasks = (await allItems(client.as('reviewer'), '/procurement/panel/tasks')).filter(
    (task) => task.projectId === project.id && !task.scores,
  );
  if (tasks.length === 0) {
    log(`seed: the demo reviewer has no bid of "${project.title}" left to score`);
  }
}
