// Lets plain `node` run the TypeScript scripts (migrate, seed, CLI) with decorator metadata, like jest does.
process.env.SWCRC = 'true';
require('reflect-metadata');
require('@swc-node/register');
