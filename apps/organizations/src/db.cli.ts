import 'reflect-metadata';
import { dbCliMain } from '@civic/platform/database';
import { ORGANIZATIONS_DATABASE } from './database';

dbCliMain('organizations', ORGANIZATIONS_DATABASE, `${__dirname}/migrations`);
