import { type DynamicModule, Module } from '@nestjs/common';
import { DEMO_USERS_ENABLED, DemoUsersSeeder } from './demo-users.seeder';
import { SecondFactorResets } from './second-factor-resets';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({})
export class UsersModule {
  static forRoot(auth: DynamicModule, demoUsers: boolean): DynamicModule {
    return {
      module: UsersModule,
      imports: [auth],
      controllers: [UsersController],
      providers: [
        UsersService,
        SecondFactorResets,
        DemoUsersSeeder,
        { provide: DEMO_USERS_ENABLED, useValue: demoUsers },
      ],
    };
  }
}
