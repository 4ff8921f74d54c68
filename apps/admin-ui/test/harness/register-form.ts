import type { Page } from 'playwright-core';
import { pickOption } from './select';

/** What a test types into the registration form; fields left out stay empty. */
export interface RegistrationInput {
  name: string;
  category: string;
  county: string;
  street: string;
  community: string;
  address: string;
  postcode: string;
  contactName: string;
  contactPhone: string;
  fundsYuan: string;
  memberCount: string;
  leaders: { name: string; role: string; residentId?: string }[];
  uscc?: string;
  /** Labels to pick for how it was founded (R9) and its legal form (R2); left out: the defaults. */
  founding?: Partial<
    Record<'fundingSource' | 'foundingPartner' | 'serviceField' | 'legalForm', string>
  >;
}

/** Fills the registration form the way a person would: typing, and picking from the lists. */
export async function fillRegistration(page: Page, input: RegistrationInput) {
  const field = (id: string) => page.locator(`#register_${id}`);
  await field('name').fill(input.name);
  await pickOption(page, 'register_category', input.category);
  if (input.uscc) await field('uscc').fill(input.uscc);
  await pickOption(page, 'register_location_countyCode', input.county, true);
  await pickOption(page, 'register_location_streetCode', input.street, true);
  await pickOption(page, 'register_location_communityCode', input.community, true);
  await field('postalAddress_address').fill(input.address);
  await field('postalAddress_postcode').fill(input.postcode);
  await field('postalAddress_contactName').fill(input.contactName);
  await field('postalAddress_contactPhone').fill(input.contactPhone);
  for (const [name, label] of Object.entries(input.founding ?? {})) {
    await pickOption(page, `register_${name}`, label);
  }
  await field('registeredFundsYuan').fill(input.fundsYuan);
  await field('memberCount').fill(input.memberCount);
  for (const [i, leader] of input.leaders.entries()) {
    if (i > 0) await page.getByRole('button', { name: /添加负责人|Add a leader/ }).click();
    await field(`leaders_${i}_name`).fill(leader.name);
    await field(`leaders_${i}_role`).fill(leader.role);
    if (leader.residentId) await field(`leaders_${i}_residentId`).fill(leader.residentId);
  }
}

export async function submitRegistration(page: Page) {
  await page.locator('form#register button[type="submit"]').click();
}
