import 'reflect-metadata';
import { dbCliMain } from '@civic/platform/database';
import { LOTTERY_FUND_DATABASE } from './database';

dbCliMain('lottery-fund', LOTTERY_FUND_DATABASE, `${__dirname}/migrations`);
