export * from './permissions';
export * from './roles';
export * from './scope';
export * from './second-factor';
export * from './role-labels-en';
