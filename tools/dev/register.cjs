// Runs TypeScript sources directly (services, scripts) with swc, resolving the tsconfig path aliases.
process.env.SWC_NODE_PROJECT =
  process.env.SWC_NODE_PROJECT || require('path').join(__dirname, '../../tsconfig.json');
require('@swc-node/register');
