import 'reflect-metadata';
import { dbCliMain } from '@civic/platform/database';
import { FINANCE_DATABASE } from './database';

dbCliMain('finance', FINANCE_DATABASE, `${__dirname}/migrations`);
