import 'reflect-metadata';
import { dbCliMain } from '@civic/platform/database';
import { GATEWAY_DATABASE } from './database';

dbCliMain('gateway', GATEWAY_DATABASE, `${__dirname}/migrations`);
