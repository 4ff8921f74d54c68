import 'reflect-metadata';
import { dbCliMain } from '@civic/platform/database';
import { INCUBATION_DATABASE } from './database';

dbCliMain('incubation', INCUBATION_DATABASE, `${__dirname}/migrations`);
