// Demo incubation data: the demo officer sets up 青秀区's base with three venues and binds the demo
// incubator to it. Its first cohort has been decided: twelve founding groups (entered by staff) and
// the demo applicant's organization applied, were assessed and ranked, ten were admitted with the
// rural reserve and the rest waitlisted or rejected; some have places and a training session. A
// second cohort is open for applications. Skipped when a base exists.
import { demoToken } from './demo-sign-in.mjs';
import { call } from './seed.mjs';

const GROUPS = [
  ['青山社区儿童托管互助小组', 'URBAN', 'MUTUAL_AID', ['CHILDREN', 'WOMEN'], 88],
  ['民族苑长者食堂志愿队', 'URBAN', 'LIFE_SERVICE', ['ELDERLY'], 85],
  ['新竹社区残障康复互助会', 'URBAN', 'PUBLIC_WELFARE', ['DISABLED'], 83],
  ['七星社区青少年读书会', 'URBAN', 'CULTURE_SPORTS', ['CHILDREN'], 80],
  ['东盟商务区外来务工者之家', 'URBAN', 'MUTUAL_AID', ['MIGRANT_WORKERS'], 78],
  ['桃源社区邻里调解队', 'URBAN', 'LIFE_SERVICE', [], 74],
  ['滨湖社区广场舞协会', 'URBAN', 'CULTURE_SPORTS', [], 70],
  ['长塘村留守儿童关爱队', 'RURAL', 'PUBLIC_WELFARE', ['CHILDREN'], 72],
  ['伶俐镇返乡青年电商服务社', 'RURAL', 'RURAL_PRODUCTION', [], 69],
  ['南阳村老年协会', 'RURAL', 'MUTUAL_AID', ['ELDERLY'], 66],
  ['刘圩村种养技术互助组', 'RURAL', 'RURAL_PRODUCTION', [], 58],
  ['两人筹备小组', 'URBAN', 'LIFE_SERVICE', [], 75, 2],
];

export async function seedIncubation({ apiBase, log, now = new Date() }) {
  const login = (username) => demoToken(call, apiBase, username);
  const as = (token) => (method, path, body) => call(method, `${apiBase}${path}`, body, token);
  const officer = as(await login('officer'));
  if ((await officer('GET', '/incubation/bases')).total > 0) {
    log('seed: incubation skipped, a base exists');
    return;
  }
  const base = await officer('POST', '/incubation/bases', {
    name: '青秀区社区社会组织孵化基地',
    level: 'COUNTY',
    countyCode: '450103',
    address: '南宁市青秀区民族大道 100 号',
    contactName: '黄丽',
    contactPhone: '0771-5550000',
  });
  const venues = [];
  for (const venue of [
    { name: '二楼共享办公区', areaM2: 80, capacity: 6, shared: true, monthlyRateFenPerM2: 3000 },
    { name: '独立办公室 A', areaM2: 20, capacity: 1, shared: false, monthlyRateFenPerM2: 3500 },
    { name: '多功能活动室', areaM2: 120, capacity: 4, shared: true, monthlyRateFenPerM2: 2500 },
  ]) {
    venues.push(await officer('POST', `/incubation/bases/${base.id}/venues`, venue));
  }
  const admin = as(await login('admin'));
  const users = await admin('GET', '/users?q=incubator');
  const incubator = users.items.find((u) => u.username === 'incubator');
  await admin('PATCH', `/users/${incubator.id}`, { baseId: base.id });
  const staff = as(await login('incubator'));
  const applicant = as(await login('applicant'));

  const day = (offset) =>
    new Date(now.getTime() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
  const cohortBody = (name, startsIn) => ({
    baseId: base.id,
    name,
    capacity: 10,
    windowOpensOn: day(0),
    windowClosesOn: day(20),
    startsOn: day(startsIn),
    support: {
      spaceM2: 15,
      monthlyFeeFen: 50_000,
      feeWaivedPercent: 100,
      startupSubsidyFen: 2_000_000,
      trainingSessions: 6,
    },
    graduationCriteria: [
      { kind: 'MIN_MONTHS', months: 6 },
      { kind: 'MIN_TRAINING_SESSIONS', sessions: 4 },
      { kind: 'REGISTERED_OR_FILED' },
      { kind: 'MANUAL', label: '建立财务管理制度' },
    ],
  });
  const first = await staff(
    'POST',
    '/incubation/cohorts',
    cohortBody(`${day(0).slice(0, 4)} 年第一期孵化`, 25),
  );
  const merits = [];
  for (const [groupName, areaType, category, servedGroups, merit, founders = 5] of GROUPS) {
    const application = await staff('POST', '/incubation/admissions', {
      cohortId: first.id,
      kind: 'FOUNDING_GROUP',
      groupName,
      founders,
      category,
      areaType,
      streetCode: areaType === 'RURAL' ? '450103100' : '450103001',
      servedGroups,
      plan: `${groupName}在孵化期内完成备案，开展常态化服务活动`,
      contactName: '陈静',
      contactPhone: '13800000000',
    });
    merits.push([application.id, merit]);
  }
  const own = await applyAsOrganization(applicant, first.id);
  merits.push([own.id, 90]);
  await staff('POST', `/incubation/cohorts/${first.id}/close`);
  for (const [id, merit] of merits) {
    await staff('POST', `/incubation/admissions/${id}/assessment`, { merit });
  }
  await staff('POST', `/incubation/cohorts/${first.id}/decide`);
  const { items: incubatees } = await staff(
    'GET',
    `/incubation/incubatees?cohortId=${first.id}&pageSize=200`,
  );
  for (const [i, incubatee] of incubatees.slice(0, 4).entries()) {
    await staff('POST', `/incubation/incubatees/${incubatee.id}/venue`, {
      venueId: venues[i === 3 ? 1 : 0].id,
    });
  }
  const training = await staff('POST', `/incubation/cohorts/${first.id}/trainings`, {
    title: '社会组织登记备案与财务管理',
    heldOn: day(0),
    hours: 3,
    trainer: '张老师',
  });
  await staff('POST', `/incubation/trainings/${training.id}/attendance`, {
    incubateeIds: incubatees.map((i) => i.id),
  });
  await staff('POST', '/incubation/cohorts', cohortBody(`${day(0).slice(0, 4)} 年第二期孵化`, 40));
  log(
    `seed: incubation base with ${venues.length} venues; cohort 1 decided (${incubatees.length} admitted), cohort 2 open`,
  );
}

/** The applicant's organization reaches incubation as an event: 409 until then. */
async function applyAsOrganization(applicant, cohortId) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await applicant('POST', '/incubation/admissions', {
        cohortId,
        kind: 'ORGANIZATION',
        servedGroups: ['ELDERLY'],
        plan: '在孵化期内完善书画公益课堂，面向社区老人常态化开课',
        contactName: '李红',
        contactPhone: '13800771234',
      });
    } catch (error) {
      if (!String(error.message).includes('409') || attempt >= 30) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
