import 'reflect-metadata';
import { dbCliMain } from '@civic/platform/database';
import { VENTURE_DATABASE } from './database';

dbCliMain('venture', VENTURE_DATABASE, `${__dirname}/migrations`);
