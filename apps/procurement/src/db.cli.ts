import 'reflect-metadata';
import { dbCliMain } from '@civic/platform/database';
import { PROCUREMENT_DATABASE } from './database';

dbCliMain('procurement', PROCUREMENT_DATABASE, `${__dirname}/migrations`);
